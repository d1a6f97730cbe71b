package io.github.talentrules.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output is replaced whole or left as it was, with no temporary file left beside it (issue 15, part 3). */
class OutputFileTest {
    @TempDir
    Path dir;

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theOutputIsReplacedWholeAndNothingIsLeftBesideIt() throws IOException {
        Path out = dir.resolve("o.csv");
        Files.writeString(out, "old");

        OutputFile.write(out, o -> o.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(out)).isEqualTo("new");
        assertThat(files()).containsExactly("o.csv");
    }

    @Test
    void aContentThatFailsHalfWayLeavesTheOldOutputByteForByteAndNoTemporaryFile() throws IOException {
        Path out = dir.resolve("o.csv");
        Files.writeString(out, "the previous sheet");

        assertThatThrownBy(() -> OutputFile.write(out, o -> {
            o.write(new byte[200_000]); // past the buffer: bytes reached the temporary file
            throw new IllegalArgumentException("in.csv: row 7 cannot be read");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("in.csv: row 7 cannot be read");

        assertThat(Files.readString(out)).isEqualTo("the previous sheet");
        assertThat(files()).containsExactly("o.csv");
    }

    @Test
    void aContentsOwnReadingFailureIsNotBlamedOnTheOutput() throws IOException {
        Path out = dir.resolve("o.csv");

        assertThatThrownBy(() -> OutputFile.write(out, o -> {
            throw new IOException("in.csv: Input/output error");
        })).isInstanceOf(UncheckedIOException.class).hasMessage("in.csv: Input/output error");
        assertThat(files()).isEmpty();
    }

    @Test
    void aFolderThatCannotBeWrittenIsAnErrorNamingTheOutput() throws IOException {
        Path notAFolder = dir.resolve("plain-file");
        Files.writeString(notAFolder, "x");
        Path out = notAFolder.resolve("o.csv");

        assertThatThrownBy(() -> OutputFile.write(out, o -> o.write(1)))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith(out + ": cannot be written (");
        Path missing = dir.resolve("no-such-folder").resolve("o.csv");
        assertThatThrownBy(() -> OutputFile.write(missing, o -> o.write(1)))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage(missing + ": cannot be written (no folder " + dir.resolve("no-such-folder").toAbsolutePath() + ")");
        assertThat(files()).containsExactly("plain-file");
    }

    @Test
    void aFailureOfTheFileItselfNamesTheOutputHoweverTheContentWrapsIt() throws IOException {
        Path out = dir.resolve("o.csv");
        Files.writeString(out, "the previous sheet");
        // The file is replaced by a folder of the same name while it is written: the rename fails.
        assertThatThrownBy(() -> OutputFile.write(out, o -> {
            o.write(1);
            Files.delete(out);
            Files.createDirectory(out);
            Files.writeString(out.resolve("keep"), "x");
        })).isInstanceOf(UncheckedIOException.class).hasMessageStartingWith(out + ": cannot be written (");
        assertThat(files()).containsExactly("o.csv");
    }
}
