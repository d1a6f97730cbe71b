package io.github.talentrules.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.Outcome;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated sheet of 10,000 candidates, one in a hundred bad, decided in order with the counts right.
 * (No company column: the demo pack's one-applicant-per-company rule compares every pair of rows.)
 */
class LargeSheetTest {
    @TempDir
    Path dir;

    @Test
    void tenThousandRows() throws IOException {
        Path in = dir.resolve("big.csv");
        int n = 10_000;
        int eligible = 0;
        int bad = 0;
        try (Writer w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
            w.write("序号,项目,基准日,出生日期,学位,建有平台,业绩突出\n");
            for (int i = 0; i < n; i++) {
                int year = 1970 + i % 40;
                boolean broken = i % 100 == 99;
                w.write(i + ",demo.grant,2024-06-01," + (broken ? year + "-02-30" : year + "-01-01") + ",MASTER,是,是\n");
                if (broken) {
                    bad++;
                } else if (2024 - year <= 40) {
                    eligible++;
                }
            }
        }
        Path out = dir.resolve("big.csv.out.csv");
        Summary s = SheetCheck.builder(SheetCheckTest.RULES).build().check(in, out);

        assertThat(s.rows()).isEqualTo(n);
        assertThat(s.errors()).isEqualTo(bad);
        assertThat(s.count(Outcome.ELIGIBLE)).isEqualTo(eligible);
        assertThat(s.count(Outcome.INELIGIBLE)).isEqualTo(n - bad - eligible);
        List<List<String>> rows = SheetCheckTest.readCsv(out);
        assertThat(rows).hasSize(n + 1);
        for (int i = 0; i < n; i++) {
            assertThat(rows.get(i + 1).get(0)).isEqualTo(String.valueOf(i));
        }
    }
}
