package io.github.talentrules.sues;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.Language;
import io.github.talentrules.sheet.SheetCheck;
import io.github.talentrules.sheet.Summary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example sheet of the pack, checked the way staff check it. The rule over a batch of 第八条第5项第（6）目
 * reads the team rows to judge the other rows: a sheet must pass both to it.
 */
class SuesSheetTest {
    static final Path SHEET = Path.of("../examples/sheets/sues-all-programmes.csv");

    @TempDir
    Path dir;

    @Test
    void theBatchRulesReadEveryProgrammeTheyLookAtNotOnlyTheirSubjects() {
        assertThat(SuesPackTest.RULES.programmesReadAcrossCases())
                .containsExactlyInAnyOrder("sues.expert-team", "sues.foreign-teacher", "sues.high-end-expert", "sues.short-exchange");
    }

    @Test
    void aTeacherRowWhoseExpertIsATeamMemberOfAnotherRowIsFlagged() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(SHEET, StandardCharsets.UTF_8));
        List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(",", -1));
        int expert = header.indexOf("外国专家识别号（如护照号）");
        int teacherRow = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).contains(",sues.foreign-teacher,")) {
                teacherRow = i;
            }
        }
        assertThat(expert).isNotNegative();
        assertThat(lines.get(1)).contains("P-DE-1002");   // a member of the team on the first row
        String[] cells = lines.get(teacherRow).split(",", -1);
        cells[expert] = "P-DE-1002";
        lines.set(teacherRow, String.join(",", cells));
        Path in = dir.resolve("sues.csv");
        Files.write(in, lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("decided.csv");

        Summary summary = SheetCheck.builder(SuesPackTest.RULES).language(Language.ZH).build().check(in, out);

        assertThat(summary.acrossRows()).singleElement().asString()
                .startsWith("第" + (teacherRow + 1) + "行").contains("8.5.6 团队成员又申报其他三类项目（批量核对）");
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8).get(teacherRow)).contains("需人工审核（第八条第5项第（6）目）");
    }
}
