package io.github.talentrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input catalogue through the command line, in process: each hostile sheet of
 * {@code rules-sheet/src/test/resources/hostile/} given to {@code batch}, each hostile case file to
 * {@code check}, exits 2 with exactly one line naming the file (and the line, cell or field), no
 * stack trace, nothing on standard output and nothing written under the output's name.
 */
class HostileInputCliTest {
    static final Path SHEETS = Path.of("../rules-sheet/src/test/resources/hostile");

    @TempDir
    Path dir;

    /**
     * One sheet of each kind of the catalogue (encoding, content, CSV bounds, XLSX bounds, damaged XLSX):
     * every batch run compiles the classpath packs (seconds each), and the Java API runs them all
     * ({@code rules-sheet} {@code HostileCatalogueTest}); what this adds is the exit status and the one line.
     */
    static final java.util.Set<String> ONE_OF_EACH = java.util.Set.of("utf16le.csv", "nul-in-cell.csv", "empty.csv",
            "wide-row.csv", "shared-string-huge.xlsx", "bad-relationship.xlsx");

    static Stream<Arguments> sheets() throws IOException {
        return Files.readAllLines(SHEETS.resolve("catalogue.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t", 2))
                .filter(f -> ONE_OF_EACH.contains(f[0]))
                .map(f -> Arguments.of(f[0], f[1]));
    }

    private static void refusedInOneLine(Run r, String line) {
        assertThat(r.err()).isEqualTo("talent-rules: " + line + System.lineSeparator());
        assertThat(r.status()).as(r.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("internal error");
    }

    @ParameterizedTest(name = "batch {0}")
    @MethodSource("sheets")
    void batchRefusesEachHostileSheetInOneLine(String name, String message) {
        Path in = SHEETS.resolve(name);
        // The catalogue holds the English words: an English run prints them (a Chinese run, its own: SheetFileErrorsLanguageTest).
        Run r = Run.of("batch", "--lang", "en", in.toString(), "-o", dir.resolve("out.csv").toString(), "--pack", Run.DEMO_PACK,
                "--no-progress");
        refusedInOneLine(r, in + ": " + message);
        assertThat(r.out()).isEmpty();
    }

    /** One CSV and one XLSX: the Java API runs the whole catalogue for this too. */
    @ParameterizedTest(name = "batch {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"nul-in-cell.csv", "shared-string-huge.xlsx"})
    void batchWritesNothingUnderTheOutputsName(String name) throws IOException {
        Path out = dir.resolve("out.xlsx");
        Files.writeString(out, "the decisions of yesterday");
        Run r = Run.of("batch", SHEETS.resolve(name).toString(), "-o", out.toString(), "--pack", Run.DEMO_PACK, "--no-progress");
        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(out).hasContent("the decisions of yesterday");
        Path fresh = dir.resolve("fresh.csv");
        Run.of("batch", SHEETS.resolve(name).toString(), "-o", fresh.toString(), "--pack", Run.DEMO_PACK, "--no-progress");
        assertThat(fresh).doesNotExist();
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no temporary file left beside the output")
                    .containsExactly("out.xlsx");
        }
    }

    static Stream<Arguments> cases() {
        String good = "program: demo.grant\nasOf: 2024-06-01\nfacts:\n  birthDate: 1990-01-01\n  degree: MASTER\n";
        return Stream.of(
                Arguments.of("year-zero.yaml", good.replace("1990-01-01", "0000-01-01"),
                        "facts.birthDate: 0000-01-01 不在可判定的日期范围内（1900-01-01 至 2199-12-31）"),
                Arguments.of("as-of-max.yaml", good.replace("2024-06-01", "+999999999-12-31"),
                        "asOf: +999999999-12-31 不在可判定的日期范围内（1900-01-01 至 2199-12-31）"),
                Arguments.of("gbk.yaml", null, "不是 UTF-8 文本"),
                Arguments.of("empty.yaml", "", "文件是空的"));
    }

    @ParameterizedTest(name = "check {0}")
    @MethodSource("cases")
    void checkRefusesEachHostileCaseInOneLine(String name, String text, String message) throws IOException {
        Path f = dir.resolve(name);
        if (text == null) {
            Files.write(f, "program: demo.grant\nasOf: 2024-06-01\nfacts:\n  name: 张三\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        } else {
            Files.writeString(f, text);
        }
        Run r = Run.of("check", f.toString(), "--pack", Run.DEMO_PACK);
        refusedInOneLine(r, f + ": " + message);
    }

    @Test
    void checkRefusesANinetyMegabyteCaseUnread() throws IOException {
        Path f = dir.resolve("huge.yaml");
        try (Writer w = Files.newBufferedWriter(f)) {
            w.write("program: demo.grant\nasOf: 2024-06-01\nfacts:\n  note: ");
            char[] chunk = "x".repeat(1 << 16).toCharArray();
            for (int i = 0; i < 90 * 16; i++) {
                w.write(chunk);
            }
        }
        Run r = Run.of("check", f.toString(), "--pack", Run.DEMO_PACK);
        refusedInOneLine(r, f + ": 大于 1 MiB，超过任何案例、改革或场景文件所需：未读取即拒绝");
        assertThat(Run.of("check", "--lang", "en", f.toString(), "--pack", Run.DEMO_PACK).err())
                .isEqualTo("talent-rules: " + f + ": is larger than 1 MiB, more than any case, reform or scenario file needs: refused unread"
                        + System.lineSeparator());
    }
}
