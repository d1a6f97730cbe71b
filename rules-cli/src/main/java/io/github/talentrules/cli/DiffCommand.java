package io.github.talentrules.cli;

import io.github.talentrules.Case;
import io.github.talentrules.Decision;
import io.github.talentrules.analysis.Impact;
import io.github.talentrules.InvalidCaseException;
import io.github.talentrules.analysis.Reform;
import io.github.talentrules.analysis.Scenario;
import io.github.talentrules.TalentRules;
import io.github.talentrules.sheet.Row;
import io.github.talentrules.sheet.SheetCheck;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code diff --reform R INPUT...}: every case decided under the baseline and the reform, the changes first, and the money. */
@Command(name = "diff", sortOptions = false,
        header = "Show which cases a reform changes, and how much funding moves.",
        description = {"Decide every case under the packs as they are and under a reform, and show",
            "the cases whose outcome or amount changes; then, per programme, how many move",
            "from each outcome to each other, and the funding before, after and the",
            "difference. -o writes every case as CSV, the changes first."})
final class DiffCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    EngineOptions engine;

    @Mixin
    CoverageOptions coverage;

    @Option(names = "--reform", paramLabel = "FILE", required = true, description = "The reform (YAML) to compare with the packs as they are.")
    Path reform;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.csv", description = "Write one row per case (outcome and amount before and after), the changes first.")
    Path output;

    @Option(names = "--program", paramLabel = "ID", description = "For a sheet: the programme of rows that name none.")
    String programme;

    @Option(names = "--as-of", paramLabel = "DATE", description = "For a sheet: the reference date of rows that give none.")
    LocalDate asOf;



    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Case files (.yaml, .json), scenario files (each scenario is a case), sheets (.csv, .xlsx), or folders of them.")
    List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (output != null && !Workbench.endsWith(output, ".csv")) {
            throw new IllegalArgumentException(output + ": the output is CSV: name it .csv");
        }
        // In a folder, reform files and mapping files are not cases.
        List<Path> files = Workbench.files(inputs, f -> !Workbench.isReform(f) && !f.equals(reform), ".yaml", ".yml", ".json", ".csv", ".xlsx");
        Reform r = Reform.read(reform);
        boolean sheets = files.stream().anyMatch(f -> Workbench.endsWith(f, ".csv", ".xlsx"));
        Set<String> packs = new LinkedHashSet<>(Workbench.packsNamedBy(files));
        packs.add(r.pack());
        TalentRules packsAsTheyAre = Workbench.engine(engine, sheets ? Set.of() : packs);
        TalentRules reformed = packsAsTheyAre.withReform(r);
        io.github.talentrules.analysis.Coverage cov = coverage.start(false);
        TalentRules baseline = cov == null ? packsAsTheyAre : packsAsTheyAre.recordingTo(cov);

        int status = ExitCodes.DONE;
        List<Case> cases = new ArrayList<>();
        List<Decision> before = new ArrayList<>();
        List<Decision> after = new ArrayList<>();
        for (Path f : files) {
            try {
                if (Workbench.endsWith(f, ".csv", ".xlsx")) {
                    status = Math.max(status, sheet(f, baseline, reformed, before, after, err));
                } else if (Workbench.isScenarioFile(f)) {
                    for (Scenario s : Scenario.read(f)) {
                        cases.add(s.toCase(baseline));
                    }
                } else {
                    cases.add(baseline.readCase(f));
                }
            } catch (InvalidCaseException e) {
                err.println("talent-rules: " + e.getMessage());
                status = ExitCodes.USAGE;
            }
        }
        if (!cases.isEmpty()) {
            before.addAll(baseline.decideAll(cases).decisions());
            after.addAll(reformed.decideAll(cases).decisions());
        }
        Impact impact = Impact.of(before, after);
        out.println(Workbench.reformLine(engine, r, reform));
        String changes = impact.changes(engine.language);
        if (!changes.isEmpty()) {
            out.println();
            out.print(changes);
        }
        out.println();
        out.print(impact.summary(engine.language));
        if (cov != null) {
            coverage.report(cov, out);
        }
        if (output != null) {
            try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                impact.writeCsv(w, engine.language);
            }
            out.println((engine.language == io.github.talentrules.Language.ZH ? "已写入 " : "written to ") + output);
        }
        out.flush();
        return status;
    }

    /** A sheet decided row by row under both engines; rows that cannot be read are reported, once. */
    private int sheet(Path f, TalentRules baseline, TalentRules reformed, List<Decision> before, List<Decision> after, PrintWriter err) {
        int status = ExitCodes.DONE;
        List<Row> b;
        List<Row> a;
        try (Stream<Row> s = check(baseline).rows(f)) {
            b = s.toList();
        }
        try (Stream<Row> s = check(reformed).rows(f)) {
            a = s.toList();
        }
        for (int i = 0; i < b.size(); i++) {
            Row x = b.get(i);
            if (x.decision().isPresent() && i < a.size() && a.get(i).decision().isPresent()) {
                before.add(x.decision().get());
                after.add(a.get(i).decision().get());
            } else {
                err.println("talent-rules: " + f + ": row " + x.number() + ": " + String.join("; ", x.errors()));
                status = ExitCodes.SOME_FAILED;
            }
        }
        return status;
    }

    private SheetCheck check(TalentRules rules) {
        SheetCheck.Builder b = SheetCheck.builder(rules).language(engine.language);
        if (programme != null) {
            b.programme(programme);
        }
        if (asOf != null) {
            b.asOf(asOf);
        }
        return b.build();
    }
}
