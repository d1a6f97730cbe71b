package io.github.talentrules.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.talentrules.Language;
import io.github.talentrules.Outcome;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.SheetVisibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a sheet's layout is found: the template's sample row, a title above the header, a sheet of instructions. */
class SheetLayoutTest {
    static final List<String> HEADER = List.of("姓名", "项目", "基准日", "出生日期", "学位", "建有平台", "已确定资助", "业绩突出");
    static final List<String> ROW = List.of("张三", "demo.grant", "2024-06-01", "1990-01-01", "MASTER", "是", "是", "是");

    @TempDir
    Path dir;

    private static SheetCheck check() {
        return SheetCheck.builder(SheetCheckTest.RULES).build();
    }

    private Path csv(String name, List<List<String>> rows) throws IOException {
        StringBuilder b = new StringBuilder();
        for (List<String> r : rows) {
            b.append(String.join(",", r)).append('\n');
        }
        return Files.writeString(dir.resolve(name), b.toString(), StandardCharsets.UTF_8);
    }

    /** A workbook of sheets, each a name and its rows; a name starting with "." is a hidden sheet. */
    private Path xlsx(String name, Object... sheetsAndRows) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            for (int s = 0; s < sheetsAndRows.length; s += 2) {
                String sheet = (String) sheetsAndRows[s];
                @SuppressWarnings("unchecked")
                List<List<String>> rows = (List<List<String>>) sheetsAndRows[s + 1];
                Worksheet ws = wb.newWorksheet(sheet.startsWith(".") ? sheet.substring(1) : sheet);
                if (sheet.startsWith(".")) {
                    ws.setVisibilityState(VisibilityState.HIDDEN);
                }
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        if (!rows.get(r).get(c).isEmpty()) {
                            ws.value(r, c, rows.get(r).get(c));
                        }
                    }
                }
                ws.finish();
            }
            wb.finish();
        }
        return file;
    }

    /** A CSV whose rows may differ in length (a title row above the header). */
    static List<List<String>> readCsv(Path file) throws IOException {
        try (var r = de.siegmar.fastcsv.reader.CsvReader.builder().detectBomHeader(true).allowExtraFields(true).allowMissingFields(true)
                .ofCsvRecord(file)) {
            return r.stream().map(de.siegmar.fastcsv.reader.CsvRecord::getFields).toList();
        }
    }

    private static List<String> row(String name) {
        List<String> r = new java.util.ArrayList<>(ROW);
        r.set(0, name);
        return r;
    }

    // 1. The template's sample row

    @Test
    void theTemplatesSampleRowIsNeitherDecidedNorCountedAndTheSummarySaysSo() throws IOException {
        Path t = dir.resolve("t.xlsx");
        check().template("demo.grant", t);
        Path out = dir.resolve("out.csv");

        Summary summary = check().check(t, out);

        assertThat(summary.rows()).as("the sample is not a candidate").isZero();
        assertThat(summary.errors()).isZero();
        assertThat(summary.outcomes()).isEmpty();
        assertThat(summary.layout()).containsExactly("名单 第2行是模板的示例行（“示例（请替换或删除此行）”），已跳过：未判定，不计入合计");
        assertThat(summary.text()).contains("第2行是模板的示例行");
        List<String> sample = readCsv(out).get(1);
        int outcome = sample.size() - SheetCheck.DECISION_COLUMNS;
        assertThat(sample.get(0)).isEqualTo("示例（请替换或删除此行）");
        assertThat(sample.get(outcome)).as("no outcome").isEmpty();
        assertThat(sample.get(outcome + 7)).as("the reason cell says why").contains("模板的示例行");
        assertThat(sample.get(outcome + 8)).as("not an error").isEmpty();
    }

    @Test
    void aSampleRowLeftAmongFilledRowsIsSkippedAndTheOthersAreDecided() throws IOException {
        Path in = csv("名单.csv", List.of(HEADER, row("示例（请替换或删除此行）"), row("张三"), row("李四")));
        Path out = dir.resolve("out.jsonl");

        Summary summary = SheetCheck.builder(SheetCheckTest.RULES).language(Language.EN).build().check(in, out);

        assertThat(summary.rows()).isEqualTo(2);
        assertThat(summary.count(Outcome.ELIGIBLE)).isEqualTo(2);
        assertThat(summary.layout()).containsExactly(
                "row 2 is the template's sample row ('example (replace or delete this row)'), skipped: not decided, not counted");
        String first = Files.readAllLines(out).get(0);
        assertThat(first).contains("\"decision\":null").contains("\"error\":null").contains("\"skipped\":\"row 2 is the template's sample row");
        try (Stream<Row> rows = check().rows(in)) {
            assertThat(rows.map(Row::number)).as("the Java stream leaves it out too").containsExactly(3L, 4L);
        }
    }

    // 2. A title above the header

    @Test
    void aTitleRowAndABlankRowAboveTheHeaderAreKeptButNotRead() throws IOException {
        Path in = csv("名单.csv", List.of(List.of("2025年郑州市国际化培训申报汇总表", "", "", ""), List.of("", ""), HEADER, row("张三"), row("李四")));
        Path out = dir.resolve("out.csv");

        Summary summary = check().check(in, out);

        assertThat(summary.rows()).as("the title is not a row").isEqualTo(2);
        assertThat(summary.count(Outcome.ELIGIBLE)).isEqualTo(2);
        assertThat(summary.errors()).isZero();
        assertThat(summary.unreadColumns()).containsExactly("姓名");
        assertThat(summary.layout()).containsExactly("表头取第3行（其上的第1–2行是标题，未读取，原样保留在输出中）");
        List<List<String>> rows = readCsv(out);
        assertThat(rows.get(0).get(0)).isEqualTo("2025年郑州市国际化培训申报汇总表");
        assertThat(rows.get(1)).startsWith("姓名", "项目").endsWith("错误");
        assertThat(rows.get(2).get(HEADER.size())).isEqualTo("符合条件");

        Path again = dir.resolve("again.csv");
        assertThat(check().check(out, again).count(Outcome.ELIGIBLE)).as("the decided sheet reads back").isEqualTo(2);
    }

    @Test
    void aMergedTitleAboveAWorkbooksHeaderIsFoundInEnglishToo() throws IOException {
        Path file = dir.resolve("汇总.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("名单");
            ws.value(0, 0, "2025年郑州市国际化培训申报汇总表");
            ws.range(0, 0, 0, HEADER.size() - 1).merge();
            for (int c = 0; c < HEADER.size(); c++) {
                ws.value(1, c, HEADER.get(c));
                ws.value(2, c, ROW.get(c));
            }
            ws.finish();
            wb.finish();
        }
        Path out = dir.resolve("out.xlsx");

        Summary summary = SheetCheck.builder(SheetCheckTest.RULES).language(Language.EN).build().check(file, out);

        assertThat(summary.rows()).isEqualTo(1);
        assertThat(summary.count(Outcome.ELIGIBLE)).isEqualTo(1);
        assertThat(summary.layout()).containsExactly("sheet '名单': the header is row 2 (row 1 above it: a title, not read, kept in the output as it is)");
        var rows = XlsxSheetTest.read(out, "名单");
        assertThat(XlsxSheetTest.text(rows.get(0).get(0))).isEqualTo("2025年郑州市国际化培训申报汇总表");
        assertThat(XlsxSheetTest.text(rows.get(2).get(HEADER.size()))).isEqualTo("eligible");
    }

    @Test
    void twoRowsThatCouldBeTheHeaderAreRefusedNamingBoth() throws IOException {
        List<String> english = List.of("name", "program", "asOf", "birthDate", "degree", "hasPlatform", "confirmed", "excellent");
        Path in = csv("名单.csv", List.of(HEADER, english, row("张三")));
        Path out = dir.resolve("out.csv");

        assertThatThrownBy(() -> check().check(in, out)).isInstanceOf(UnreadableSheetException.class)
                .satisfies(e -> assertThat(((UnreadableSheetException) e).message(Language.ZH))
                        .endsWith("名单.csv: 第1行和第2行都列出了已知的字段，无法确定哪一行是表头：请只保留一行表头"));
        assertThat(out).doesNotExist();
    }

    @Test
    void aSheetWhoseHeadersAreAllUnknownIsStillReadFromItsFirstRowSoEachRowSaysWhatItLacks() throws IOException {
        Path in = csv("名单.csv", List.of(List.of("姓名", "单位"), List.of("张三", "甲公司")));

        Summary summary = check().check(in, dir.resolve("out.csv"));

        assertThat(summary.rows()).isEqualTo(1);
        assertThat(summary.errors()).isEqualTo(1);
        assertThat(summary.layout()).isEmpty();
    }

    // 3. A sheet of instructions before the candidates

    @Test
    void aSheetOfInstructionsIsNotReadAsCandidatesButKeptVisible() throws IOException {
        Path in = xlsx("申报.xlsx", "填表说明", List.of(List.of("填表说明"), List.of("1. 每位候选人填写一行；"), List.of("2. 出生日期按 2024-06-01 格式填写。")),
                "名单", List.of(HEADER, row("张三")));
        Path out = dir.resolve("out.xlsx");

        Summary summary = check().check(in, out);

        assertThat(summary.rows()).isEqualTo(1);
        assertThat(summary.errors()).isZero();
        assertThat(summary.count(Outcome.ELIGIBLE)).isEqualTo(1);
        assertThat(summary.layout()).containsExactly(
                "工作表“填表说明”：前 10 行中没有一行列出已知的字段（项目、基准日、出生日期……），不是候选人名单，未读取（原样保留在输出中）");
        try (ReadableWorkbook wb = new ReadableWorkbook(out.toFile())) {
            assertThat(wb.findSheet("填表说明").orElseThrow().getVisibility()).isEqualTo(SheetVisibility.VISIBLE);
        }
        assertThat(XlsxSheetTest.read(out, "填表说明")).hasSize(3);
        assertThat(XlsxSheetTest.text(XlsxSheetTest.read(out, "填表说明").get(1).get(0))).isEqualTo("1. 每位候选人填写一行；");
    }

    @Test
    void sheetOptionReadsOnlyTheNamedSheetsHiddenOrNotAndRefusesAnUnknownName() throws IOException {
        Path in = xlsx("申报.xlsx", "第一批", List.of(HEADER, row("张三")), "第二批", List.of(HEADER, row("李四"), row("王五")),
                ".存档", List.of(HEADER, row("赵六")));

        Summary all = check().check(in, dir.resolve("all.csv"));
        assertThat(all.rows()).as("every visible sheet by default").isEqualTo(3);
        assertThat(all.layout()).containsExactly("读取了 2 个工作表：第一批、第二批（各行分别判定并计入合计；只读其中一个请用 --sheet 名称）");

        Summary second = SheetCheck.builder(SheetCheckTest.RULES).sheet("第二批").build().check(in, dir.resolve("two.xlsx"));
        assertThat(second.rows()).isEqualTo(2);
        assertThat(second.layout()).containsExactly("工作表“第一批”：未用 --sheet 指定，未读取（原样保留在输出中）");

        Summary hidden = SheetCheck.builder(SheetCheckTest.RULES).sheet("存档").build().check(in, dir.resolve("hidden.csv"));
        assertThat(hidden.rows()).as("a hidden sheet is read when named").isEqualTo(1);
        assertThat(readCsv(dir.resolve("hidden.csv")).get(1).get(0)).isEqualTo("赵六");

        assertThatThrownBy(() -> SheetCheck.builder(SheetCheckTest.RULES).sheet("第三批").build().check(in, dir.resolve("x.csv")))
                .isInstanceOf(UnreadableSheetException.class)
                .satisfies(e -> assertThat(((UnreadableSheetException) e).message(Language.ZH))
                        .endsWith("申报.xlsx: 没有名为“第三批”的工作表（有：第一批、第二批、存档）"));
    }

    // 4. 出生年月

    @Test
    void aBirthYearMonthColumnIsTheDateOfBirthAndAFullDateInItIsRead() throws IOException {
        List<String> header = new java.util.ArrayList<>(HEADER);
        header.set(3, "出生年月");
        Path in = csv("名单.csv", List.of(header, row("张三")));

        Summary summary = check().check(in, dir.resolve("out.csv"));

        assertThat(summary.count(Outcome.ELIGIBLE)).isEqualTo(1);
        assertThat(summary.unreadColumns()).containsExactly("姓名");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"1985.06", "1985.6", "1985-06", "1985/6", "1985年6月", "1985年06", "198506"})
    void aYearAndMonthWithoutTheDayIsAnErrorNamingTheCellAndSayingTheDayIsNeeded(String value) throws IOException {
        List<String> header = new java.util.ArrayList<>(HEADER);
        header.set(3, "出生年月");
        List<String> r = row("张三");
        r.set(3, value);
        Path in = csv("名单.csv", List.of(header, r));
        Path out = dir.resolve("out.csv");

        Summary summary = check().check(in, out);

        assertThat(summary.errors()).isEqualTo(1);
        assertThat(readCsv(out).get(1).get(header.size() + 8)).isEqualTo("出生年月：“" + value
                + "”只有年和月，没有日：年龄（周岁）和期限按日计算，请填写完整日期（年月日，如 1985-06-15）");
        Summary en = SheetCheck.builder(SheetCheckTest.RULES).language(Language.EN).build().check(in, dir.resolve("en.csv"));
        assertThat(en.errors()).isEqualTo(1);
        assertThat(readCsv(dir.resolve("en.csv")).get(1).get(header.size() + 8)).startsWith("出生年月: '" + value
                + "' gives the year and month but not the day");
    }

    @Test
    void anExcelDateCellThatShowsNoDayIsAnErrorNotTheFirstOfTheMonth() throws IOException {
        Path file = dir.resolve("名单.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("名单");
            for (int c = 0; c < HEADER.size(); c++) {
                ws.value(0, c, c == 3 ? "出生年月" : HEADER.get(c));
                ws.value(1, c, ROW.get(c));
                ws.value(2, c, ROW.get(c));
            }
            // Typed as 1985年6月, Excel keeps 1985-06-01 and shows it as the person typed it.
            ws.value(1, 3, java.time.LocalDate.of(1985, 6, 1));
            ws.style(1, 3).format("yyyy\"年\"m\"月\"").set();
            ws.value(2, 3, java.time.LocalDate.of(1985, 6, 1));
            ws.style(2, 3).format("yyyy\"年\"m\"月\"d\"日\"").set();
            ws.finish();
            wb.finish();
        }
        Path out = dir.resolve("out.csv");

        Summary summary = check().check(file, out);

        assertThat(summary.errors()).isEqualTo(1);
        List<List<String>> rows = readCsv(out);
        assertThat(rows.get(1).get(HEADER.size() + 8)).startsWith("出生年月：“1985年6月”只有年和月，没有日");
        assertThat(rows.get(2).get(HEADER.size())).as("a date cell that shows its day is read").isEqualTo("符合条件");
    }

    @Test
    void aBirthYearMonthColumnBesideADateOfBirthColumnIsAnErrorNamingBoth() throws IOException {
        List<String> header = new java.util.ArrayList<>(HEADER);
        header.add("出生年月");
        List<String> r = row("张三");
        r.add("1990-01-01");
        Path in = csv("名单.csv", List.of(header, r));
        Path out = dir.resolve("out.csv");

        check().check(in, out);

        assertThat(readCsv(out).get(1).get(header.size() + 8))
                .isEqualTo("第4列“出生日期”和第9列“出生年月”都对应“出生日期”（birthDate），请只保留一列");
    }

    // 6. Header words

    @Test
    void anEnglishHeaderRowAndHeadersWithColonsSpacesAndLineBreaksAreRead() throws IOException {
        Path in = csv("names.csv", List.of(
                List.of("Name", "Program", "As of", "Date of Birth", "DEGREE", "has a platform", "confirmed", "outstanding record"),
                row("Zhang San")));
        Summary en = SheetCheck.builder(SheetCheckTest.RULES).language(Language.EN).build().check(in, dir.resolve("en.csv"));
        assertThat(en.count(Outcome.ELIGIBLE)).isEqualTo(1);
        assertThat(en.unreadColumns()).containsExactly("Name");
        assertThat(en.layout()).isEmpty();

        Path odd = csv("名单.csv", List.of(
                List.of("姓名", "项目：", " 基准日 ", "\"出生\n日期\"", "学位:", "建有平台＊", "已确定资助　", "业绩突出"), row("张三")));
        Summary zh = check().check(odd, dir.resolve("zh.csv"));
        assertThat(zh.count(Outcome.ELIGIBLE)).isEqualTo(1);
        assertThat(zh.unreadColumns()).containsExactly("姓名");
    }
}
