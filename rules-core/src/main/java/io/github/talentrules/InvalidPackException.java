package io.github.talentrules;

import io.github.talentrules.explain.Text;
import java.util.List;

/**
 * A rule pack that cannot be used: a descriptor, parameter or article file that cannot be read, or
 * DRL that does not compile. Every problem is listed with its file and, for DRL, its line. The engine
 * never starts on a partial pack. {@link #getMessage()} is the English message, for logs;
 * {@link #message(Language)} the same in either language (a problem the compiler words, in English
 * in both).
 */
public class InvalidPackException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;
    private final transient Text subject;
    private final transient List<Text> said;

    public InvalidPackException(String pack, List<String> problems) {
        this(Text.of("规则包 " + pack, "pack " + pack), problems.stream().map(Text::same).toList());
    }

    /**
     * What cannot be used ({@code 规则包 demo} / {@code pack demo}) and each problem, in both languages.
     */
    public InvalidPackException(Text subject, List<Text> problems) {
        super(subject.en() + " is invalid:\n  " + String.join("\n  ", problems.stream().map(Text::en).toList()));
        this.subject = subject;
        this.said = List.copyOf(problems);
        this.problems = problems.stream().map(Text::en).toList();
    }

    /** Each problem, as {@code file:line: message} where a line is known, in English. */
    public List<String> problems() {
        return problems;
    }

    /** Each problem in {@code language}. */
    public List<String> problems(Language language) {
        return said.stream().map(t -> t.in(language)).toList();
    }

    /** The whole message in {@code language}: what is invalid, then each problem on its own line. */
    public String message(Language language) {
        return language == Language.EN ? getMessage()
                : subject.zh() + (subject.zh().endsWith("）") ? "" : " ") + "无效：\n  " + String.join("\n  ", problems(language));
    }
}
