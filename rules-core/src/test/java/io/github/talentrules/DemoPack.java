package io.github.talentrules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

/** The demo pack of the core's tests, and a way to copy it and break it. */
public final class DemoPack {
    public static final Path FOLDER = Path.of("src/test/resources/packs/demo");
    public static final TalentRules RULES = TalentRules.builder().packFolder(FOLDER).build();

    private DemoPack() {
    }

    /** A case that meets every condition. */
    public static Case.Builder eligible() {
        return Case.builder("demo.grant", LocalDate.of(2024, 6, 1))
                .fact("birthDate", LocalDate.of(1990, 1, 1))
                .fact("degree", "MASTER")
                .fact("hasPlatform", true)
                .fact("confirmed", true)
                .attest("excellent", true);
    }

    /** A copy of the demo pack in {@code dir}, to be changed by a test. */
    public static Path copyTo(Path dir) {
        try (Stream<Path> files = Files.walk(FOLDER)) {
            for (Path f : files.toList()) {
                Path target = dir.resolve(FOLDER.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
