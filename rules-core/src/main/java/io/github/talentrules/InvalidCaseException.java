package io.github.talentrules;

import io.github.talentrules.explain.Text;

/**
 * A case that cannot be judged as written: a missing or unknown field, a wrong type, an impossible
 * date. The message names the source and the field, in one line, in either language
 * ({@link #message(Language)}); {@link #getMessage()} is the English one, for logs.
 */
public class InvalidCaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final String field;
    private final Text why;

    /** A case at fault, with what is wrong in both languages. */
    public InvalidCaseException(String source, String field, Text reason) {
        super(line(source, field, reason.en()));
        this.source = source;
        this.field = field;
        this.why = reason;
    }

    /** A case at fault, with what is wrong in words that read the same in both languages (to be given in both). */
    public InvalidCaseException(String source, String field, String reason) {
        this(source, field, Text.same(reason));
    }

    /** One line, always: a value quoted in the reason shows its line breaks as {@code \\n}. */
    private static String line(String source, String field, String reason) {
        return (source + ": " + (field.isEmpty() ? "" : field + ": ") + reason).replace("\r", "\\r").replace("\n", "\\n");
    }

    /** The whole message in {@code language}: the source, the field and what is wrong with it. */
    public String message(Language language) {
        return line(source, field, why.in(language));
    }

    /** What is wrong with the field, in {@code language}. */
    public String reason(Language language) {
        return why.in(language);
    }

    /** The file or row the case came from. */
    public String source() {
        return source;
    }

    /** The field at fault ({@code facts.birthDate}), or empty for the file as a whole. */
    public String field() {
        return field;
    }

    /** What is wrong with it, in English. */
    public String reason() {
        return why.en();
    }
}
