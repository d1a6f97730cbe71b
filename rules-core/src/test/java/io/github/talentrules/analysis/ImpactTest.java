package io.github.talentrules.analysis;

import io.github.talentrules.DemoPack;
import io.github.talentrules.Case;
import io.github.talentrules.Language;
import io.github.talentrules.Outcome;
import io.github.talentrules.TalentRules;
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
        assertThat(first.changes()).extracting(c -> c.text(Language.ZH))
                .containsExactly("2.1 年龄在40周岁以下：符合 → 不符合（年龄（周岁） 38 ≤ 40 → 年龄（周岁） 38 > 35（改革：年龄在35周岁以下））");

        Impact.Summary s = impact.byProgramme().get(0);
        assertThat(s.programme()).isEqualTo("demo.grant");
        assertThat(s.cases()).isEqualTo(4);
        assertThat(s.transitions()).isEqualTo(Map.of(new Impact.Move(Outcome.ELIGIBLE, Outcome.INELIGIBLE), 2));
        assertThat(s.reasons()).isEqualTo(Map.of("2.1 年龄在40周岁以下", 2));
        assertThat(s.gains()).isEqualByComparingTo("0");
        assertThat(s.losses()).isEqualByComparingTo("-200000");
        assertThat(s.fundingBefore()).isEqualByComparingTo("300000");
        assertThat(s.fundingAfter()).isEqualByComparingTo("100000");
        assertThat(s.difference()).isEqualByComparingTo(new BigDecimal("-200000"));
        assertThat(impact.summary(Language.ZH)).contains("（demo.grant）：4 个案例，2 个结论或金额改变",
                "符合条件 → 不符合条件：2", "改变的原因（条款：案例数）：2.1 年龄在40周岁以下：2",
                "资助（符合条件者）：改前 300000元（30万元），改后 100000元（10万元），净差额 -200000元（-20万元）",
                "其中增加 0元，减少 200000元（20万元）");
    }

    @Test
    void writesOneCsvRowPerCaseTheChangedFirstInTheReadersLanguage() throws IOException {
        StringWriter out = new StringWriter();
        Impact.compare(DemoPack.RULES, ReformTest.AGE_35, people()).writeCsv(out, Language.ZH);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("\uFEFF来源,项目,改变,改前结论,改前金额（元）,改后结论,改后金额（元）,差额（元）,改变的条款与数值（改前 → 改后）");
        assertThat(lines.get(1)).endsWith("age-38.yaml,demo.grant,结论,符合条件,100000,不符合条件,,-100000,"
                + "2.1 年龄在40周岁以下：符合 → 不符合（年龄（周岁） 38 ≤ 40 → 年龄（周岁） 38 > 35（改革：年龄在35周岁以下））");
        assertThat(lines.get(4)).endsWith("age-41.yaml,demo.grant,,不符合条件,,不符合条件,,0,");

        StringWriter en = new StringWriter();
        Impact.compare(DemoPack.RULES, ReformTest.AGE_35, people()).writeCsv(en, Language.EN);
        assertThat(en.toString()).startsWith("\uFEFFsource,programme,changed,outcome before,").contains(",outcome,eligible,100000,ineligible,,-100000,");
    }

    @Test
    void theDifferenceIsTheChangeInTheAmountAndAReviewCaseShowsIt() {
        // NEEDS_REVIEW 100000 → INELIGIBLE: the amount falls by 100000, though no eligible funding moves.
        Case review = DemoPack.RULES.readCase(ImpactTest.WORKBENCH.resolve("people/age-38.yaml"));
        Case unsure = new Case(review.programme(), review.asOf(), review.facts(), Map.of(), review.source());
        Impact impact = Impact.compare(DemoPack.RULES, ReformTest.AGE_35, List.of(unsure));

        Impact.Row row = impact.rows().get(0);
        assertThat(row.before()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(row.difference()).isEqualByComparingTo("-100000");
        assertThat(row.fundedDifference()).isEqualByComparingTo("0");
        assertThat(impact.summary(Language.ZH)).contains("涉及待审核的案例：", "需人工审核 100000元（10万元） → 不符合条件 —，差额 -100000元（-10万元）");
    }

    @Test
    void aChangeOfTheAmountAloneNamesTheRuleAndTheValues() throws IOException {
        TalentRules twelve = DemoPack.RULES.withReform(Reform.read(WORKBENCH.resolve("demo-amount-12.yaml")));
        Impact impact = Impact.compare(DemoPack.RULES, twelve, people());

        Impact.Row first = impact.rows().get(0);
        assertThat(first.outcomeChanged()).isFalse();
        assertThat(first.difference()).isEqualByComparingTo("20000");
        assertThat(first.changes()).isNotEmpty();
        assertThat(first.reason(Language.ZH)).contains("100000").contains("120000").contains(" → ");
        Impact.Summary s = impact.byProgramme().get(0);
        assertThat(s.gains()).isEqualByComparingTo("60000");
        assertThat(s.losses()).isEqualByComparingTo("0");
        assertThat(s.difference()).isEqualByComparingTo("60000");
    }

    @Test
    void aReformThatChangesNothingReportsNoChange() throws IOException {
        Impact impact = Impact.compare(DemoPack.RULES, DemoPack.RULES, people());

        assertThat(impact.changed()).isZero();
        assertThat(impact.summary(Language.EN)).contains("no outcome changes", "net difference 0 yuan");
    }
}
