package io.github.talentrules.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.Case;
import io.github.talentrules.Decision;
import io.github.talentrules.Language;
import io.github.talentrules.TalentRules;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sheet round trips on seeded random cases: written as a CSV and as an XLSX (dates as date cells),
 * checked, and read back: every row comes back, in order, with the outcome and amount that deciding
 * the same case through the Java API gives.
 */
class SheetRoundTripTest {
    static final TalentRules RULES = SheetCheckTest.RULES;
    static final List<String> HEADER = List.of("序号", "项目", "基准日", "出生日期", "学位", "建有平台", "已确定资助", "业绩突出");
    static final String[] DEGREES = {"NONE", "BACHELOR", "MASTER", "DOCTORATE"};

    @TempDir
    Path dir;

    record Row(LocalDate asOf, LocalDate birth, String degree, Boolean platform, Boolean confirmed, Boolean excellent) {
        Case toCase() {
            Case.Builder b = Case.builder("demo.grant", asOf).fact("birthDate", birth).fact("degree", degree);
            if (platform != null) {
                b.fact("hasPlatform", platform);
            }
            if (confirmed != null) {
                b.fact("confirmed", confirmed);
            }
            if (excellent != null) {
                b.attest("excellent", excellent);
            }
            return b.build();
        }

        List<String> cells(int serial) {
            return List.of(String.valueOf(serial), "demo.grant", asOf.toString(), birth.toString(), degree, yesNo(platform),
                    yesNo(confirmed), yesNo(excellent));
        }
    }

    static String yesNo(Boolean b) {
        return b == null ? "" : b ? "是" : "否";
    }

    static Boolean maybe(Random r) {
        int i = r.nextInt(3);
        return i == 0 ? null : i == 1;
    }

    static List<Row> rows(long seed, int n) {
        Random r = new Random(seed);
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate asOf = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(366));
            out.add(new Row(asOf, asOf.minusYears(30 + r.nextInt(15)).minusDays(r.nextInt(365)), DEGREES[r.nextInt(4)],
                    maybe(r), maybe(r), maybe(r)));
        }
        return out;
    }

    /** The decision columns of each row of the output, by serial, checked against the API's decision of the same case. */
    private void sameAsTheApi(List<Row> rows, List<List<String>> out, long seed) {
        assertThat(out).as("seed %d: a header and every row", seed).hasSize(rows.size() + 1);
        int outcome = HEADER.size();
        for (int i = 0; i < rows.size(); i++) {
            List<String> line = out.get(i + 1);
            assertThat(line.get(0)).isEqualTo(String.valueOf(i + 1));
            Decision d = RULES.decide(rows.get(i).toCase());
            assertThat(line.get(outcome)).as("seed %d, row %d: %s", seed, i + 1, rows.get(i)).isEqualTo(d.outcome().label(Language.ZH));
            assertThat(line.get(outcome + 1)).as("seed %d, row %d: amount", seed, i + 1)
                    .isEqualTo(d.amount().map(BigDecimal::toPlainString).orElse(""));
        }
    }

    @Test
    void csvRoundTrip() throws IOException {
        long seed = 15_9L;
        List<Row> rows = rows(seed, 200);
        Path in = dir.resolve("in.csv");
        StringBuilder b = new StringBuilder(String.join(",", HEADER)).append('\n');
        for (int i = 0; i < rows.size(); i++) {
            b.append(String.join(",", rows.get(i).cells(i + 1))).append('\n');
        }
        Files.writeString(in, b);
        Summary s = SheetCheck.builder(RULES).build().check(in, dir.resolve("out.csv"));

        assertThat(s.rows()).isEqualTo(rows.size());
        assertThat(s.errors()).isZero();
        sameAsTheApi(rows, SheetCheckTest.readCsv(dir.resolve("out.csv")), seed);
    }

    @Test
    void xlsxRoundTripWithDateCells() throws IOException {
        long seed = 15_10L;
        List<Row> rows = rows(seed, 200);
        Path in = dir.resolve("in.xlsx");
        try (OutputStream os = Files.newOutputStream(in)) {
            Workbook wb = new Workbook(os, "test", "1.0");
            Worksheet ws = wb.newWorksheet("候选人");
            for (int c = 0; c < HEADER.size(); c++) {
                ws.value(0, c, HEADER.get(c));
            }
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                List<String> cells = row.cells(i + 1);
                ws.value(i + 1, 0, i + 1);
                ws.value(i + 1, 1, cells.get(1));
                ws.value(i + 1, 2, row.asOf());
                ws.style(i + 1, 2).format("yyyy-mm-dd").set();
                ws.value(i + 1, 3, row.birth());
                ws.style(i + 1, 3).format("yyyy-mm-dd").set();
                for (int c = 4; c < cells.size(); c++) {
                    ws.value(i + 1, c, cells.get(c));
                }
            }
            ws.finish();
            wb.finish();
        }
        Summary s = SheetCheck.builder(RULES).build().check(in, dir.resolve("out.csv"));

        assertThat(s.rows()).isEqualTo(rows.size());
        assertThat(s.errors()).isZero();
        sameAsTheApi(rows, SheetCheckTest.readCsv(dir.resolve("out.csv")), seed);
    }
}
