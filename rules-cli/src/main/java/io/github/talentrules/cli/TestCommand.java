package io.github.talentrules.cli;

import io.github.talentrules.analysis.Coverage;
import io.github.talentrules.InvalidCaseException;
import io.github.talentrules.InvalidPackException;
import io.github.talentrules.analysis.Reform;
import io.github.talentrules.analysis.Scenario;
import io.github.talentrules.TalentRules;
import io.github.talentrules.sheet.ScenarioSheet;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code test PATH...}: runs scenario tests and prints each with PASS or FAIL and what differs. */
@Command(name = "test", sortOptions = false,
        header = "Run scenario tests (YAML files, XLSX sheets, folders), optionally under a reform.",
        description = {"Run scenario tests: YAML scenario files, XLSX sheets of scenarios, or",
            "folders of them. Prints each scenario with PASS or FAIL and, on failure,",
            "what differs; then 'N passed, M failed'. A scenario file that names a",
            "reform at its top (reform: FILE) is decided under it."})
final class TestCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    EngineOptions engine;

    @Mixin
    CoverageOptions coverage;

    @Option(names = "--reform", paramLabel = "FILE",
            description = "Decide every scenario under this reform (a scenario file that names its own reform keeps it).")
    Path reform;



    @Option(names = "--min-coverage", paramLabel = "PCT",
            description = "Fail (exit 1) when less than PCT percent of the rules fired (implies --coverage).")
    BigDecimal minCoverage;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Scenario files (.yaml), scenario sheets (.xlsx), or folders of them (other YAML files in a folder are skipped).")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // In a folder, only scenario files and sheets: reforms and case files may sit beside them.
        List<Path> files = Workbench.files(paths, f -> Workbench.endsWith(f, ".xlsx") || Workbench.isScenarioFile(f), ".yaml", ".yml", ".xlsx");
        if (files.isEmpty()) {
            throw new Refused(io.github.talentrules.explain.Text.of(String.join("、", paths.stream().map(Path::toString).toList()) + ": 没有场景文件（.yaml、.xlsx）",
                    String.join(", ", paths.stream().map(Path::toString).toList()) + ": no scenario file (.yaml, .xlsx)"));
        }
        Set<String> packs = new LinkedHashSet<>(Workbench.packsNamedBy(files));
        Reform all = reform == null ? null : Reform.read(reform);
        if (all != null) {
            packs.add(all.pack());
        }
        // Under --reform, the pack it names is compiled once, with the reform on top.
        TalentRules rules = Workbench.engine(engine, packs, all);
        Coverage cov = coverage.start(minCoverage != null);
        TalentRules base = cov == null ? rules : rules.recordingTo(cov);
        if (all != null) {
            out.println(Workbench.reformLine(engine, all, reform));
        }
        int passed = 0;
        int failed = 0;
        int status = ExitCodes.DONE;
        for (Path f : files) {
            List<Scenario> scenarios;
            try {
                scenarios = Workbench.endsWith(f, ".xlsx") ? ScenarioSheet.read(f, base) : Scenario.read(f);
            } catch (InvalidCaseException e) {
                err.println("talent-rules: " + e.message(engine.language));
                status = Math.max(status, ExitCodes.USAGE);
                continue;
            }
            out.println(f + scenarios.stream().findFirst().flatMap(Scenario::reform)
                    .map(r -> engine.language.pick("（在改革 " + r + " 下判定）", "  (under reform " + r + ")")).orElse(""));
            for (Scenario s : scenarios) {
                List<String> diff;
                try {
                    diff = s.check(base, engine.language);
                } catch (InvalidCaseException e) {
                    diff = List.of(e.message(engine.language));
                } catch (InvalidPackException e) {
                    err.println("talent-rules: " + e.message(engine.language));
                    return ExitCodes.INVALID_PACK;
                }
                if (diff.isEmpty()) {
                    passed++;
                    out.println(engine.language.pick("  通过    ", "  PASS  ") + s.name());
                } else {
                    failed++;
                    out.println(engine.language.pick("  未通过  ", "  FAIL  ") + s.name());
                    diff.forEach(d -> out.println("          " + d));
                }
            }
        }
        out.println(engine.language.pick("通过 " + passed + " 个，未通过 " + failed + " 个", passed + " passed, " + failed + " failed"));
        neverUnderTheReform(all, reform, files, err, engine.language);
        if (failed > 0) {
            status = Math.max(status, ExitCodes.SOME_FAILED);
        }
        if (cov != null) {
            coverage.report(cov, out, engine.language);
            if (minCoverage != null && cov.percent().compareTo(minCoverage) < 0) {
                String pct = cov.percent().toPlainString();
                String min = minCoverage.stripTrailingZeros().toPlainString();
                err.println("talent-rules: " + engine.language.pick("触发过的规则占 " + pct + "%，低于要求的 " + min + "%",
                        pct + "% of the rules fired, below the minimum of " + min + "%"));
                status = Math.max(status, ExitCodes.SOME_FAILED);
            }
        }
        out.flush();
        return status;
    }

    /**
     * Warns when a reform changes none of the scenarios decided under it because none is dated on or
     * after its first value: "54 passed, 0 failed" would otherwise say the reform broke nothing.
     */
    private static void neverUnderTheReform(Reform all, Path allFile, List<Path> files, PrintWriter err, io.github.talentrules.Language lang) {
        java.util.Map<Path, List<java.time.LocalDate>> dates = new java.util.LinkedHashMap<>();
        for (Path f : files) {
            if (!Workbench.isScenarioFile(f)) {
                continue;
            }
            List<Scenario> scenarios;
            try {
                scenarios = Scenario.read(f);
            } catch (InvalidCaseException e) {
                continue; // reported above
            }
            for (Scenario s : scenarios) {
                Path under = s.reform().orElse(allFile);
                Object asOf = s.input().get("asOf");
                if (under != null && asOf != null) {
                    try {
                        dates.computeIfAbsent(under, k -> new ArrayList<>()).add(java.time.LocalDate.parse(asOf.toString()));
                    } catch (java.time.format.DateTimeParseException e) {
                        // the scenario reported its own error
                    }
                }
            }
        }
        dates.forEach((file, days) -> {
            Reform r = file.equals(allFile) ? all : Reform.read(file);
            r.firstDay().filter(first -> days.stream().allMatch(d -> d.isBefore(first))).ifPresent(first ->
                    err.println("talent-rules: " + lang.pick("警告：" + file + ": 在此改革下判定的场景没有一个的基准日在 " + first
                            + "（其第一个值生效之日）或之后：改革不改变其中任何一个（请把某个场景的基准日定在 " + first
                            + " 或之后，或检查改革的日期）",
                            "warning: " + file + ": no scenario decided under this reform is dated on or after "
                            + first + ", when its first value holds: the reform changes none of them (date a scenario on or after "
                            + first + ", or check the reform's dates)")));
        });
        err.flush();
    }
}
