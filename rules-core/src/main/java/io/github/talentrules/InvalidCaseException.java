package io.github.talentrules;

/**
 * A case that cannot be judged as written: a missing or unknown field, a wrong type, an impossible
 * date. The message names the source and the field, in one line.
 */
public class InvalidCaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final String field;
    private final String reason;

    public InvalidCaseException(String source, String field, String reason) {
        super(source + ": " + (field.isEmpty() ? "" : field + ": ") + reason);
        this.source = source;
        this.field = field;
        this.reason = reason;
    }

    /** The file or row the case came from. */
    public String source() {
        return source;
    }

    /** The field at fault ({@code facts.birthDate}), or empty for the file as a whole. */
    public String field() {
        return field;
    }

    /** What is wrong with it. */
    public String reason() {
        return reason;
    }
}
