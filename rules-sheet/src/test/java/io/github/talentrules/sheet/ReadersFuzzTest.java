package io.github.talentrules.sheet;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.talentrules.InvalidCaseException;
import io.github.talentrules.InvalidPackException;
import io.github.talentrules.TalentRules;
import io.github.talentrules.analysis.Reform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Fuzz targets of the readers of what users give (issue 15 part 6). Each reader, given any bytes,
 * must either read them or refuse them with its documented exception and a one-line message naming
 * the source; anything else (a NullPointerException, an index out of bounds, out of memory, a hang)
 * is a finding. Under {@code mvn test} each target runs the inputs saved under
 * {@code src/test/resources/io/github/talentrules/sheet/ReadersFuzzTestInputs/<target>/} (the seeds and
 * every crash found so far); {@code JAZZER_FUZZ=1 mvn test -pl rules-sheet -Dtest=ReadersFuzzTest}
 * fuzzes for real (one target at a time: {@code -Dtest='ReadersFuzzTest#csvReader'}).
 */
class ReadersFuzzTest {
    private static final TalentRules RULES = SheetCheckTest.RULES;
    private static final Path DIR = tempDir();

    private static Path tempDir() {
        try {
            Path d = Files.createTempDirectory("fuzz");
            d.toFile().deleteOnExit();
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A refusal is one line that names the source. */
    private static void oneLineNaming(RuntimeException e, String source) {
        String m = e.getMessage();
        if (m == null || !m.startsWith(source) || m.contains("\n")) {
            throw new AssertionError("not one line naming " + source + ": " + m, e);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void caseReader(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        for (String source : new String[] {"fuzz.yaml", "fuzz.json"}) {
            try {
                RULES.decide(RULES.readCase(text, source));
            } catch (InvalidCaseException e) {
                oneLineNaming(e, source);
            }
        }
    }

    @FuzzTest(maxDuration = "60s")
    void reformReader(byte[] data) throws IOException {
        Path f = DIR.resolve("reform.yaml");
        Files.write(f, data);
        try {
            Reform.read(f);
        } catch (IllegalArgumentException e) {
            oneLineNaming(e, f.toString());
        } catch (InvalidPackException e) {
            // A pack's or reform's problems are listed one a line under a heading; each names the file.
            if (!e.getMessage().lines().skip(1).allMatch(l -> l.strip().startsWith(f.toString()))) {
                throw new AssertionError("a problem that does not name " + f + ": " + e.getMessage(), e);
            }
        }
    }

    @FuzzTest(maxDuration = "60s")
    void csvReader(byte[] data) throws IOException {
        readAll(data, "sheet.csv", Format.CSV);
    }

    @FuzzTest(maxDuration = "60s")
    void xlsxReader(byte[] data) throws IOException {
        readAll(data, "sheet.xlsx", Format.XLSX);
    }

    private static void readAll(byte[] data, String name, Format format) throws IOException {
        Path f = DIR.resolve(name);
        Files.write(f, data);
        try (Input in = Input.open(f, format, Optional.empty())) {
            for (Input.Line l = in.next(); l != null; l = in.next()) {
                if (l.cells().size() > Input.MAX_CELLS) {
                    throw new AssertionError("a row of " + l.cells().size() + " cells was read");
                }
            }
        } catch (IllegalArgumentException e) {
            oneLineNaming(e, f.toString());
        }
    }
}
