package io.github.talentrules.cli;

import io.github.talentrules.TalentRules;
import io.github.talentrules.sheet.Format;
import io.github.talentrules.sheet.OutputFile;
import io.github.talentrules.sheet.SheetCheck;
import io.github.talentrules.sheet.Summary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code batch INPUT -o OUTPUT}: decides every row of a CSV or XLSX sheet and writes it back with decision columns. */
@Command(name = "batch", sortOptions = false,
        header = "Decide every row of a sheet (.csv, .xlsx) and write it back with the decisions.",
        description = {"Decide every row of a sheet of candidates (.csv or .xlsx) and write the same sheet with decision",
            "columns beside each row (outcome, amount, cap or range, tranches, failed and review articles, still needed,",
            "reason, error), then print a summary. A bad row gets an error cell and the batch goes on.",
            "Headers: the facts' Chinese labels or English names (see `packs`), or any, with --mapping."})
final class BatchCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    EngineOptions engine;

    @Parameters(index = "0", paramLabel = "INPUT", description = "The sheet: .csv or .xlsx (every visible sheet of a workbook).")
    Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTPUT",
            description = "Where to write the decided sheet: .csv, .xlsx or .jsonl (the format follows the name unless --format).")
    Path output;

    @Option(names = "--program", paramLabel = "ID",
            description = "The programme of rows without a 程序/项目/program column (or with it blank), e.g. zhengzhou.intl-training.")
    String programme;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The reference date of rows without a 基准日/asOf cell (YYYY-MM-DD).")
    LocalDate asOf;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "A YAML file mapping this sheet's headers (and words) to the pack's facts: see docs/batch.md.")
    Path mapping;

    @Option(names = "--sheet", paramLabel = "NAME",
            description = "Read only this sheet of a workbook (repeat for several), hidden or not; by default every visible sheet whose header names known fields.")
    java.util.List<String> sheets = new java.util.ArrayList<>();

    @Option(names = "--encoding", paramLabel = "auto|utf-8|gbk|gb18030", defaultValue = "auto",
            description = "Encoding of a CSV input (default: ${DEFAULT-VALUE}: UTF-8 with or without BOM, else GB18030/GBK).")
    String encoding;

    @Option(names = "--format", paramLabel = "csv|xlsx|jsonl",
            description = "Output format (default: from the OUTPUT name).")
    String format;

    @Option(names = "--summary", paramLabel = "FILE",
            description = "Also write the summary to FILE: JSON when it ends in .json, else text.")
    Path summaryFile;

    @Option(names = "--reform", paramLabel = "FILE",
            description = "Decide the sheet under this reform (YAML) instead of the packs as they are; see `diff` to compare.")
    Path reform;

    @Option(names = "--threads", paramLabel = "N", description = "Threads deciding rows (default: one per core).")
    Integer threads;

    @Option(names = "--no-progress", description = "No progress bar, even on a terminal.")
    boolean noProgress;

    @Option(names = "--suggest", description = "Add a last column, 如何符合条件 (to qualify): for each row not eligible, the smallest change that would turn each finding, confirmed by deciding the row again.")
    boolean suggest;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (!Files.isRegularFile(input)) {
            err.println("talent-rules: " + input + engine.language.pick(Files.isDirectory(input)
                    ? ": 是文件夹，不是文件；请给出一张表格（.csv 或 .xlsx）" : ": 找不到该文件",
                    Files.isDirectory(input) ? ": is a folder, not a file; give a sheet (.csv or .xlsx)" : ": no such file"));
            return ExitCodes.USAGE;
        }
        try {
            Format.of(input);
            if (format == null) {
                Format.of(output);
            }
            if (Files.exists(output) && Files.isSameFile(input, output)) {
                err.println("talent-rules: " + output + ": " + engine.language.pick("会覆盖输入的表格；请把判定后的表格写到另一个文件",
                        "would overwrite the input; write the decided sheet to another file"));
                return ExitCodes.USAGE;
            }
        } catch (IOException e) {
            err.println("talent-rules: " + output + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        TalentRules rules = engine.engine();
        io.github.talentrules.analysis.Reform under = reform == null ? null : io.github.talentrules.analysis.Reform.read(reform);
        if (under != null) {
            rules = rules.withReform(under);
        }
        SheetCheck.Builder b = SheetCheck.builder(rules).language(engine.language);
        if (programme != null) {
            b.programme(Workbench.programme(rules, programme));
        }
        if (asOf != null) {
            b.asOf(asOf);
        }
        if (mapping != null) {
            b.mapping(mapping);
        }
        sheets.forEach(b::sheet);
        b.encoding(charset(encoding));
        if (format != null) {
            try {
                b.format(Format.parse(format));
            } catch (IllegalArgumentException e) {
                throw new Refused(io.github.talentrules.explain.Text.of("--format 的值 '" + format + "' 不对：须为 csv、xlsx 或 jsonl",
                        "the value '" + format + "' of --format is not valid: use csv, xlsx or jsonl"));
            }
        }
        if (threads != null) {
            if (threads < 1) {
                throw new Refused(io.github.talentrules.explain.Text.of("--threads 至少为 1，而不是 " + threads,
                        "--threads must be at least 1, not " + threads));
            }
            b.threads(threads);
        }
        b.suggest(suggest);
        ProgressBar bar = showProgress() ? new ProgressBarBuilder().setTaskName(input.getFileName().toString())
                .setInitialMax(-1).setStyle(ProgressBarStyle.ASCII).setUnit(" rows", 1).showSpeed()
                .setUpdateIntervalMillis(250).clearDisplayOnFinish().build() : null;
        if (bar != null) {
            b.progress(bar::stepTo);
        }
        Summary summary;
        try {
            summary = b.build().check(input, output);
        } catch (OutputFile.Unwritable e) {
            err.println("talent-rules: " + e.message(engine.language));
            return ExitCodes.USAGE;
        } catch (UncheckedIOException e) {
            err.println("talent-rules: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (OutOfMemoryError e) {
            // Rows are streamed; what can outgrow the heap is the first pass, which holds every row of a
            // programme with rules over a batch (duplicates, quotas, targets) in one rule session.
            long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
            err.println("talent-rules: " + input + ": " + engine.language.pick(
                    "内存不足（Java 堆 " + mb + " MB）：请给 Java 更多内存（java -Xmx2g -jar …）或把表格拆分后分别判定",
                    "out of memory (" + mb + " MB of Java heap): give Java more memory (java -Xmx2g -jar ...) or split the sheet"));
            return ExitCodes.INTERNAL;
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
        if (under != null) {
            out.println(Workbench.reformLine(engine, under, reform));
        }
        out.print(summary.text());
        out.flush();
        if (summaryFile != null) {
            String name = summaryFile.getFileName().toString().toLowerCase(Locale.ROOT);
            String text = name.endsWith(".json") ? summary.toJson() + "\n" : summary.text();
            try {
                OutputFile.write(summaryFile, o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
            } catch (OutputFile.Unwritable e) {
                err.println("talent-rules: " + e.message(engine.language));
                return ExitCodes.USAGE;
            }
        }
        return summary.errors() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.DONE;
    }

    /** A bar on a terminal only: never in a pipe, a redirect or CI. */
    private boolean showProgress() {
        return !noProgress && System.console() != null && System.getenv("CI") == null;
    }

    private static Charset charset(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "auto" -> null;
            case "utf-8", "utf8" -> StandardCharsets.UTF_8;
            case "gbk" -> Charset.forName("GBK");
            case "gb18030" -> Charset.forName("GB18030");
            default -> throw new Refused(io.github.talentrules.explain.Text.of("--encoding 的值 '" + name + "' 不对：须为 auto、utf-8、gbk 或 gb18030",
                    "the value '" + name + "' of --encoding is not valid: use auto, utf-8, gbk or gb18030"));
        };
    }
}
