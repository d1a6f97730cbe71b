package io.github.talentrules;

import java.util.List;

/**
 * A rule pack that cannot be used: a descriptor, parameter or article file that cannot be read, or
 * DRL that does not compile. Every problem is listed with its file and, for DRL, its line. The engine
 * never starts on a partial pack.
 */
public class InvalidPackException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public InvalidPackException(String pack, List<String> problems) {
        super("pack " + pack + " is invalid:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, as {@code file:line: message} where a line is known. */
    public List<String> problems() {
        return problems;
    }
}
