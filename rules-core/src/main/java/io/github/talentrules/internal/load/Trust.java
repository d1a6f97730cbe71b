package io.github.talentrules.internal.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The folders whose code the user trusts: a pack's or a reform's rules from there may run Java beyond
 * the rule helpers. Drools has no sandbox, so rules from anywhere else may only call the helpers in
 * their consequences and read the session's facts and parameters in their conditions; packs on the
 * classpath are code already and are trusted. Not API.
 *
 * @param folders the trusted folders, each with everything below it
 */
public record Trust(List<Path> folders) {
    /** No folder trusted. */
    public static final Trust NONE = new Trust(List.of());

    public Trust {
        folders = folders.stream().map(Trust::real).toList();
    }

    /** Whether {@code path} lies in a trusted folder. */
    public boolean covers(Path path) {
        Path p = real(path);
        return folders.stream().anyMatch(p::startsWith);
    }

    /** The path as the file system resolves it (links followed) where it exists, else made absolute. */
    static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | SecurityException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
