package io.github.talentrules.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.talentrules.Language;
import io.github.talentrules.explain.Text;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** XLSX cells read as Excel shows them: through their number format, formulas by their computed value, numbers to 15 digits. */
class XlsxCellTest {
    @TempDir
    Path dir;

    /**
     * Styles: 0 General, 1 the custom format {@code format} (id 176), 2 yyyy-mm-dd (177), 3 the built-in
     * 0% (id 9), 4 and 5 the ids 27 and 32 that a Chinese Excel implies (a year and month; a time).
     */
    static String styles(String format) {
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                <numFmts count="2"><numFmt numFmtId="176" formatCode="%s"/><numFmt numFmtId="177" formatCode="yyyy-mm-dd"/></numFmts>
                <cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
                <xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
                <xf numFmtId="177" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
                <xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
                <xf numFmtId="27" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
                <xf numFmtId="32" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
                </styleSheet>""".formatted(format.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;"));
    }

    /** Row 2 of a workbook whose cell E2 is {@code cell} (its {@code <c>} element) and whose format 176 is {@code format}. */
    Input.Line row(String format, String cell) throws IOException {
        Path file = new TinyXlsx().put("xl/styles.xml", styles(format)).withCells(cell).write(dir.resolve("t.xlsx"));
        List<Input.Line> lines = new ArrayList<>();
        try (Input in = Input.open(file, Format.XLSX, Optional.empty())) {
            for (Input.Line l = in.next(); l != null; l = in.next()) {
                lines.add(l);
            }
        }
        return lines.get(1);
    }

    Input.Line number(String format, String value) throws IOException {
        return row(format, "<c r=\"E2\" s=\"1\"><v>" + value + "</v></c>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0\"万元\"|50|50万元|500000",
        "0.0\"万\"|5.25|5.25万|52500",
        "#,##0\"元\"|50000|50000元|50000",
        "#,##0.00\"元\"|1234.5|1234.5元|1234.5",
        "\"¥\"#,##0.00|12345.67|¥12345.67|12345.67",
        "[$¥-804]#,##0|50000|¥50000|50000",
        "0\\万\\元|3|3万元|30000",
        "0万元|3|3万元|30000",
        "[Red]0\"万元\";[Blue]-0\"万元\"|8|8万元|80000",
        "#,##0_);(#,##0)|50000|50000|50000",
        "0_ \"万元\"|2|2 万元|20000",
        "_ ￥* #,##0.00_ ;_ ￥* -#,##0.00_ ;_ ￥* \"-\"??_ ;_ @_ |50000|￥50000|50000",
        "#,##0.00_ |50000|50000|50000",
    })
    void aNumberIsReadAsItsFormatShowsIt(String format, String value, String shown, String yuan) throws Exception {
        Input.Line line = number(format, value);
        assertThat(line.cells().get(4)).isEqualTo(shown);
        assertThat(line.problem(4)).isNull();
        assertThat((BigDecimal) Cells.value(CellValuesTest.yuan(), line.cells().get(4), Map.of(), Language.ZH)).isEqualByComparingTo(yuan);
        assertThat(line.typed().get(4).value()).as("the output keeps the number and its format").isEqualTo(new BigDecimal(value));
        assertThat(line.typed().get(4).format()).isEqualTo(format);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"General|14.5|14.5", "0|14|14", "0.00|14.5|14.5", "#,##0|1000000|1000000", "#,##0.00|1234.5|1234.5",
        "@|14|14", "0000|120|0120", "000000|120.5|000120.5"})
    void plainFormatsGiveTheNumberPlainly(String format, String value, String shown) throws Exception {
        Input.Line line = number(format, value);
        assertThat(line.cells().get(4)).isEqualTo(shown);
        assertThat(line.problem(4)).isNull();
    }

    @Test
    void aPercentIsReadAsThePercentShownNeverAsTheBareFraction() throws Exception {
        Input.Line line = row("0", "<c r=\"E2\" s=\"3\"><v>0.2</v></c>");
        assertThat(line.cells().get(4)).isEqualTo("20%");
        assertThat(number("0.0%", "0.125").cells().get(4)).isEqualTo("12.5%");
        assertThatThrownBy(() -> Cells.value(CellValuesTest.yuan(), line.cells().get(4), Map.of(), Language.ZH))
                .hasMessageContaining("“20%”");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0,|50000|显示为“50”，数值 50000 的数字格式“0,”把数值按千倍缩小显示",
        "0.0,\"千元\"|52500|显示为“52.5千元”，数值 52500 的数字格式“0.0,\"千元\"”把数值按千倍缩小显示",
        "[>100]0\"万元\";0\"元\"|500|：数值 500 的数字格式“[>100]0\"万元\";0\"元\"”按条件、时长或其他规则（[>100]）显示",
        "[DBNum1]0|50|按条件、时长或其他规则（[DBNum1]）显示",
        "0.00E+00|50000|以科学计数法显示",
        "# ?/?|0.5|以分数显示",
        "h:mm|0.5|含有无法确定含义的“h”",
        "0\"万\"0|12|把数字拆开显示",
        "\"已填写\"|5|显示为“已填写”，数值 5 的数字格式“\"已填写\"”只显示固定的文字，不显示数值",
        "#,##0;-#,##0;\"-\"|0|显示为“-”，数值 0 的数字格式“#,##0;-#,##0;\"-\"”只显示固定的文字，不显示数值",
        "#,##0;-#,##0;#|0|显示为空白，数值 0 的数字格式“#,##0;-#,##0;#”不显示数字 0",
    })
    void aFormatThatCannotBeReadBackWithCertaintyIsAProblemNamingTheCell(String format, String value, String why) throws Exception {
        Input.Line line = number(format, value);
        Text problem = line.problem(4);
        assertThat(problem).isNotNull();
        assertThat(problem.in(Language.ZH)).startsWith("工作表 候选人 单元格 E2（第 2 行）").contains(why)
                .endsWith("无法确定所填的是哪个值：请把单元格格式设为“常规”后填写数值，或填写带单位的文字（如 5万元）");
        assertThat(problem.in(Language.EN)).startsWith("sheet 候选人, cell E2 (row 2)").contains("'" + format + "'");
        assertThat(problem.in(Language.EN).replace("候选人", "").replaceAll("'[^']*'", ""))
                .as("no Chinese but the sheet's name and the cell's own format").doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void theScalingCommaInEnglish() throws Exception {
        assertThat(number("0,", "50000").problem(4).in(Language.EN)).isEqualTo("sheet 候选人, cell E2 (row 2) shows '50': the number"
                + " 50000 has the number format '0,', which shows it divided by 1,000 (a ',' after the digits): what it means is"
                + " not certain; set the cell's format to General and write the number, or text with its unit");
    }

    @ParameterizedTest
    @CsvSource({"0.30000000000000004,0.3", "90.00000000999999,90.00000001", "12345.670000000001,12345.67", "1.0000000000000002,1",
"45.599999999999994,45.6"})
    void aNumberIsReadToTheFifteenDigitsExcelShows(String stored, String shown) throws Exception {
        Input.Line line = row("0", "<c r=\"E2\"><v>" + stored + "</v></c>");
        assertThat(line.cells().get(4)).isEqualTo(shown);
        assertThat((BigDecimal) line.typed().get(4).value()).isEqualByComparingTo(shown);
    }

    @Test
    void aFormulaIsReadByItsComputedValueADateFormulaAsADate() throws Exception {
        assertThat(row("0", "<c r=\"E2\"><f>1+1</f><v>2</v></c>").cells().get(4)).isEqualTo("2");
        assertThat(row("0", "<c r=\"E2\"><f>0.1+0.2</f><v>0.30000000000000004</v></c>").cells().get(4)).isEqualTo("0.3");
        Input.Line date = row("0", "<c r=\"E2\" s=\"2\"><f>DATE(2024,6,1)</f><v>45444</v></c>");
        assertThat(date.cells().get(4)).isEqualTo("2024-06-01");
        assertThat(date.typed().get(4).value()).isEqualTo(java.time.LocalDate.of(2024, 6, 1));
        assertThat(row("0", "<c r=\"E2\" s=\"1\"><f>25*2</f><v>50</v></c>").cells().get(4)).isEqualTo("50");
        assertThat(row("0\"万元\"", "<c r=\"E2\" s=\"1\"><f>25*2</f><v>50</v></c>").cells().get(4)).isEqualTo("50万元");
        assertThat(row("0", "<c r=\"E2\" t=\"str\"><f>\"MAS\"&amp;\"TER\"</f><v>MASTER</v></c>").cells().get(4)).isEqualTo("MASTER");
        assertThat(row("0", "<c r=\"E2\" t=\"b\"><f>TRUE()</f><v>1</v></c>").cells().get(4)).isEqualTo("TRUE");
        assertThat(row("0", "<c r=\"E2\" t=\"b\"><f>TRUE()</f><v>1</v></c>").problem(4)).isNull();
    }

    @Test
    void aFormulaWithNoComputedValueIsAProblemNotABlank() throws Exception {
        Input.Line line = row("0", "<c r=\"E2\"><f>DATE(1990,1,1)</f></c>");
        assertThat(line.cells().get(4)).isEmpty();
        assertThat(line.problem(4).in(Language.ZH)).isEqualTo("工作表 候选人 单元格 E2（第 2 行）是公式“=DATE(1990,1,1)”，但文件中没有它的计算结果"
                + "（由程序生成、未在 Excel 中打开保存过）：请在 Excel 或 WPS 中打开并保存该文件后重试，或直接填写数值");
        assertThat(line.problem(4).in(Language.EN)).isEqualTo("sheet 候选人, cell E2 (row 2) is the formula '=DATE(1990,1,1)' but the file"
                + " holds no computed value for it (written by a program, never opened and saved in Excel): open and save the file in"
                + " Excel or WPS and try again, or write the value");
        assertThat(row("0", "<c r=\"E2\" t=\"str\"><f>A1</f></c>").problem(4)).isNotNull();
    }

    @Test
    void anErrorValueIsAProblemNotText() throws Exception {
        Input.Line line = row("0", "<c r=\"E2\" t=\"e\"><v>#N/A</v></c>");
        assertThat(line.problem(4).in(Language.ZH)).isEqualTo("工作表 候选人 单元格 E2（第 2 行）显示错误值“#N/A”，不是可读取的值：请改正该单元格");
        assertThat(row("0", "<c r=\"E2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>").problem(4).in(Language.EN))
                .isEqualTo("sheet 候选人, cell E2 (row 2) shows the error value '#DIV/0!', not a value to read: correct the cell");
    }

    @Test
    void theFileFormatsEscapesInTextAreUndone() throws Exception {
        assertThat(row("0", "<c r=\"E2\" t=\"inlineStr\"><is><t>甲公司_x000D_</t></is></c>").cells().get(4)).isEqualTo("甲公司\r");
        assertThat(XlsxCell.unescape("a_x005F_x000D_b")).as("an escaped underscore").isEqualTo("a_x000D_b");
        assertThat(XlsxCell.unescape("_x12_ and _xZZZZ_")).isEqualTo("_x12_ and _xZZZZ_");
        assertThat(XlsxCell.unescape("是_x000D_")).isEqualTo("是\r");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"yyyy\"年\"m\"月\"|1990年6月", "yyyy-mm|1990年6月", "yyyy|1990年", "m\"月\"d\"日\"|6月1日",
        "yyyy\"年\"m\"月\"d\"日\"|1990-06-01", "[$-804]yyyy/m/d|1990-06-01", "d-mmm-yy|1990-06-01"})
    void aDateIsReadAsMuchOfItAsItsFormatShows(String format, String shown) throws Exception {
        Input.Line line = number(format, "33025");
        assertThat(line.cells().get(4)).isEqualTo(shown);
        assertThat(line.typed().get(4).value()).as("the output keeps the date cell").isEqualTo(java.time.LocalDate.of(1990, 6, 1));
    }

    @Test
    void theFormatsAChineseExcelImpliesByTheirNumber() throws Exception {
        assertThat(row("0", "<c r=\"E2\" s=\"4\"><v>33025</v></c>").cells().get(4)).as("27: a year and month").isEqualTo("1990年6月");
        Input.Line time = row("0", "<c r=\"E2\" s=\"5\"><v>0.5</v></c>");
        assertThat(time.problem(4).in(Language.ZH)).as("32: a time").contains("数字格式“h\"时\"mm\"分\"”");
    }

    @Test
    void aNegativeNumberKeepsItsSignWhateverItsFormatShows() throws Exception {
        assertThat(number("0.00;[Red]0.00", "-5").cells().get(4)).isEqualTo("-5");
        assertThat(number("0\"万元\"", "-5").cells().get(4)).isEqualTo("-5");
    }

    @Test
    void aConditionalFormatsNumberFormatDoesNotReplaceTheCellsOwn() throws Exception {
        // A conditional format (dxf) may give its number format the id of a cell's; the reader took the last one read.
        String styles = styles("0\"万元\"").replace("</cellXfs>", "</cellXfs><dxfs count=\"1\"><dxf><numFmt numFmtId=\"176\" formatCode=\"0.00\"/></dxf></dxfs>");
        Path file = new TinyXlsx().put("xl/styles.xml", styles).withCells("<c r=\"E2\" s=\"1\"><v>50</v></c>").write(dir.resolve("dxf.xlsx"));
        try (Input in = Input.open(file, Format.XLSX, Optional.empty())) {
            in.next();
            assertThat(in.next().cells().get(4)).isEqualTo("50万元");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<c r=\"E2\" t=\"d\"><v>2024-06-01T00:00:00</v></c>|单元格 E2 是 ISO 日期类型（t=\"d\"）的单元格，无法读取：请在 Excel 或 WPS 中打开并保存该文件后重试",
        "<c r=\"E2\" t=\"x\"><v>1</v></c>|单元格 E2 的类型“x”不是工作表单元格的类型",
        "<c r=\"E2\" t=\"b\"><v>TRUE</v></c>|单元格 E2：布尔值“TRUE”不是 0 或 1",
        "<c r=\"E2\"><v>五十</v></c>|单元格 E2：“五十”不是数字",
        "<c r=\"E2\"><v> 5</v></c>|单元格 E2：“ 5”不是数字",
    })
    void aCellTheReaderCannotReadIsRefusedNamingItNotWithAJavaException(String cell, String why) throws IOException {
        Path file = new TinyXlsx().withCells(cell).write(dir.resolve("bad.xlsx"));
        assertThatThrownBy(() -> Input.open(file, Format.XLSX, Optional.empty()))
                .isInstanceOf(UnreadableSheetException.class)
                .satisfies(e -> assertThat(((UnreadableSheetException) e).why().in(Language.ZH)).isEqualTo("部件 xl/worksheets/sheet1.xml：" + why))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception"));
    }

    @Test
    void aNumberOfMoreThanFifteenDigitsIsAProblemItsLastDigitsAreLost() throws Exception {
        Input.Line line = row("0", "<c r=\"E2\"><v>4.10105199001011E+17</v></c>");
        assertThat(line.problem(4).in(Language.ZH)).isEqualTo("工作表 候选人 单元格 E2（第 2 行）：数字 410105199001011000 超过 15 位，"
                + "Excel 只保存前 15 位，其余各位已丢失：请把单元格设为文本格式后重新填写");
        assertThat(row("0", "<c r=\"E2\"><v>999999999999999</v></c>").problem(4)).as("15 digits").isNull();
    }
}
