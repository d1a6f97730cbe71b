package io.github.talentrules.sheet;

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
        try {
            temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
        } catch (IOException | UnsupportedOperationException e) {
            throw new UncheckedIOException(target + ": cannot be written (" + reason(e, folder) + ")",
                    e instanceof IOException io ? io : new IOException(e));
        }
        Thread cleanup = new Thread(() -> delete(temp));
        boolean hooked = hook(cleanup);
        Tracked tracked = null;
        boolean done = false;
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
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
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static UncheckedIOException written(Path target, IOException e) {
        return new UncheckedIOException(target + ": cannot be written (" + reason(e, null) + ")", e);
    }

    private static String reason(Exception e, Path folder) {
        if (e instanceof java.nio.file.NoSuchFileException && folder != null) {
            return "no folder " + folder;
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied" + (folder != null ? " in " + folder : "");
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
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
