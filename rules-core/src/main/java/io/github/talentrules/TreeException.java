package io.github.talentrules;

/** A file that could not be read, with the file and the path inside it. */
class TreeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final String path;

    TreeException(String source, String path, String message) {
        super(source + (path.isEmpty() ? "" : ": " + path) + ": " + message);
        this.source = source;
        this.path = path;
    }

    String source() {
        return source;
    }

    String path() {
        return path;
    }
}
