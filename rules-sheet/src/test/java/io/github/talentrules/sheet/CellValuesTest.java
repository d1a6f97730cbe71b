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
}
