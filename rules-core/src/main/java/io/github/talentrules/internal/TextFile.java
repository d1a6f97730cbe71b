package io.github.talentrules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small UTF-8 file a person writes (a case, a reform, a scenario file), read whole only after its
 * size is known to be small: a 90 MB case would otherwise be read and parsed before any check, and
 * YAML parsing of a long scalar takes time that grows with the square of its length.
 */
public final class TextFile {
    /** The most bytes such a file may have: 1 MiB, some forty times the largest pack file. */
    public static final int MAX_BYTES = 1 << 20;

    private TextFile() {
    }

    /** A file longer than {@link #MAX_BYTES}; its message says so in words a person can act on. */
    public static final class TooBig extends IOException {
        private static final long serialVersionUID = 1L;

        TooBig(String message) {
            super(message);
        }
    }

    /**
     * The file's text.
     *
     * @throws TooBig when it has more than {@link #MAX_BYTES} bytes (nothing past them is read)
     * @throws CharacterCodingException when it is not UTF-8
     */
    public static String read(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new TooBig(tooBig());
        }
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }

    /** Whether text given in memory is longer than a file may be (counted in UTF-16 units, at most the bytes). */
    public static boolean tooBig(CharSequence text) {
        return text.length() > MAX_BYTES;
    }

    /** What is said of a file or text that is too big. */
    public static String tooBig() {
        return "is larger than " + MAX_BYTES / (1 << 20) + " MiB, more than any case, reform or scenario file needs: refused unread";
    }
}
