package io.github.talentrules.internal.load;

import io.github.talentrules.explain.Text;

/**
 * A file that could not be read, with the file and the path inside it, and why in both languages
 * ({@link #why()}); the message is the English one.
 */
public class TreeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final String path;
    private final transient Text why;

    /** Why, in words that read the same in both languages (or are given in English alone). */
    public TreeException(String source, String path, String message) {
        this(source, path, Text.same(message));
    }

    public TreeException(String source, String path, Text why) {
        super(source + (path.isEmpty() ? "" : ": " + path) + ": " + why.en());
        this.source = source;
        this.path = path;
        this.why = why;
    }

    public String source() {
        return source;
    }

    public String path() {
        return path;
    }

    /** What is wrong, without the file and path, in both languages. */
    public Text why() {
        return why;
    }
}
