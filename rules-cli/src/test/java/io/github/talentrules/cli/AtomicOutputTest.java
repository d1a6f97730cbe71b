package io.github.talentrules.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An existing output survives a refused input, a failed write and a killed process; a failed write
 * names the output (issue 15, part 3). The last two run the command line as a child process.
 */
class AtomicOutputTest {
    @TempDir
    Path dir;

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A previous run's decided workbook, to be kept. */
    private Path previousOutput(String name) throws IOException {
        Path out = dir.resolve(name);
        Run r = Run.of("batch", BatchCommandTest.XLSX.toString(), "-o", out.toString());
        assertThat(r.status()).as(r.err()).isEqualTo(ExitCodes.SOME_FAILED);
        return out;
    }

    @Test
    void aRefusedInputLeavesTheExistingOutputByteForByte() throws IOException {
        Path out = previousOutput("o.xlsx");
        byte[] before = Files.readAllBytes(out);
        Path bad = Files.writeString(dir.resolve("bad.xlsx"), "not a workbook");

        Run r = Run.of("batch", bad.toString(), "-o", out.toString());

        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("bad.xlsx").doesNotContain("o.xlsx").doesNotContain("\tat ");
        assertThat(Files.readAllBytes(out)).isEqualTo(before);
        assertThat(files()).containsExactly("bad.xlsx", "o.xlsx");
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamedAndNothingIsLeft() throws IOException {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        Path out = file.resolve("o.csv");

        Run r = Run.of("batch", BatchCommandTest.CSV.toString(), "-o", out.toString(), "--summary", dir.resolve("s.txt").toString());

        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).startsWith("talent-rules: " + out + ": 无法写入（").doesNotContain("\n");
        assertThat(files()).containsExactly("plain-file");
    }

    /** The example sheet's first row (a candidate decided ELIGIBLE), {@code rows} times, numbered. */
    private Path bigSheet(int rows) throws IOException {
        List<String> lines = Files.readAllLines(BatchCommandTest.CSV, StandardCharsets.UTF_8);
        Path in = dir.resolve("big.csv");
        try (Writer w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
            w.write(lines.get(0) + "\n");
            String row = lines.get(1).substring(lines.get(1).indexOf(','));
            for (int i = 1; i <= rows; i++) {
                w.write(i + row + "\n");
            }
        }
        return in;
    }

    /** The command line in a JVM of its own, through bash so that a limit can be set on it. */
    private Process start(String limits, String... args) throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        StringBuilder line = new StringBuilder(limits).append(" exec");
        for (String c : command) {
            line.append(" '").append(c.replace("'", "'\\''")).append('\'');
        }
        return new ProcessBuilder("/bin/bash", "-c", line.toString()).directory(dir.toFile())
                .redirectOutput(dir.resolve("child.out").toFile()).redirectError(dir.resolve("child.err").toFile()).start();
    }

    @Test
    void aFullDiskLeavesTheExistingOutputAndNamesTheOutputNotTheInput() throws Exception {
        Path in = bigSheet(3_000);
        Path out = dir.resolve("o.csv");
        Files.writeString(out, "the previous output\n");
        // A file size limit of 256 KB on the child: writing past it fails as on a full disk (EFBIG).
        Process p = start("ulimit -f 256;", "batch", in.toString(), "-o", out.toString(), "--no-progress", "--threads", "1");

        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String err = Files.readString(dir.resolve("child.err"));
        assertThat(p.exitValue()).as(err).isEqualTo(ExitCodes.USAGE);
        assertThat(err.strip()).isEqualTo("talent-rules: " + out + ": 无法写入（文件超过系统允许的大小）");
        assertThat(Files.readString(out)).isEqualTo("the previous output\n");
        assertThat(files()).containsExactly("big.csv", "child.err", "child.out", "o.csv");
    }

    /** Killed outright ({@code kill -9}), or stopped as Ctrl-C or {@code kill} stop it, which also removes the temporary file. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    void aProcessKilledMidBatchLeavesThePreviousOutputIntact(boolean forcibly) throws Exception {
        Path in = bigSheet(60_000);
        Path out = dir.resolve("o.csv");
        Files.writeString(out, "the previous output\n");
        Process p = start("", "batch", in.toString(), "-o", out.toString(), "--no-progress", "--threads", "1");
        // Wait until the decided rows are being written (the temporary file beside the output grows), then kill.
        boolean writing = false;
        while (!writing && p.isAlive()) {
            try (Stream<Path> s = Files.list(dir)) {
                writing = s.anyMatch(f -> f.getFileName().toString().startsWith(".o.csv.") && size(f) > 100_000);
            }
            Thread.sleep(20);
        }
        assertThat(writing).as("the batch was still writing when killed").isTrue();
        (forcibly ? p.destroyForcibly() : destroy(p)).waitFor();

        assertThat(Files.readString(out)).isEqualTo("the previous output\n");
        if (!forcibly) {
            assertThat(files()).containsExactly("big.csv", "child.err", "child.out", "o.csv");
        }
    }

    private static Process destroy(Process p) {
        p.destroy();
        return p;
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }
}
