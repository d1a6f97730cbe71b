package io.github.talentrules.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input catalogue through the Java API: every file of {@code src/test/resources/hostile/}
 * that {@code catalogue.tsv} lists is refused by {@link SheetCheck#check(Path, Path)} with an
 * {@link IllegalArgumentException} of exactly the listed line (after the file's name), and nothing is
 * written under the output's name. The CLI runs the same catalogue ({@code rules-cli}).
 */
class HostileCatalogueTest {
    static final Path DIR = Path.of("src/test/resources/hostile");

    @TempDir
    Path dir;

    /** Each line of the catalogue: the file, a tab, the message after "FILE: ". */
    static Stream<Arguments> catalogue() throws IOException {
        return Files.readAllLines(DIR.resolve("catalogue.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t", 2))
                .map(f -> Arguments.of(f[0], f[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void refusedWithOneLineNamingTheFile(String name, String message) {
        Path in = DIR.resolve(name);
        assertThatThrownBy(() -> SheetCheck.builder(SheetCheckTest.RULES).build().check(in, dir.resolve("out.csv")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(in + ": " + message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void nothingIsWrittenUnderTheOutputsName(String name, String message) throws IOException {
        Path out = dir.resolve("out.csv");
        Path kept = dir.resolve("kept.csv");
        Files.writeString(kept, "the decisions of yesterday");
        assertThatThrownBy(() -> SheetCheck.builder(SheetCheckTest.RULES).build().check(DIR.resolve(name), kept))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(kept).as("an existing output is left as it was").hasContent("the decisions of yesterday");
        assertThatThrownBy(() -> SheetCheck.builder(SheetCheckTest.RULES).build().check(DIR.resolve(name), out))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(out).doesNotExist();
    }
}
