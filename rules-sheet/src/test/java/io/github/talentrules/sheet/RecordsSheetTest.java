package io.github.talentrules.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.TalentRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fact that is a list of records in a sheet: each record in numbered columns (来访者1·姓名, 来访者2·姓名…). */
class RecordsSheetTest {
    private static final TalentRules RULES = TalentRules.builder().packFolder(Path.of("../rules-core/src/test/resources/packs/money")).build();

    @TempDir
    Path dir;

    @Test
    void aSheetGivesEachRecordNumberedColumns() throws Exception {
        Path in = dir.resolve("exchange.csv");
        Files.writeString(in, String.join("\n",
                "序号,项目,基准日,已登记,来访者1·姓名,来访者1·天数,来访者2·姓名,来访者2·天数,visitor 3 - days",
                "1,money.exchange,2025-06-01,是,Ada,3,Bo,2,",
                "2,money.exchange,2025-06-01,是,Ada,3,,,5",
                "3,money.exchange,2025-06-01,是,Ada,3,Bo,两天,") + "\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.csv");

        Summary summary = SheetCheck.builder(RULES).build().check(in, out);

        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(1)).contains("符合条件").contains("最高100000").contains("不计入资助：来访者2 Bo");
        assertThat(lines.get(2)).contains("来访者2：各列为空，而其后的来访者有内容（请按序号连续填写）");
        assertThat(lines.get(3)).contains("来访者2·天数：“两天”不是数字");
        assertThat(summary.errors()).isEqualTo(2);
    }
}
