package io.github.talentrules.analysis;

import io.github.talentrules.DemoPack;
import io.github.talentrules.TalentRules;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CoverageTest {
    static final Path WORKBENCH = Path.of("src/test/resources/workbench");

    @Test
    void listsTheRulesNoScenarioFiresAndTheArticlesNeverTouched() {
        Coverage coverage = new Coverage();
        TalentRules recording = DemoPack.RULES.recordingTo(coverage);

        Scenario.read(WORKBENCH.resolve("demo-scenarios.yaml")).forEach(s -> assertThat(s.check(recording)).isEmpty());

        assertThat(coverage.packs()).containsExactly("demo");
        assertThat(coverage.neverFired("demo")).containsExactly("2.1 西部地区可适当放宽年龄", "4 每家企业一人", "4 遴选2名左右");
        assertThat(coverage.firings("demo")).containsEntry("2.1 年龄在40周岁以下", 4L).containsEntry("3 第一期尚未确定", 1L);
        assertThat(coverage.articlesNeverTouched("demo")).containsExactly("示例〔2024〕1号 第四条");
        assertThat(coverage.articlesExercised("demo")).contains("示例〔2024〕1号 第二条", "示例〔2024〕1号 第五条");
        assertThat(coverage.percent("demo")).isEqualByComparingTo("75");
        assertThat(coverage.text())
                .contains("coverage of pack demo: 9 of 12 rules fired (75%), 4 decisions of demo.grant")
                .contains("NEVER FIRED  2.1 Age may be relaxed in the west\n")
                .contains("NEVER FIRED  4 One applicant per company  (a rule over a batch)\n")
                .contains("ARTICLE NEVER TOUCHED  示例〔2024〕1号 art. 4\n");
        assertThat(coverage.text(io.github.talentrules.Language.ZH))
                .contains("规则包 demo 的覆盖率：12 条规则中 9 条触发过（75%），demo.grant 的 4 个判定\n")
                .contains("  从未触发      2.1 西部地区可适当放宽年龄\n")
                .contains("  从未触发      4 每家企业一人（批量规则）\n")
                .contains("  从未涉及的条款  示例〔2024〕1号 第四条\n")
                .doesNotContain("fired", "NEVER", "art.");
        assertThat(coverage.toJson()).contains("\"neverFired\" : [ \"2.1 西部地区可适当放宽年龄\", \"4 每家企业一人\", \"4 遴选2名左右\" ]");
    }

    @Test
    void aRelaxationClaimedAndABatchFireTheirRules() {
        Coverage coverage = new Coverage();
        TalentRules recording = DemoPack.RULES.recordingTo(coverage);

        recording.decide(DemoPack.eligible().fact("birthDate", java.time.LocalDate.of(1980, 1, 1)).fact("westernRegion", true).build());
        recording.decideAll(java.util.List.of(DemoPack.eligible().fact("companyName", "甲").build(),
                DemoPack.eligible().fact("companyName", "甲").build()));

        assertThat(coverage.neverFired("demo")).doesNotContain("2.1 西部地区可适当放宽年龄", "4 每家企业一人");
    }

    @Test
    void thePackContractNamesTheRulesAPacksScenariosNeverFireButThoseOverABatch(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        java.nio.file.Files.copy(WORKBENCH.resolve("demo-scenarios.yaml"), dir.resolve("grant.yaml"));

        assertThat(io.github.talentrules.testing.PackContract.rulesNoScenarioFires(DemoPack.RULES, "demo", dir))
                .containsExactly("2.1 西部地区可适当放宽年龄");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> io.github.talentrules.testing.PackContract.scenariosFireEveryRule(DemoPack.RULES, "demo", dir))
                .isInstanceOf(AssertionError.class).hasMessageContaining("2.1 西部地区可适当放宽年龄");
    }

    @Test
    void anEngineThatDoesNotRecordCountsNothing() {
        Coverage coverage = new Coverage();
        DemoPack.RULES.recordingTo(coverage);

        DemoPack.RULES.decide(DemoPack.eligible().build());

        assertThat(coverage.packs()).isEmpty();
        assertThat(coverage.text()).isEqualTo("coverage: no decision was recorded\n");
        assertThat(coverage.text(io.github.talentrules.Language.ZH)).isEqualTo("覆盖率：没有记录到任何判定\n");
    }

    @Test
    void scenariosUnderAReformRecordToTheSameCoverage() {
        Coverage coverage = new Coverage();
        TalentRules recording = DemoPack.RULES.recordingTo(coverage);

        Scenario.read(WORKBENCH.resolve("demo-age-35-scenarios.yaml")).forEach(s -> assertThat(s.check(recording)).isEmpty());

        assertThat(coverage.firings("demo")).containsEntry("2.1 年龄在40周岁以下", 3L);
    }
}
