package io.github.talentrules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import io.github.talentrules.explain.Text;

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
        return tooBigWords().en();
    }

    /** What is said of a file or text that is too big, in both languages. */
    public static Text tooBigWords() {
        int mib = MAX_BYTES / (1 << 20);
        return Text.of("大于 " + mib + " MiB，超过任何案例、改革或场景文件所需：未读取即拒绝",
                "is larger than " + mib + " MiB, more than any case, reform or scenario file needs: refused unread");
    }

    /**
     * Why {@code file} could not be read, in both languages and in a person's words: no such file, a
     * folder, no permission, too big, not UTF-8; never the name of Java's exception.
     */
    public static Text unreadable(Path file, IOException e) {
        if (e instanceof TooBig) {
            return tooBigWords();
        }
        if (e instanceof CharacterCodingException) {
            return Text.of("不是 UTF-8 文本", "is not UTF-8 text");
        }
        if (Files.isDirectory(file)) {
            return Text.of("是文件夹，不是文件", "is a folder, not a file");
        }
        if (e instanceof NoSuchFileException || !Files.exists(file)) {
            return Text.of("文件不存在", "no such file");
        }
        if (e instanceof AccessDeniedException) {
            return Text.of("无权读取此文件", "cannot be read (permission denied)");
        }
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        // The system's reason is in English: a Chinese run says only that the file cannot be read.
        return Text.of("无法读取此文件", "cannot be read" + (reason == null || reason.isBlank() ? "" : " (" + reason + ")"));
    }
}
