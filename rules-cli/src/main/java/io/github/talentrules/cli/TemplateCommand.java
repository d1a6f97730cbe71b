package io.github.talentrules.cli;

import io.github.talentrules.Language;
import io.github.talentrules.sheet.SheetCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code template ID -o FILE}: a workbook to fill in for one programme, with dropdown lists. */
@Command(name = "template", sortOptions = false,
        header = "Write an .xlsx sheet to fill in for a programme, with dropdown lists.",
        description = {"Write a workbook to fill in for one programme: the headers `batch` reads (姓名, 项目, 基准日,",
            "every fact and attestation by its label), one sample row to replace, and a dropdown list on every",
            "code, level and yes/no column, so that a value cannot be misspelt. Fill it in, then:",
            "  talent-rules batch FILE -o decided.xlsx"})
final class TemplateCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    EngineOptions engine;

    @Parameters(index = "0", paramLabel = "ID", description = "The programme, e.g. zhengzhou.intl-training (see `packs`).")
    String programme;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "The workbook to write (.xlsx); an existing file is never replaced.")
    Path output;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The sample row's reference date (default: today, within the document's in-force dates).")
    LocalDate asOf;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        boolean zh = engine.language == Language.ZH;
        if (!output.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            err.println("talent-rules: " + output + (zh ? "：模板是 .xlsx 工作簿，请以 .xlsx 结尾命名" : ": a template is an .xlsx workbook; name it .xlsx"));
            return ExitCodes.USAGE;
        }
        if (Files.exists(output)) {
            // A template is filled in by hand: writing it again must not wipe out the rows typed into it.
            err.println("talent-rules: " + output + (zh ? "：文件已存在（可能已填写），未覆盖；请用 -o 指定新文件名"
                    : ": exists (and may be filled in): not replaced; give another name with -o"));
            return ExitCodes.USAGE;
        }
        io.github.talentrules.TalentRules rules = engine.engine();
        SheetCheck.Builder b = SheetCheck.builder(rules).language(engine.language);
        if (asOf != null) {
            b.asOf(asOf);
        }
        b.build().template(Workbench.programme(rules, programme), output);
        var out = spec.commandLine().getOut();
        out.println((zh ? "已写入 " : "written to ") + output);
        out.flush();
        return ExitCodes.DONE;
    }
}
