package io.github.talentrules.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.talentrules.InvalidCaseException;
import io.github.talentrules.analysis.Scenario;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario sheet's cells are read as a case's are: facts by FactReader, expected amounts by Quantity (never by dropping commas). */
class ScenarioSheetTest {
    @TempDir
    Path dir;

    private Path sheet(String degree, String amount) throws Exception {
        Path file = dir.resolve("s.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("s");
            List<String> header = List.of("name", "program", "asOf", "出生日期", "学位", "建有平台", "业绩突出", "outcome", "amount");
            List<String> row = List.of("硕士", "demo.grant", "2024-06-01", "1990/1/1", degree, "是", "是", "ELIGIBLE", amount);
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
                ws.value(1, c, row.get(c));
            }
            wb.finish();
        }
        return file;
    }

    @Test
    void anExpectedAmountIsReadAsYuan() throws Exception {
        Scenario s = ScenarioSheet.read(sheet("MASTER", "10万元"), SheetCheckTest.RULES).get(0);
        assertThat((BigDecimal) s.expect().get("amount")).isEqualByComparingTo("100000");
        assertThat(ScenarioSheet.read(sheet("MASTER", "100,000"), SheetCheckTest.RULES).get(0).expect().get("amount"))
                .isEqualTo(new BigDecimal("100000"));
    }

    @Test
    void aMisplacedCommaInAnExpectedAmountIsRefused() {
        assertThatThrownBy(() -> ScenarioSheet.read(sheet("MASTER", "1,2"), SheetCheckTest.RULES))
                .isInstanceOf(InvalidCaseException.class).hasMessageContaining("amount").hasMessageContaining("'1,2'");
    }

    @Test
    void aFactCellTheFactsReaderRefusesIsNamedByItsRowAndColumn() {
        assertThatThrownBy(() -> ScenarioSheet.read(sheet("MASTERS", "100000"), SheetCheckTest.RULES))
                .isInstanceOf(InvalidCaseException.class).hasMessageContaining("学位").hasMessageContaining("MASTERS");
    }

    /** The sheet of {@link #sheet} with 出生日期 (D2) a formula never computed, and the amount 10 in the format 0"万元". */
    private Path programWritten(boolean formula) throws Exception {
        Path file = dir.resolve("f.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("s");
            List<String> header = List.of("name", "program", "asOf", "出生日期", "学位", "建有平台", "业绩突出", "outcome", "amount");
            List<String> row = List.of("硕士", "demo.grant", "2024-06-01", "", "MASTER", "是", "是", "ELIGIBLE", "");
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
                if (!row.get(c).isEmpty()) {
                    ws.value(1, c, row.get(c));
                }
            }
            if (formula) {
                ws.formula(1, 3, "DATE(1990,1,1)");
            } else {
                ws.value(1, 3, "1990-01-01");
            }
            ws.value(1, 8, 10);
            ws.style(1, 8).format("0\"万元\"").set();
            wb.finish();
        }
        return file;
    }

    @Test
    void aFormulaNeverComputedIsAnErrorNamingTheCellNotAnAbsentFact() {
        assertThatThrownBy(() -> ScenarioSheet.read(programWritten(true), SheetCheckTest.RULES))
                .isInstanceOf(InvalidCaseException.class).hasMessageContaining("row 2.出生日期")
                .hasMessageContaining("cell D2 (row 2) is the formula '=DATE(1990,1,1)' but the file holds no computed value");
    }

    @Test
    void anExpectedAmountIsReadAsItsFormatShowsIt() throws Exception {
        Scenario s = ScenarioSheet.read(programWritten(false), SheetCheckTest.RULES).get(0);
        assertThat((BigDecimal) s.expect().get("amount")).as("10 shown 10万元").isEqualByComparingTo("100000");
    }
}
