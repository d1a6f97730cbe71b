package io.github.talentrules.cli;

import io.github.talentrules.Case;
import io.github.talentrules.Decision;
import io.github.talentrules.InvalidCaseException;
import io.github.talentrules.Language;
import io.github.talentrules.TalentRules;
import io.github.talentrules.analysis.Impact;
import io.github.talentrules.analysis.Reform;
import io.github.talentrules.analysis.Scenario;
import io.github.talentrules.sheet.ImpactWorkbook;
import io.github.talentrules.sheet.OutputFile;
import io.github.talentrules.sheet.Row;
import io.github.talentrules.sheet.SheetCheck;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code diff --reform R [--reform R2 ...] INPUT...}: every case decided under the packs as they are
 * and under each reform, the changes first, and the money; with several reforms, each against the
 * law and against each other, or with {@code --combine} all of them applied together.
 */
@Command(name = "diff", sortOptions = false,
        header = "Show which cases a reform changes, and how much funding moves.",
        description = {"Decide every case under the packs as they are and under a reform, and show",
            "the cases whose outcome or amount changes, with the rules and values behind",
            "each change; then, per programme, how many move from each outcome to each",
            "other, and the funding before, after, net and gross. With several --reform,",
            "each is compared with the law and with each other; --combine applies them",
            "together. -o writes the impact as .csv, .xlsx (a sheet per programme) or",
            ".html (one self-contained report with charts)."})
final class DiffCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    EngineOptions engine;

    @Mixin
    CoverageOptions coverage;

    @Option(names = "--reform", paramLabel = "FILE", required = true,
            description = "A reform (YAML) to compare with the packs as they are; repeat to compare several with each other.")
    List<Path> reformFiles;

    @Option(names = "--combine", description = "Apply the reforms given together, as one, instead of comparing them.")
    boolean combine;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the impact: .csv (one row per case), .xlsx (typed cells, a sheet per programme) or .html (a report).")
    Path output;

    @Option(names = "--program", paramLabel = "ID", description = "For a sheet: the programme of rows that name none.")
    String programme;

    @Option(names = "--as-of", paramLabel = "DATE", description = "For a sheet: the reference date of rows that give none.")
    LocalDate asOf;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Case files (.yaml, .json), scenario files (each scenario is a case), sheets (.csv, .xlsx), or folders of them.")
    List<Path> inputs;

    /** One engine the cases are decided under: the law, a reform, or reforms together. */
    private record Variant(String name, TalentRules rules, List<Decision> decisions) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Language lang = engine.language;
        boolean zh = lang == Language.ZH;
        if (output != null && !Workbench.endsWith(output, ".csv", ".xlsx", ".html")) {
            throw new Refused(io.github.talentrules.explain.Text.of(output + ": 影响报告写作 .csv、.xlsx 或 .html：请以其中之一结尾命名",
                    output + ": the impact is written as .csv, .xlsx or .html: name the file so"));
        }
        // In a folder, reform files and mapping files are not cases.
        List<Path> files = Workbench.files(inputs, f -> !Workbench.isReform(f) && !reformFiles.contains(f),
                ".yaml", ".yml", ".json", ".csv", ".xlsx");
        List<Reform> reforms = reformFiles.stream().map(Reform::read).toList();
        boolean sheets = files.stream().anyMatch(f -> Workbench.endsWith(f, ".csv", ".xlsx"));
        Set<String> packs = new LinkedHashSet<>(Workbench.packsNamedBy(files));
        reforms.forEach(r -> packs.add(r.pack()));
        TalentRules packsAsTheyAre = Workbench.engine(engine, sheets ? Set.of() : packs);
        io.github.talentrules.analysis.Coverage cov = coverage.start(false);
        TalentRules baseline = cov == null ? packsAsTheyAre : packsAsTheyAre.recordingTo(cov);

        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant(zh ? "现行规定" : "the law as it is", baseline, new ArrayList<>()));
        if (combine && reforms.size() > 1) {
            Map<String, List<Reform>> byPack = new LinkedHashMap<>();
            reforms.forEach(r -> byPack.computeIfAbsent(r.pack(), k -> new ArrayList<>()).add(r));
            TalentRules together = packsAsTheyAre;
            for (List<Reform> same : byPack.values()) {
                together = together.withReform(Reform.combined(same));
            }
            variants.add(new Variant(String.join(" + ", reforms.stream().map(r -> r.name(lang)).toList()), together, new ArrayList<>()));
        } else {
            for (Reform r : reforms) {
                variants.add(new Variant(r.name(lang), packsAsTheyAre.withReform(r), new ArrayList<>()));
            }
        }

        int status = ExitCodes.DONE;
        List<Case> cases = new ArrayList<>();
        List<Map<String, String>> identity = new ArrayList<>();
        Set<String> unread = new LinkedHashSet<>();
        long rowsRead = 0;
        long rowsInError = 0;
        for (Path f : files) {
            try {
                if (Workbench.endsWith(f, ".csv", ".xlsx")) {
                    List<List<Row>> decided = new ArrayList<>();
                    for (Variant v : variants) {
                        try (Stream<Row> s = check(v.rules()).rows(f)) {
                            decided.add(s.toList());
                        }
                    }
                    List<Row> first = decided.get(0);
                    for (int i = 0; i < first.size(); i++) {
                        Row x = first.get(i);
                        rowsRead++;
                        unread.addAll(x.unread().keySet());
                        int at = i;
                        List<String> errors = new ArrayList<>();
                        decided.stream().map(rows -> rows.get(at)).filter(r -> r.decision().isEmpty())
                                .flatMap(r -> r.errors().stream()).distinct().forEach(errors::add);
                        if (!errors.isEmpty()) {
                            err.println("talent-rules: " + f + (zh ? "：第 " + x.number() + " 行：" : ": row " + x.number() + ": ")
                                    + String.join(zh ? "；" : "; ", errors));
                            rowsInError++;
                            status = ExitCodes.SOME_FAILED;
                            continue;
                        }
                        for (int k = 0; k < variants.size(); k++) {
                            variants.get(k).decisions().add(decided.get(k).get(i).decision().orElseThrow());
                        }
                        identity.add(x.unread());
                    }
                } else if (Workbench.isScenarioFile(f)) {
                    for (Scenario s : Scenario.read(f)) {
                        cases.add(s.toCase(baseline));
                    }
                } else {
                    cases.add(baseline.readCase(f));
                }
            } catch (InvalidCaseException e) {
                err.println("talent-rules: " + e.message(engine.language));
                status = ExitCodes.USAGE;
            }
        }
        if (!cases.isEmpty()) {
            for (Variant v : variants) {
                v.decisions().addAll(v.rules().decideAll(cases).decisions());
            }
            cases.forEach(c -> identity.add(Map.of()));
        }

        Map<String, Impact> comparisons = new LinkedHashMap<>();
        for (int i = 1; i < variants.size(); i++) {
            comparisons.put(title(variants.get(0), variants.get(i)), Impact.of(variants.get(0).decisions(), variants.get(i).decisions(), identity));
        }
        for (int i = 1; i < variants.size(); i++) {
            for (int j = i + 1; j < variants.size(); j++) {
                comparisons.put(title(variants.get(i), variants.get(j)), Impact.of(variants.get(i).decisions(), variants.get(j).decisions(), identity));
            }
        }

        for (int i = 0; i < reforms.size(); i++) {
            out.println(Workbench.reformLine(engine, reforms.get(i), reformFiles.get(i)));
        }
        List<String> notes = notes(rowsRead, rowsInError, unread, variants.get(0).decisions(), lang);
        if (!notes.isEmpty()) {
            out.println();
            notes.forEach(out::println);
        }
        for (var c : comparisons.entrySet()) {
            if (comparisons.size() > 1) {
                out.println();
                out.println("== " + c.getKey() + " ==");
            }
            String changes = c.getValue().changes(lang);
            if (!changes.isEmpty()) {
                out.println();
                out.print(changes);
            }
            out.println();
            out.print(c.getValue().summary(lang));
        }
        if (cov != null) {
            coverage.report(cov, out, lang);
        }
        if (output != null) {
            write(comparisons, reforms, notes, lang);
            out.println((zh ? "已写入 " : "written to ") + output);
        }
        out.flush();
        return status;
    }

    private static String title(Variant before, Variant after) {
        return before.name() + " → " + after.name();
    }

    /**
     * What the reader must know before the numbers: rows in error, columns not read, and facts the
     * cases lack (an age reform over a sheet without a birth date changes nothing, and says why).
     */
    static List<String> notes(long rows, long inError, Set<String> unread, List<Decision> decided, Language lang) {
        boolean zh = lang == Language.ZH;
        List<String> notes = new ArrayList<>();
        if (rows > 0) {
            notes.add(zh ? "共 " + rows + " 行，已比较 " + (rows - inError) + " 行，出错 " + inError + " 行（未计入下面的合计）"
                    : rows + " rows: " + (rows - inError) + " compared, " + inError + " in error (not in the totals below)");
        }
        if (!unread.isEmpty()) {
            notes.add((zh ? "未读取的列（仅用于标明案例）：" : "Columns not read (shown only to say who a case is): ")
                    + String.join(zh ? "、" : ", ", unread));
        }
        Map<String, Integer> missing = new TreeMap<>();
        for (Decision d : decided) {
            for (String m : d.missing()) {
                String name = m.substring(m.indexOf('.') + 1);
                String label = d.programme().fact(name).or(() -> d.programme().attestation(name)).map(f -> f.label(lang)).orElse(m);
                missing.merge(label, 1, Integer::sum);
            }
        }
        if (!missing.isEmpty()) {
            List<String> parts = new ArrayList<>();
            missing.forEach((label, n) -> parts.add(label + (zh ? " " + n + " 个案例" : " in " + n + (n == 1 ? " case" : " cases"))));
            notes.add((zh ? "缺少的事实（这些条件未能判定）：" : "Facts missing (the conditions on them could not be decided): ")
                    + String.join(zh ? "；" : "; ", parts));
        }
        return notes;
    }

    private void write(Map<String, Impact> comparisons, List<Reform> reforms, List<String> notes, Language lang) throws IOException {
        // Written whole or not at all (OutputFile): a failure leaves an earlier report as it was.
        OutputFile.write(output, o -> {
            if (Workbench.endsWith(output, ".csv")) {
                Writer w = new java.io.OutputStreamWriter(o, StandardCharsets.UTF_8);
                Impact.writeCsv(comparisons, w, lang);
                w.flush();
            } else if (Workbench.endsWith(output, ".xlsx")) {
                ImpactWorkbook.write(comparisons, o, lang);
            } else {
                o.write(ImpactPage.html(comparisons, reforms, notes, lang).getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    private SheetCheck check(TalentRules rules) {
        SheetCheck.Builder b = SheetCheck.builder(rules).language(engine.language);
        if (programme != null) {
            b.programme(Workbench.programme(rules, programme));
        }
        if (asOf != null) {
            b.asOf(asOf);
        }
        return b.build();
    }
}
