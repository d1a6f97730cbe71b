package io.github.talentrules.analysis;

import io.github.talentrules.DemoPack;
import io.github.talentrules.Case;
import io.github.talentrules.Language;
import io.github.talentrules.Outcome;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ImpactTest {
    static final Path WORKBENCH = Path.of("src/test/resources/workbench");

    private static List<Case> people() throws IOException {
        try (Stream<Path> s = Files.list(WORKBENCH.resolve("people"))) {
            return s.sorted().map(DemoPack.RULES::readCase).toList();
        }
    }

    @Test
    void countsTheCasesThatChangeOutcomeAndTheFundingThatMoves() throws IOException {
        Impact impact = Impact.compare(DemoPack.RULES, ReformTest.AGE_35, people());

        assertThat(impact.changed()).isEqualTo(2);
        assertThat(impact.rows()).extracting(r -> Path.of(r.source()).getFileName().toString())
                .containsExactly("age-38.yaml", "age-39.yaml", "age-30.yaml", "age-41.yaml");
        Impact.Row first = impact.rows().get(0);
        assertThat(first.before()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(first.after()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(first.difference()).isEqualByComparingTo("-100000");
        assertThat(first.rulesChanged()).containsExactly("2.1 年龄在40周岁以下: PASS → FAIL");

        Impact.Summary s = impact.byProgramme().get(0);
        assertThat(s.programme()).isEqualTo("demo.grant");
        assertThat(s.cases()).isEqualTo(4);
        assertThat(s.transitions()).isEqualTo(Map.of("ELIGIBLE → INELIGIBLE", 2));
        assertThat(s.fundingBefore()).isEqualByComparingTo("300000");
        assertThat(s.fundingAfter()).isEqualByComparingTo("100000");
        assertThat(s.difference()).isEqualByComparingTo(new BigDecimal("-200000"));
        assertThat(impact.summary(Language.ZH)).contains("demo.grant: 4 个案例，2 个结论或金额改变",
                "ELIGIBLE → INELIGIBLE: 2", "资助（符合条件者）：改前 300000元（30万元），改后 100000元（10万元），差额 -200000元（-20万元）");
    }

    @Test
    void writesOneCsvRowPerCaseTheChangedFirst() throws IOException {
        StringWriter out = new StringWriter();
        Impact.compare(DemoPack.RULES, ReformTest.AGE_35, people()).writeCsv(out);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("source,programme,changed,outcome_before,amount_before,outcome_after,amount_after,difference,rules_changed");
        assertThat(lines.get(1)).endsWith("age-38.yaml,demo.grant,outcome,ELIGIBLE,100000,INELIGIBLE,,-100000,2.1 年龄在40周岁以下: PASS → FAIL");
        assertThat(lines.get(4)).endsWith("age-41.yaml,demo.grant,,INELIGIBLE,,INELIGIBLE,,0,");
    }

    @Test
    void aReformThatChangesNothingReportsNoChange() throws IOException {
        Impact impact = Impact.compare(DemoPack.RULES, DemoPack.RULES, people());

        assertThat(impact.changed()).isZero();
        assertThat(impact.summary(Language.EN)).contains("no outcome changes", "difference 0 yuan");
    }
}
