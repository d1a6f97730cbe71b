package io.github.talentrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import io.github.talentrules.Case;
import io.github.talentrules.Decision;
import io.github.talentrules.Language;
import io.github.talentrules.Outcome;
import io.github.talentrules.pack.Programme;
import io.github.talentrules.TalentRules;
import io.github.talentrules.sheet.SheetCheck;
import io.github.talentrules.sheet.Summary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch} on the bundled Zhengzhou sheets: real outcomes, error rows, the exit status. */
class BatchCommandTest {
    static final Path CSV = Path.of("../examples/sheets/zhengzhou-intl-training.csv");
    static final Path XLSX = Path.of("../examples/sheets/zhengzhou-intl-training.xlsx");
    /** The example sheet has 24 columns; the decision columns follow. */
    static final int OUTCOME = 24;
    static final int ERROR = OUTCOME + 8;

    @TempDir
    Path dir;

    record Result(int status, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Result(status, out.toString(), err.toString());
    }

    static List<List<String>> csv(Path file) throws IOException {
        try (CsvReader<CsvRecord> r = CsvReader.builder().detectBomHeader(true).ofCsvRecord(file)) {
            return r.stream().map(CsvRecord::getFields).toList();
        }
    }

    @Test
    void theExampleSheetComesBackDecidedWithAnErrorOnEachBadRow() throws IOException {
        Path out = dir.resolve("decided.csv");
        Result r = run("batch", CSV.toString(), "-o", out.toString());

        assertThat(r.status()).as(r.err()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(r.out()).startsWith("共 21 行，已判定 17 行，出错 4 行\n");
        List<List<String>> rows = csv(out);
        assertThat(rows).hasSize(22);
        assertThat(rows.get(0).get(OUTCOME)).isEqualTo("结论");
        assertThat(rows.get(0).get(ERROR)).isEqualTo("错误");
        List<String> zhangWei = rows.get(1);
        assertThat(zhangWei.get(OUTCOME)).as("55 on the day of the reference date").isEqualTo("符合条件");
        assertThat(zhangWei.get(OUTCOME + 1)).isEqualTo("50000");
        List<String> liNa = rows.get(2);
        assertThat(liNa.get(OUTCOME)).isEqualTo("不符合条件");
        assertThat(liNa.get(OUTCOME + 4)).isEqualTo("第九条第（二）项");
        assertThat(rows.get(3).get(OUTCOME + 1)).as("30 days: the lowest tier").isEqualTo("30000");
        assertThat(rows.get(6).get(OUTCOME + 1)).as("181 days").isEqualTo("100000");
        assertThat(rows.get(8).get(OUTCOME)).as("400 days: the text is silent").isEqualTo("需人工审核");
        assertThat(rows.get(14).get(OUTCOME + 6)).isEqualTo("身心健康");
        assertThat(rows.get(15).get(ERROR)).isEqualTo("出生日期：“1985-02-30”不是真实存在的日期");
        assertThat(rows.get(16).get(ERROR)).startsWith("培养时间（天）：“半年”");
        assertThat(rows.get(17).get(ERROR)).isEqualTo("基准日：为空，应填写基准日");
        assertThat(rows.get(18).get(1)).startsWith("'=HYPERLINK(");
        assertThat(rows.get(21).get(ERROR)).startsWith("项目：没有名为“国际化培养”的项目");
    }

    @Test
    void theWorkbookGivesTheSameDecisionsAsTheCsv() throws IOException {
        Path fromCsv = dir.resolve("a.jsonl");
        Path fromXlsx = dir.resolve("b.jsonl");
        assertThat(run("batch", CSV.toString(), "-o", fromCsv.toString()).status()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run("batch", XLSX.toString(), "-o", fromXlsx.toString()).status()).isEqualTo(ExitCodes.SOME_FAILED);
        List<String> a = Files.readAllLines(fromCsv);
        List<String> b = Files.readAllLines(fromXlsx);
        assertThat(b).hasSameSizeAs(a);
        for (int i = 0; i < a.size(); i++) {
            assertThat(outcome(b.get(i))).isEqualTo(outcome(a.get(i)));
        }
    }

    private static String outcome(String jsonLine) {
        int i = jsonLine.indexOf("\"outcome\":");
        return i < 0 ? jsonLine.substring(jsonLine.indexOf("\"error\"")) : jsonLine.substring(i, jsonLine.indexOf(',', i));
    }

    @Test
    void everyRowDecidedExitsZeroAndTheSummaryIsWritten() throws IOException {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "姓名,出生日期,我市从事一线工作的人才,国籍,最高学位,培养时间（天）\n甲,1980-01-01,是,CN,MASTER,100\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.xlsx");
        Path summary = dir.resolve("summary.json");
        Result r = run("batch", in.toString(), "-o", out.toString(), "--program", "zhengzhou.intl-training",
                "--as-of", "2024-06-01", "--summary", summary.toString(), "--lang", "en");

        assertThat(r.status()).as(r.err()).isEqualTo(ExitCodes.DONE);
        assertThat(r.out()).startsWith("1 rows: 1 decided, 0 in error");
        assertThat(Files.readString(summary)).contains("\"rows\":1", "\"errors\":0", "\"zhengzhou.intl-training\"");
        assertThat(Files.size(out)).isPositive();
    }

    @Test
    void aGbkSheetIsReadWhetherDetectedOrChosen() throws IOException {
        Path in = dir.resolve("gbk.csv");
        Files.writeString(in, Files.readString(CSV, StandardCharsets.UTF_8).substring(1), Charset.forName("GBK"));
        for (String encoding : List.of("auto", "gbk")) {
            Path out = dir.resolve("out-" + encoding + ".csv");
            Result r = run("batch", in.toString(), "-o", out.toString(), "--encoding", encoding);
            assertThat(r.status()).isEqualTo(ExitCodes.SOME_FAILED);
            assertThat(csv(out).get(1).get(1)).isEqualTo("张伟");
            assertThat(csv(out).get(1).get(OUTCOME)).isEqualTo("符合条件");
        }
    }

    @Test
    void anUnreadableInputExitsTwoWithOneLine() throws IOException {
        Path bad = dir.resolve("bad.xlsx");
        Files.writeString(bad, "not a workbook");
        Result r = run("batch", bad.toString(), "-o", dir.resolve("o.xlsx").toString());
        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("talent-rules: ").contains("bad.xlsx: 无法按 .xlsx 工作簿读取").hasLineCount(1);

        Result missing = run("batch", dir.resolve("nope.csv").toString(), "-o", dir.resolve("o.csv").toString());
        assertThat(missing.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("nope.csv: 找不到该文件").hasLineCount(1);
        assertThat(run("batch", dir.resolve("nope.csv").toString(), "-o", dir.resolve("o.csv").toString(), "--lang", "en").err())
                .contains("nope.csv: no such file");

        Result same = run("batch", CSV.toString(), "-o", CSV.toString());
        assertThat(same.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(same.err()).contains("会覆盖输入的表格").hasLineCount(1);
        assertThat(run("batch", CSV.toString(), "-o", CSV.toString(), "--lang", "en").err()).contains("would overwrite the input");

        Result format = run("batch", CSV.toString(), "-o", dir.resolve("o.pdf").toString());
        assertThat(format.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(format.err()).contains("o.pdf: 无法从文件名判断格式").hasLineCount(1);
        assertThat(run("batch", CSV.toString(), "-o", dir.resolve("o.pdf").toString(), "--lang", "en").err())
                .contains("cannot tell the format");
    }

    /**
     * Every example case of every pack, as one sheet of mixed programmes with the packs' Chinese
     * labels as headers: each row gets the outcome and amount that {@code check} gives its file.
     */
    @Test
    void everyPacksExampleCasesDecideAsRowsAsTheyDoAsFiles() throws IOException {
        TalentRules rules = TalentRules.fromClasspath();
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("../examples/cases"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        List<String> labels = new ArrayList<>();
        List<Case> cases = new ArrayList<>();
        for (Path f : files) {
            Case c = rules.readCase(f);
            cases.add(c);
            Programme p = rules.programme(c.programme());
            p.facts().forEach(x -> {
                if (x.fields().isEmpty()) {
                    add(labels, x.zh());
                }
            });
            p.attestations().forEach(x -> add(labels, x.zh()));
            // A list of records (the visiting experts of a project) takes numbered columns, 来访专家1·姓名.
            c.facts().forEach((name, v) -> p.fact(name).filter(x -> !x.fields().isEmpty()).ifPresent(x -> {
                for (int i = 1; i <= ((List<?>) v).size(); i++) {
                    for (var field : x.fields()) {
                        add(labels, x.zh() + i + "·" + field.zh());
                    }
                }
            }));
        }
        Path sheet = dir.resolve("all-packs.csv");
        try (CsvWriter w = CsvWriter.builder().build(sheet, StandardCharsets.UTF_8)) {
            List<String> header = new ArrayList<>(List.of("案例", "项目", "基准日"));
            header.addAll(labels);
            w.writeRecord(header);
            for (int i = 0; i < cases.size(); i++) {
                Case c = cases.get(i);
                Programme p = rules.programme(c.programme());
                List<String> row = new ArrayList<>(List.of(files.get(i).toString(), c.programme(), c.asOf().toString()));
                labels.forEach(l -> row.add(""));
                c.facts().forEach((name, v) -> {
                    var spec = p.fact(name).orElseThrow();
                    if (spec.fields().isEmpty()) {
                        row.set(3 + labels.indexOf(spec.zh()), cell(v));
                        return;
                    }
                    List<?> records = (List<?>) v;
                    for (int r = 0; r < records.size(); r++) {
                        for (var field : ((java.util.Map<?, ?>) records.get(r)).entrySet()) {
                            row.set(3 + labels.indexOf(spec.zh() + (r + 1) + "·" + spec.field(field.getKey().toString()).orElseThrow().zh()),
                                    cell(field.getValue()));
                        }
                    }
                });
                c.attestations().forEach((name, v) -> row.set(3 + labels.indexOf(p.attestation(name).orElseThrow().zh()), cell(v)));
                w.writeRecord(row);
            }
        }
        Path out = dir.resolve("all-packs.jsonl");
        Result r = run("batch", sheet.toString(), "-o", out.toString());

        assertThat(r.status()).as(r.out() + r.err()).isEqualTo(ExitCodes.DONE);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            Decision expected = rules.decide(cases.get(i));
            assertThat(lines.get(i)).as(files.get(i).toString())
                    .contains("\"outcome\":\"" + expected.outcome() + "\"")
                    .contains("\"summary\":\"" + expected.summary(Language.ZH).replace("\"", "\\\"") + "\"");
        }
    }

    /** Henan's 2018 records: the same returnee twice is flagged on both rows, and the targets are counted over the sheet. */
    @Test
    void findingsAcrossRowsJoinTheirRowsAndTheSummary() throws IOException {
        Path in = dir.resolve("records.csv");
        Files.writeString(in, "项目,基准日,记录类别,对象标识（专家、留学人才证件号或创业园名称）\n"
                + "henan.annual-record,2018-03-01,RETURNEE,P-001\n"
                + "henan.annual-record,2018-04-01,FUNDED_EXPERT_VISIT,E-001\n"
                + "henan.annual-record,2018-05-01,RETURNEE,P-001\n"
                + "henan.annual-record,2018-06-01,RETURNEE,P-002\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("records.out.csv");
        Result r = run("batch", in.toString(), "-o", out.toString());

        assertThat(r.status()).as(r.err()).isEqualTo(ExitCodes.DONE);
        List<List<String>> rows = csv(out);
        int outcome = 4;
        assertThat(rows.get(1).get(outcome)).isEqualTo("需人工审核");
        assertThat(rows.get(1).get(outcome + 5)).isEqualTo("二、");
        assertThat(rows.get(3).get(outcome)).isEqualTo("需人工审核");
        assertThat(rows.get(2).get(outcome)).isEqualTo("符合条件");
        assertThat(rows.get(4).get(outcome)).isEqualTo("符合条件");
        assertThat(r.out()).contains("跨行检查：")
                .contains("第2行：[需审核] 二 同一海外留学人才重复记录（只计一人）（二、）")
                .contains("第4行：[需审核] 二 同一海外留学人才重复记录（只计一人）（二、）")
                .contains("引进海外留学人才人数 2 < 3300，差额 3298")
                .contains("资助聘请外国专家人次 1 < 2000");
    }

    private static void add(List<String> labels, String label) {
        if (!labels.contains(label)) {
            labels.add(label);
        }
    }

    private static String cell(Object v) {
        return v instanceof Boolean b ? (b ? "是" : "否") : v instanceof BigDecimal d ? d.toPlainString()
                : v instanceof List<?> l ? String.join("、", l.stream().map(Object::toString).toList()) : v.toString();
    }

    /** The example of the sheet package's Javadoc, with the example workbook as candidates.xlsx. */
    @Test
    void theJavadocExampleRuns() throws IOException {
        Files.copy(XLSX, dir.resolve("candidates.xlsx"));
        Path candidates = dir.resolve("candidates.xlsx");
        Path decided = dir.resolve("decided.xlsx");

        SheetCheck check = SheetCheck.builder(TalentRules.fromClasspath()).language(Language.ZH).build();
        Summary summary = check.check(candidates, decided);

        assertThat(summary.text()).startsWith("共 21 行，已判定 17 行，出错 4 行\n");
        assertThat(summary.count(Outcome.ELIGIBLE)).isPositive();
        assertThat(Files.size(decided)).isPositive();
    }

    @Test
    void theHelpShowsBatchAmongTheExamples() {
        Result r = run("--help");
        assertThat(r.out()).contains("talent-rules batch examples/sheets/zhengzhou-intl-training.xlsx -o out.xlsx")
                .containsPattern("(?m)^  batch +Decide every row of a sheet");
    }

    @Test
    void sheetReadsOnlyTheNamedSheetAndAnUnknownNameIsRefusedInTheRunsLanguage() throws IOException {
        // The example sheet's rows, twice: as 第一批 and as 第二批, after a sheet of instructions.
        List<List<String>> rows = csv(CSV);
        Path book = dir.resolve("申报.xlsx");
        try (var o = Files.newOutputStream(book)) {
            var wb = new org.dhatim.fastexcel.Workbook(o, "test", "1.0");
            var notes = wb.newWorksheet("填表说明");
            notes.value(0, 0, "填表说明：每位候选人填写一行。");
            notes.finish();
            for (String name : List.of("第一批", "第二批")) {
                var ws = wb.newWorksheet(name);
                for (int r = 0; r < 4; r++) {
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        ws.value(r, c, rows.get(r).get(c));
                    }
                }
                ws.finish();
            }
            wb.finish();
        }

        Result all = run("batch", book.toString(), "-o", dir.resolve("all.csv").toString());
        assertThat(all.status()).as(all.err()).isEqualTo(ExitCodes.DONE);
        assertThat(all.out()).startsWith("共 6 行，已判定 6 行，出错 0 行").contains("工作表“填表说明”：前 10 行中没有一行列出已知的字段")
                .contains("读取了 2 个工作表：第一批、第二批");

        Result one = run("batch", book.toString(), "--sheet", "第二批", "-o", dir.resolve("one.csv").toString(), "--lang", "en");
        assertThat(one.status()).as(one.err()).isEqualTo(ExitCodes.DONE);
        assertThat(one.out()).startsWith("3 rows: 3 decided, 0 in error").contains("sheet '第一批': not named by --sheet, not read");

        Result none = run("batch", book.toString(), "--sheet", "第三批", "-o", dir.resolve("none.csv").toString(), "--lang", "en");
        assertThat(none.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err().strip()).isEqualTo("talent-rules: " + book + ": has no sheet named '第三批' (it has: 填表说明, 第一批, 第二批)");
        assertThat(dir.resolve("none.csv")).doesNotExist();
    }
}
