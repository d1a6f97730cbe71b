package io.github.talentrules.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.talentrules.Outcome;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks as Excel writes them: several sheets, real date cells beside dates typed as text, numbers as numbers. */
class XlsxSheetTest {
    static final List<String> HEADER = List.of("序号", "姓名", "项目", "基准日", "出生日期", "学位", "建有平台", "企业名称", "业绩突出");

    @TempDir
    Path dir;

    /** Two sheets; 出生日期 is a date cell in the first, text in the second; 序号 a number. */
    Path workbook() throws IOException {
        Path file = dir.resolve("名单.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet first = wb.newWorksheet("第一批");
            header(first);
            row(first, 1, 1, "张三", LocalDate.of(2024, 6, 1), LocalDate.of(1990, 1, 1), "MASTER", "是", "甲公司");
            row(first, 2, 2, "李四", LocalDate.of(2024, 6, 1), LocalDate.of(1980, 1, 1), "MASTER", "是", "乙公司");
            row(first, 3, 3, "=1+1", LocalDate.of(2024, 6, 1), LocalDate.of(1984, 6, 1), "DOCTORATE", "是", "丙公司");
            first.finish();
            Worksheet second = wb.newWorksheet("第二批");
            header(second);
            row(second, 1, 4, "王五", "2024年6月1日", "1990/2/3", "MASTER", "TRUE", "丁公司");
            row(second, 2, 5, "赵六", "2024/6/1", "1991年2月30日", "MASTER", "是", "戊公司");
            row(second, 4, 6, "@钱七", "2024-06-01", "1990-01-01", "MASTER", "否", "己公司");
            second.finish();
            wb.finish();
        }
        return file;
    }

    private static void header(Worksheet ws) {
        for (int c = 0; c < HEADER.size(); c++) {
            ws.value(0, c, HEADER.get(c));
        }
    }

    private static void row(Worksheet ws, int r, int serial, String name, Object asOf, Object birth, String degree, String platform, String company) {
        ws.value(r, 0, serial);
        ws.value(r, 1, name);
        ws.value(r, 2, "demo.grant");
        date(ws, r, 3, asOf);
        date(ws, r, 4, birth);
        ws.value(r, 5, degree);
        ws.value(r, 6, platform);
        ws.value(r, 7, company);
        ws.value(r, 8, "是");
    }

    private static void date(Worksheet ws, int r, int c, Object v) {
        if (v instanceof LocalDate d) {
            ws.value(r, c, d);
            ws.style(r, c).format("yyyy-mm-dd").set();
        } else {
            ws.value(r, c, (String) v);
        }
    }

    static List<List<Cell>> read(Path file, String sheet) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            Sheet s = wb.findSheet(sheet).orElseThrow();
            List<List<Cell>> rows = new ArrayList<>();
            s.openStream().forEach(r -> {
                List<Cell> cells = new ArrayList<>();
                for (int i = 0; i < r.getCellCount(); i++) {
                    cells.add(r.getCell(i));
                }
                rows.add(cells);
            });
            return rows;
        }
    }

    static String text(Cell c) {
        return c == null ? "" : c.getText();
    }

    @Test
    void dateCellsAndTextDatesAreReadOnEverySheet() throws IOException {
        Path out = dir.resolve("out.xlsx");
        Summary summary = SheetCheck.builder(SheetCheckTest.RULES).build().check(workbook(), out);

        List<List<Cell>> first = read(out, "第一批");
        int outcome = HEADER.size();
        assertThat(text(first.get(0).get(outcome))).isEqualTo("结论");
        assertThat(text(first.get(1).get(0))).isEqualTo("1");
        assertThat(first.get(1).get(4).asDate().toLocalDate()).as("a date cell comes back as its date").isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(text(first.get(1).get(outcome))).isEqualTo("符合条件");
        assertThat(text(first.get(2).get(outcome))).isEqualTo("不符合条件");
        assertThat(text(first.get(3).get(outcome))).isEqualTo("符合条件");

        List<List<Cell>> second = read(out, "第二批");
        assertThat(text(second.get(1).get(outcome))).isEqualTo("符合条件");
        assertThat(text(second.get(2).get(outcome + 8))).isEqualTo("出生日期：“1991年2月30日”不是真实存在的日期");
        assertThat(text(second.get(3).get(outcome))).isEqualTo("需人工审核");

        assertThat(summary.rows()).isEqualTo(6);
        assertThat(summary.errors()).isEqualTo(1);
        assertThat(summary.outcomes().get("demo.grant")).containsEntry(Outcome.ELIGIBLE, 3L);
    }

    @Test
    void numbersAndDatesStayNumbersAndDatesTextStaysTextAndNoneIsAFormula() throws IOException {
        Path out = dir.resolve("out.xlsx");
        SheetCheck.builder(SheetCheckTest.RULES).build().check(workbook(), out);

        List<List<Cell>> first = read(out, "第一批");
        int outcome = HEADER.size();
        assertThat(first.get(1).get(0).getType()).as("序号 can be summed and sorted").isEqualTo(CellType.NUMBER);
        assertThat(first.get(1).get(0).asNumber()).isEqualByComparingTo("1");
        assertThat(first.get(1).get(4).getType()).as("a date cell stays a date").isEqualTo(CellType.NUMBER);
        assertThat(first.get(1).get(4).asDate().toLocalDate()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(first.get(1).get(4).getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(first.get(1).get(outcome + 1).getType()).as("资助金额 can be summed").isEqualTo(CellType.NUMBER);
        assertThat(first.get(1).get(outcome + 1).asNumber()).isEqualByComparingTo("100000");
        assertThat(read(out, "第二批").get(1).get(4).getType()).as("a date typed as text stays text").isEqualTo(CellType.STRING);
        for (String sheet : List.of("第一批", "第二批")) {
            for (List<Cell> row : read(out, sheet)) {
                for (Cell c : row) {
                    if (c != null) {
                        assertThat(c.getFormula()).isNull();
                    }
                }
            }
        }
        assertThat(text(first.get(3).get(1))).isEqualTo("'=1+1");
        assertThat(text(read(out, "第二批").get(3).get(1))).isEqualTo("'@钱七");
    }

    @Test
    void aHiddenSheetIsKeptHiddenAndNotDecided() throws IOException {
        Path in = dir.resolve("in.xlsx");
        try (OutputStream o = Files.newOutputStream(in)) {
            Workbook wb = new Workbook(o, "test", "1.0");
            Worksheet visible = wb.newWorksheet("名单");
            header(visible);
            row(visible, 1, 1, "张三", LocalDate.of(2024, 6, 1), LocalDate.of(1990, 1, 1), "MASTER", "是", "甲公司");
            visible.finish();
            Worksheet lists = wb.newWorksheet("选项");
            lists.setVisibilityState(org.dhatim.fastexcel.VisibilityState.HIDDEN);
            lists.value(0, 0, "学位");
            lists.value(1, 0, "MASTER");
            lists.value(2, 0, 3);
            lists.finish();
            wb.finish();
        }
        Path out = dir.resolve("out.xlsx");
        Summary summary = SheetCheck.builder(SheetCheckTest.RULES).build().check(in, out);

        assertThat(summary.rows()).isEqualTo(1);
        try (ReadableWorkbook wb = new ReadableWorkbook(out.toFile())) {
            Sheet lists = wb.findSheet("选项").orElseThrow();
            assertThat(lists.getVisibility()).isEqualTo(org.dhatim.fastexcel.reader.SheetVisibility.HIDDEN);
        }
        List<List<Cell>> lists = read(out, "选项");
        assertThat(lists).hasSize(3);
        assertThat(lists.get(0)).as("copied, no decision columns").hasSize(1);
        assertThat(text(lists.get(1).get(0))).isEqualTo("MASTER");
        assertThat(lists.get(2).get(0).getType()).isEqualTo(CellType.NUMBER);
    }

    @Test
    void aSheetDecidedWithSuggestionsRunAgainHasThemReplacedToo() throws IOException {
        Path once = dir.resolve("once.xlsx");
        SheetCheck.builder(SheetCheckTest.RULES).suggest(true).build().check(workbook(), once);
        assertThat(read(once, "第一批").get(0)).hasSize(HEADER.size() + SheetCheck.DECISION_COLUMNS + 1);
        Path twice = dir.resolve("twice.xlsx");
        Summary summary = SheetCheck.builder(SheetCheckTest.RULES).build().check(once, twice);

        assertThat(read(twice, "第一批").get(0)).hasSize(HEADER.size() + SheetCheck.DECISION_COLUMNS);
        assertThat(summary.errors()).isEqualTo(1);
    }

    @Test
    void aDecidedSheetRunAgainHasItsDecisionColumnsReplacedAndItsFormulaGuardsReadAsTheyWere() throws IOException {
        Path once = dir.resolve("once.xlsx");
        Summary first = SheetCheck.builder(SheetCheckTest.RULES).build().check(workbook(), once);
        Path twice = dir.resolve("twice.xlsx");
        Summary second = SheetCheck.builder(SheetCheckTest.RULES).language(io.github.talentrules.Language.EN).build().check(once, twice);

        List<List<Cell>> rows = read(twice, "第一批");
        int outcome = HEADER.size();
        assertThat(rows.get(0)).hasSize(HEADER.size() + SheetCheck.DECISION_COLUMNS);
        assertThat(text(rows.get(0).get(outcome))).isEqualTo("outcome");
        assertThat(text(rows.get(1).get(outcome))).isEqualTo("eligible");
        assertThat(text(rows.get(3).get(1))).as("the guard is not guarded again").isEqualTo("'=1+1");
        assertThat(second.unreadColumns()).isEqualTo(first.unreadColumns());
        assertThat(second.outcomes()).isEqualTo(first.outcomes());
        assertThat(second.errors()).isEqualTo(first.errors());
    }

    @Test
    void aWorkbookCanBeWrittenAsCsv() throws IOException {
        Path out = dir.resolve("out.csv");
        SheetCheck.builder(SheetCheckTest.RULES).build().check(workbook(), out);
        List<List<String>> rows = SheetCheckTest.readCsv(out);
        assertThat(rows).hasSize(2 + 3 + 3);
        assertThat(rows.get(4)).startsWith("序号", "姓名");
    }

    @Test
    void aSheetNamedAfterAProgrammeNeedsNoProgrammeColumn() throws IOException {
        Path file = dir.resolve("by-programme.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("示例资助项目");
            List<String> header = List.of("基准日", "出生日期", "学位", "建有平台", "业绩突出");
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
            }
            List<String> row = List.of("2024-06-01", "1990-01-01", "MASTER", "是", "是");
            for (int c = 0; c < row.size(); c++) {
                ws.value(1, c, row.get(c));
            }
            ws.finish();
            Worksheet other = wb.newWorksheet("其他");
            for (int c = 0; c < header.size(); c++) {
                other.value(0, c, header.get(c));
                other.value(1, c, row.get(c));
            }
            other.finish();
            wb.finish();
        }
        Path out = dir.resolve("out.xlsx");
        Summary summary = SheetCheck.builder(SheetCheckTest.RULES).build().check(file, out);

        assertThat(text(read(out, "示例资助项目").get(1).get(5))).isEqualTo("符合条件");
        assertThat(text(read(out, "其他").get(1).get(5 + 8))).startsWith("项目：表中没有“项目”或“程序”列");
        assertThat(summary.errors()).isEqualTo(1);
    }

    @Test
    void notAWorkbookIsAnUnreadableInput() throws IOException {
        Path bad = dir.resolve("bad.xlsx");
        Files.writeString(bad, "not a zip");
        assertThatThrownBy(() -> SheetCheck.builder(SheetCheckTest.RULES).build().check(bad, dir.resolve("o.xlsx")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad.xlsx: cannot be read as an .xlsx workbook");
    }

    @Test
    void aWorkbookWhosePartsInflateHundredsOfTimesOverIsRefusedAsAZipBomb() throws IOException {
        Path bomb = dir.resolve("bomb.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }

        assertThatThrownBy(() -> SheetCheck.builder(SheetCheckTest.RULES).build().check(bomb, dir.resolve("o.xlsx")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bomb.xlsx: part xl/worksheets/sheet1.xml would inflate")
                .hasMessageContaining("refused as a possible zip bomb");
    }
}
