package io.github.talentrules.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.Language;
import io.github.talentrules.pack.FactSpec;
import io.github.talentrules.pack.Unit;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A cell's value read as the person who filled it in sees it, or an error naming the cell: never silently another value. */
class CellValuesTest {
    @TempDir
    Path dir;

    static FactSpec yuan() {
        return new FactSpec("amount", FactSpec.Type.YUAN, "资助金额", "amount", List.of(), "", false, List.of(), Optional.empty(), Optional.of(Unit.YUAN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"50\u00a0万元", "50\u3000万元", "\u00a050万元\u00a0", "50\u2009万元", "50\u202f万元", "\u200b50万元", "\ufeff50万元"})
    void everyKindOfSpaceIsASpaceAndZeroWidthCharactersAreNothing(String text) throws Exception {
        assertThat((BigDecimal) Cells.value(yuan(), text, Map.of(), Language.ZH)).isEqualByComparingTo("500000");
    }

    @Test
    void yesNoDatesAndLevelsWithNoBreakSpacesAroundThem() throws Exception {
        assertThat(Cells.bool("是\u00a0", Language.ZH)).isTrue();
        assertThat(Cells.bool("\u200b否", Language.ZH)).isFalse();
        assertThat(Cells.date("2024-06-01\u00a0", Language.ZH)).isEqualTo(java.time.LocalDate.of(2024, 6, 1));
        assertThat(Cells.value(CellsTest.spec(FactSpec.Type.LEVEL, "NONE", "MASTER"), "MASTER\u202f", Map.of(), Language.ZH)).isEqualTo("MASTER");
        assertThat(Cells.value(CellsTest.spec(FactSpec.Type.CODES, "A", "B"), "A\u00a0B", Map.of(), Language.ZH)).isEqualTo(List.of("A", "B"));
    }

    @Test
    void aRowWhoseCellsEndInNoBreakSpacesIsDecided() throws IOException {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "项目,基准日,出生日期,学位,建有平台,企业名称,业绩突出\n"
                + "demo.grant\u00a0,2024-06-01\u3000,1990-01-01\u200b,MASTER\u00a0,是\u00a0,甲公司,\ufeff是\n");
        Path out = dir.resolve("out.csv");
        Summary summary = SheetCheck.builder(SheetCheckTest.RULES).build().check(in, out);

        List<String> row = SheetCheckTest.readCsv(out).get(1);
        assertThat(row.get(7 + 8)).as("no error").isEmpty();
        assertThat(row.get(7)).isEqualTo("符合条件");
        assertThat(summary.errors()).isZero();
    }

    static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    /** A sheet of the demo pack: 序号 (read by no programme), 项目, 基准日, 出生日期, 学位, 建有平台, 业绩突出; {@code rows} after the header. */
    static String sheet(String... rows) {
        StringBuilder b = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">""");
        String[] header = {"序号", "项目", "基准日", "出生日期", "学位", "建有平台", "业绩突出"};
        for (int i = 0; i < header.length; i++) {
            b.append(inline((char) ('A' + i) + "1", header[i]));
        }
        b.append("</row>");
        for (String r : rows) {
            b.append(r);
        }
        return b.append("</sheetData></worksheet>").toString();
    }

    /** Row {@code n} of the demo pack with 序号 and 出生日期 as given ({@code <c>} elements) and the rest filled in. */
    static String demoRow(int n, String serial, String birth) {
        return "<row r=\"" + n + "\">" + serial + inline("B" + n, "demo.grant") + inline("C" + n, "2024-06-01") + birth
                + inline("E" + n, "MASTER") + inline("F" + n, "是") + inline("G" + n, "是") + "</row>";
    }

    @Test
    void aFormulaWithNoComputedValueIsTheRowsErrorInAColumnReadAndNothingInAColumnNotRead() throws IOException {
        Path in = new TinyXlsx().put("xl/worksheets/sheet1.xml", sheet(
                demoRow(2, "<c r=\"A2\"><f>ROW()-1</f></c>", "<c r=\"D2\"><f>DATE(1990,1,1)</f></c>"),
                demoRow(3, "<c r=\"A3\"><f>ROW()-1</f></c>", inline("D3", "1990-01-01")))).write(dir.resolve("in.xlsx"));
        Path out = dir.resolve("out.csv");
        Summary summary = SheetCheck.builder(SheetCheckTest.RULES).build().check(in, out);

        List<List<String>> rows = SheetCheckTest.readCsv(out);
        assertThat(rows.get(1).get(7)).as("not decided as if 出生日期 were blank").isEmpty();
        assertThat(rows.get(1).get(7 + 8)).isEqualTo("出生日期：工作表 候选人 单元格 D2（第 2 行）是公式“=DATE(1990,1,1)”，但文件中没有它的计算结果"
                + "（由程序生成、未在 Excel 中打开保存过）：请在 Excel 或 WPS 中打开并保存该文件后重试，或直接填写数值");
        assertThat(rows.get(2).get(7)).as("序号 is read by no programme: its formula is no error").isEqualTo("符合条件");
        assertThat(rows.get(2).get(7 + 8)).isEmpty();
        assertThat(summary.errors()).isEqualTo(1);

        Path en = dir.resolve("en.csv");
        SheetCheck.builder(SheetCheckTest.RULES).language(Language.EN).build().check(in, en);
        assertThat(SheetCheckTest.readCsv(en).get(1).get(7 + 8)).isEqualTo("出生日期: sheet 候选人, cell D2 (row 2) is the formula"
                + " '=DATE(1990,1,1)' but the file holds no computed value for it (written by a program, never opened and saved in"
                + " Excel): open and save the file in Excel or WPS and try again, or write the value");
    }

    static String merged(String sheet, String... refs) {
        StringBuilder b = new StringBuilder("<mergeCells count=\"" + refs.length + "\">");
        for (String r : refs) {
            b.append("<mergeCell ref=\"").append(r).append("\"/>");
        }
        return sheet.replace("</sheetData>", "</sheetData>" + b + "</mergeCells>");
    }

    /** Row {@code n}: 序号 n, then 项目 to 业绩突出, each cell given (null for none: a merged cell below or beside another). */
    static String row(int n, String degree, String platform, String excellent) {
        return "<row r=\"" + n + "\"><c r=\"A" + n + "\"><v>" + n + "</v></c>" + inline("B" + n, "demo.grant") + inline("C" + n, "2024-06-01")
                + inline("D" + n, "1990-01-01") + (degree == null ? "<c r=\"E" + n + "\"/>" : inline("E" + n, degree))
                + (platform == null ? "" : inline("F" + n, platform)) + (excellent == null ? "" : inline("G" + n, excellent)) + "</row>";
    }

    List<List<String>> check(String sheetXml, Language lang) throws IOException {
        Path in = new TinyXlsx().put("xl/worksheets/sheet1.xml", sheetXml).write(dir.resolve("merged.xlsx"));
        Path out = dir.resolve("merged-" + lang + ".csv");
        SheetCheck.builder(SheetCheckTest.RULES).language(lang).build().check(in, out);
        return SheetCheckTest.readCsv(out);
    }

    @Test
    void aValueMergedDownAColumnIsEveryRowsValue() throws IOException {
        List<List<String>> rows = check(merged(sheet(row(2, "MASTER", "是", "是"), row(3, null, null, "是"), row(4, null, null, "是"),
                row(5, "MASTER", "是", "是")), "E2:E4", "F2:F4", "A5:A6"), Language.ZH);

        for (int r = 1; r <= 3; r++) {
            assertThat(rows.get(r).get(4)).as("学位 of row %d", r + 1).isEqualTo("MASTER");
            assertThat(rows.get(r).get(5)).isEqualTo("是");
            assertThat(rows.get(r).get(7)).as("row %d decided, not sent to review for a blank 建有平台", r + 1).isEqualTo("符合条件");
        }
        assertThat(rows).as("a row of only a merged 序号 is no row").hasSize(5);
    }

    @Test
    void aMergeAcrossColumnsOrAcrossTheHeaderIsAnErrorNamingTheRegion() throws IOException {
        String sheet = merged(sheet(row(2, "MASTER", "是", null), row(3, null, "是", "是")), "F2:G2", "E1:E3");
        List<List<String>> zh = check(sheet, Language.ZH);
        assertThat(zh.get(1).get(7)).isEmpty();
        assertThat(zh.get(1).get(7 + 8)).isEqualTo("学位：工作表 候选人 的合并单元格 E1:E3 跨越表头和数据行，无法确定各行的值：请取消合并，在每行分别填写；"
                + "建有平台：工作表 候选人 的合并单元格 F2:G2 横跨多列，无法确定其中的值属于哪一列：请取消合并，在每列分别填写；"
                + "业绩突出：工作表 候选人 的合并单元格 F2:G2 横跨多列，无法确定其中的值属于哪一列：请取消合并，在每列分别填写");
        assertThat(zh.get(2).get(7 + 8)).isEqualTo("学位：工作表 候选人 的合并单元格 E1:E3 跨越表头和数据行，无法确定各行的值：请取消合并，在每行分别填写");
        List<List<String>> en = check(sheet, Language.EN);
        assertThat(en.get(2).get(7 + 8)).isEqualTo("学位: sheet 候选人, the merged region E1:E3 spans the header and data rows:"
                + " what each row holds is not certain; unmerge it and fill in every row");
    }

    @Test
    void mergesAreFoundOnTheSheetTheyAreInAsAWriterWritesThem() throws IOException {
        Path in = dir.resolve("written.xlsx");
        try (var os = Files.newOutputStream(in)) {
            org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(os, "test", "1.0");
            for (String name : List.of("第一批", "第二批")) {
                org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet(name);
                List<String> header = List.of("项目", "基准日", "出生日期", "学位", "建有平台", "业绩突出");
                for (int c = 0; c < header.size(); c++) {
                    ws.value(0, c, header.get(c));
                }
                for (int r = 1; r <= 3; r++) {
                    ws.value(r, 0, "demo.grant");
                    ws.value(r, 1, "2024-06-01");
                    ws.value(r, 2, "1990-01-01");
                    ws.value(r, 3, "MASTER");
                    ws.value(r, 5, "是");
                }
                if (name.equals("第二批")) {
                    ws.value(1, 4, "是");
                    ws.range(1, 4, 3, 4).merge();
                } else {
                    ws.value(1, 4, "否");
                }
                ws.finish();
            }
            wb.finish();
        }
        Path out = dir.resolve("written.csv");
        Summary summary = SheetCheck.builder(SheetCheckTest.RULES).build().check(in, out);

        List<List<String>> rows = SheetCheckTest.readCsv(out);
        assertThat(rows.get(2).get(4)).as("第一批 has no merge: its blank stays blank").isEmpty();
        assertThat(rows.get(6).get(4)).as("第二批's merge E2:E4").isEqualTo("是");
        assertThat(rows.get(7).get(4)).isEqualTo("是");
        assertThat(summary.outcomes().get("demo.grant")).containsEntry(io.github.talentrules.Outcome.ELIGIBLE, 3L);
    }

    @Test
    void aCompanyNameEndingInAnEscapedCarriageReturnIsTheSameCompany() throws IOException {
        // Excel writes a CR pasted into a cell as _x000D_: read as the text, the two rows are two companies.
        String header = "<row r=\"1\">" + inline("A1", "项目") + inline("B1", "基准日") + inline("C1", "出生日期") + inline("D1", "学位")
                + inline("E1", "企业名称") + "</row>";
        String rows = "";
        for (int n = 2; n <= 3; n++) {
            rows += "<row r=\"" + n + "\">" + inline("A" + n, "demo.grant") + inline("B" + n, "2024-06-01") + inline("C" + n, "1990-01-01")
                    + inline("D" + n, "MASTER") + inline("E" + n, n == 2 ? "甲公司_x000D_" : "甲公司") + "</row>";
        }
        Path in = new TinyXlsx().put("xl/worksheets/sheet1.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"""
                + header + rows + "</sheetData></worksheet>").write(dir.resolve("cr.xlsx"));
        Summary summary = SheetCheck.builder(SheetCheckTest.RULES).build().check(in, dir.resolve("cr.csv"));

        assertThat(summary.acrossRows()).containsExactly("候选人 第2行：[需审核] 4 每家企业一人（第四条）", "候选人 第3行：[需审核] 4 每家企业一人（第四条）");
    }

    @Test
    void aProgrammeCellThatCannotBeReadIsOneErrorNotAlsoABlankProgramme() throws IOException {
        String sheet = sheet(demoRow(2, "", "<c r=\"D2\"><f>DATE(1990,1,1)</f></c>").replace(inline("B2", "demo.grant"),
                "<c r=\"B2\" t=\"e\"><v>#REF!</v></c>"));
        List<List<String>> rows = check(sheet, Language.ZH);
        assertThat(rows.get(1).get(7 + 8)).isEqualTo("项目：工作表 候选人 单元格 B2（第 2 行）显示错误值“#REF!”，不是可读取的值：请改正该单元格；"
                + "出生日期：工作表 候选人 单元格 D2（第 2 行）是公式“=DATE(1990,1,1)”，但文件中没有它的计算结果"
                + "（由程序生成、未在 Excel 中打开保存过）：请在 Excel 或 WPS 中打开并保存该文件后重试，或直接填写数值");
    }

    @Test
    void anIdNumberExcelShowsInScientificNotationIsRefusedAsText() throws Exception {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Cells.value(CellsTest.spec(FactSpec.Type.TEXT), "4.10105E+17", Map.of(), Language.ZH))
                .hasMessage("“4.10105E+17”是 Excel 以科学计数法显示的数字，其余各位已丢失：请把该列设为文本格式后重新填写");
        assertThat(Cells.value(CellsTest.spec(FactSpec.Type.TEXT), "E+17 公司", Map.of(), Language.ZH)).isEqualTo("E+17 公司");
    }

    @Test
    void aRowMergedAcrossTheWholeSheetIsAnErrorOnItsRowWithoutThousandsOfCells() throws IOException {
        String sheet = merged(sheet(row(2, "MASTER", "是", "是"), "<row r=\"3\">" + inline("A3", "以下为第二批") + "</row>",
                row(4, "MASTER", "是", "是")), "A3:XFD3");
        Path in = new TinyXlsx().put("xl/worksheets/sheet1.xml", sheet).write(dir.resolve("wide.xlsx"));
        try (Input input = Input.open(in, Format.XLSX, Optional.empty())) {
            input.next();
            input.next();
            Input.Line wide = input.next();
            assertThat(wide.cells()).hasSize(7);
            assertThat(wide.problem(6).in(Language.EN)).isEqualTo("sheet 候选人, the merged region A3:XFD3 spans several columns: which column"
                    + " its value is for is not certain; unmerge it and fill in each column");
        }
        List<List<String>> rows = check(sheet, Language.ZH);
        assertThat(rows.get(2).get(7 + 8)).startsWith("项目：工作表 候选人 的合并单元格 A3:XFD3 横跨多列");
        assertThat(rows.get(3).get(7)).isEqualTo("符合条件");
    }

    @Test
    void aDateInFullWidthDigitsIsADate() throws Exception {
        assertThat(Cells.date("２０２４年６月１日", Language.ZH)).isEqualTo(java.time.LocalDate.of(2024, 6, 1));
        assertThat(Cells.value(CellsTest.spec(FactSpec.Type.DATE), "１９９０－０１－０１", Map.of(), Language.ZH))
                .isEqualTo(java.time.LocalDate.of(1990, 1, 1));
    }
}
