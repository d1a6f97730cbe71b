package io.github.talentrules.sheet;

import io.github.talentrules.Language;
import io.github.talentrules.explain.Text;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The one way talent-rules writes a file a user asked for (a decided sheet, a summary, an impact
 * table, a coverage report, a template): all of it or nothing. The content goes to a temporary file
 * beside the output ({@code .NAME.RANDOM.tmp}, in the same folder so that the rename never crosses a
 * file system), is forced to the disk, and is renamed over the output only when every byte is
 * written. Until then an existing output is left exactly as it was: when the input is refused, the
 * disk is full, the folder cannot be written, or the process is killed.
 *
 * <p>The rename is atomic ({@link StandardCopyOption#ATOMIC_MOVE}) where the file system supports it,
 * as every local file system does; where it does not (some network shares), the temporary file
 * replaces the output by an ordinary move, which on such a share may be seen half-done by a reader
 * at that moment, but still never leaves a half-written sheet under the output's name after a
 * failed write.
 *
 * <p>A failure of the writing itself is an {@link UncheckedIOException} whose message names the
 * output and why ({@code out.xlsx: cannot be written (No space left on device)}); any other failure
 * of the content (an input that cannot be read) is thrown as it came. Either way the temporary file
 * is removed. A process killed outright ({@code kill -9}) may leave its temporary file beside the
 * output; an interrupted one (Ctrl-C, {@code kill}) removes it on its way out.
 */
public final class OutputFile {

    /** What is written, to a buffered stream; closing it only flushes it: {@link #write} closes the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private OutputFile() {
    }

    /**
     * Writes {@code content} to {@code target}, whole or not at all.
     *
     * @throws UncheckedIOException naming {@code target} when it cannot be written (an unwritable or
     *         missing folder, a full disk); or as thrown by {@code content}, when it fails reading
     * @throws RuntimeException as thrown by {@code content} (an input refused): {@code target} is untouched
     */
    public static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temp;
        FileChannel channel;
        try {
            // Created as any new file is (permissions after the umask, not a temporary file's owner-only
            // ones), never over an existing file or through a link (CREATE_NEW).
            Path named;
            FileChannel opened = null;
            do {
                named = folder.resolve("." + absolute.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
                try {
                    opened = FileChannel.open(named, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    // another name
                }
            } while (opened == null);
            temp = named;
            channel = opened;
        } catch (IOException | UnsupportedOperationException e) {
            throw new Unwritable(target, reason(e, folder), e instanceof IOException io ? io : new IOException(e));
        }
        Thread cleanup = new Thread(() -> delete(temp));
        boolean hooked = hook(cleanup);
        Tracked tracked = null;
        boolean done = false;
        try (channel) {
            tracked = new Tracked(new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel), 1 << 16));
            content.writeTo(tracked);
            tracked.flush();
            channel.force(true);
            done = true;
        } catch (IOException e) {
            throw tracked == null || tracked.failure != null ? written(target, tracked == null ? e : tracked.failure)
                    : new UncheckedIOException(e.getMessage(), e);
        } catch (RuntimeException e) {
            if (tracked != null && tracked.failure != null) {
                throw written(target, tracked.failure);
            }
            throw e;
        } finally {
            if (!done) {
                delete(temp);
                unhook(cleanup, hooked);
            }
        }
        try {
            move(temp, absolute);
        } catch (IOException e) {
            delete(temp);
            throw written(target, e);
        } finally {
            unhook(cleanup, hooked);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            // An output replaced keeps who may read it (a sheet shared with a group stays shared).
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        } catch (IOException | UnsupportedOperationException e) {
            // a new output, or no POSIX permissions here: the new file's own
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static UncheckedIOException written(Path target, IOException e) {
        return new Unwritable(target, reason(e, null), e);
    }

    /** Why a file cannot be written, in both languages: the system's own reason only in English, where it is English. */
    private static Text reason(Exception e, Path folder) {
        if (e instanceof java.nio.file.NoSuchFileException && folder != null) {
            return Text.of("没有文件夹 " + folder, "no folder " + folder);
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return folder != null ? Text.of("无权在文件夹 " + folder + " 中写入", "permission denied in " + folder)
                    : Text.of("无权写入", "permission denied");
        }
        String why = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        if (why != null && why.contains("No space left")) {
            return Text.of("磁盘已满", why);
        }
        if (why != null && why.contains("File too large")) {
            return Text.of("文件超过系统允许的大小", why);
        }
        return Text.of("系统拒绝写入", why != null ? why : "refused by the system");
    }

    /**
     * A file that cannot be written: its message names it and says why ({@code out.xlsx: cannot be
     * written (no folder /x)}), in English; {@link #message(Language)} in either language.
     */
    public static final class Unwritable extends UncheckedIOException {
        private static final long serialVersionUID = 1L;
        private final String target;
        private final transient Text why;

        Unwritable(Path target, Text why, IOException cause) {
            super(target + ": cannot be written (" + why.en() + ")", cause);
            this.target = target.toString();
            this.why = why;
        }

        /** The whole message in {@code language}: the file and why it cannot be written. */
        public String message(Language language) {
            return language == Language.ZH ? target + ": 无法写入（" + why.zh() + "）" : getMessage();
        }
    }

    private static void delete(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // Nothing more can be done: the temporary file is hidden, and named after the output.
        }
    }

    private static boolean hook(Thread cleanup) {
        try {
            Runtime.getRuntime().addShutdownHook(cleanup);
            return true;
        } catch (IllegalStateException e) {
            return false; // shutting down already
        }
    }

    private static void unhook(Thread cleanup, boolean hooked) {
        if (hooked) {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException e) {
                // shutting down: the hook runs and finds nothing to delete
            }
        }
    }

    /** Remembers the first failure of the file itself, however the content wraps it. */
    private static final class Tracked extends FilterOutputStream {
        IOException failure;

        Tracked(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        /** The content may close what it wrapped around this stream: the file stays open until {@link OutputFile#write} is done. */
        @Override
        public void close() throws IOException {
            flush();
        }

        private IOException remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
