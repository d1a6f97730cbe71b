package io.github.talentrules.internal.load;

/** A file that could not be read, with the file and the path inside it. */
public class TreeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final String path;

    public TreeException(String source, String path, String message) {
        super(source + (path.isEmpty() ? "" : ": " + path) + ": " + message);
        this.source = source;
        this.path = path;
    }

    public String source() {
        return source;
    }

    public String path() {
        return path;
    }
}
