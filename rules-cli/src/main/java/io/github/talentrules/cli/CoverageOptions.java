package io.github.talentrules.cli;

import io.github.talentrules.analysis.Coverage;
import io.github.talentrules.sheet.OutputFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --coverage} and {@code --coverage-json}, shared by the commands that decide many cases. */
final class CoverageOptions {

    @Option(names = "--coverage", description = "Also report which rules fired, which articles were exercised, and which never were.")
    boolean coverage;

    @Option(names = "--coverage-json", paramLabel = "FILE", description = "Write the coverage report as JSON to FILE (implies --coverage).")
    Path coverageJson;

    /** A coverage to record into, when asked for (or when {@code alsoWhen}), else {@code null}: no listener at all. */
    Coverage start(boolean alsoWhen) {
        return coverage || coverageJson != null || alsoWhen ? new Coverage() : null;
    }

    /** Prints the report and writes its JSON where asked. */
    void report(Coverage cov, PrintWriter out, io.github.talentrules.Language lang) throws IOException {
        out.println();
        out.print(cov.text(lang));
        if (coverageJson != null) {
            String json = cov.toJson();
            OutputFile.write(coverageJson, o -> o.write(json.getBytes(StandardCharsets.UTF_8)));
            out.println(lang.pick("覆盖率报告已写入 ", "coverage written to ") + coverageJson);
        }
    }
}
