package io.github.talentrules.internal.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a pack's files are read from: the classpath or a folder an analyst points at. */
public abstract class PackSource {

    /** A short name for messages. */
    public abstract String name();

    /** The text of a file of the pack, by its path relative to the pack's root. */
    public abstract String read(String relative);

    /** The folder the pack is read from; empty for a pack on the classpath. */
    public java.util.Optional<Path> folder() {
        return java.util.Optional.empty();
    }

    public static PackSource classpath(ClassLoader loader, String packId) {
        return new PackSource() {
            @Override
            public String name() {
                return "classpath:" + root();
            }

            private String root() {
                return "talent-rules/" + packId + "/";
            }

            @Override
            public String read(String relative) {
                checkRelative(relative);
                try (InputStream in = loader.getResourceAsStream(root() + relative)) {
                    if (in == null) {
                        throw new TreeException(root() + relative, "", "not found on the classpath");
                    }
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new TreeException(root() + relative, "", "cannot be read: " + e.getMessage());
                }
            }
        };
    }

    public static PackSource folder(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        return new PackSource() {
            @Override
            public String name() {
                return root.toString();
            }

            @Override
            public java.util.Optional<Path> folder() {
                return java.util.Optional.of(root);
            }

            @Override
            public String read(String relative) {
                checkRelative(relative);
                Path file = root.resolve(relative).normalize();
                if (!file.startsWith(root)) {
                    throw new TreeException(relative, "", "lies outside the pack folder");
                }
                try {
                    return Files.readString(file, StandardCharsets.UTF_8);
                } catch (java.nio.file.NoSuchFileException e) {
                    throw new TreeException(file.toString(), "", "not found");
                } catch (IOException e) {
                    throw new TreeException(file.toString(), "", "cannot be read: " + e.getMessage());
                }
            }
        };
    }

    private static void checkRelative(String relative) {
        if (relative.startsWith("/") || relative.contains("..") || relative.contains("\\")) {
            throw new TreeException(relative, "", "a pack file is named by a plain relative path");
        }
    }
}
