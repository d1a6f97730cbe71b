package io.github.talentrules.zhengzhou;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.Decision;
import io.github.talentrules.Funding;
import io.github.talentrules.Language;
import io.github.talentrules.Outcome;
import io.github.talentrules.Tranche;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Decides every example case of the README (examples/cases/zhengzhou) and checks its outcome. */
class ExampleCasesTest {
    static final Path CASES = Path.of("../examples/cases/zhengzhou");

    private static Decision decide(String file) {
        return ZhengzhouPackTest.RULES.decide(ZhengzhouPackTest.RULES.readCase(CASES.resolve(file)));
    }

    private static BigDecimal yuan(long amount) {
        return BigDecimal.valueOf(amount);
    }

    @Test
    void thereIsOneExampleForEachProgramme() throws Exception {
        try (Stream<Path> files = Files.list(CASES)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    "demo-base.yaml", "expert-studio.yaml", "intl-exchange.yaml", "intl-training.yaml",
                    "social-talent.yaml", "tech-cooperation.yaml");
        }
    }

    @Test
    void internationalTrainingOf120DaysIsFundedWith50000Yuan() {
        Decision d = decide("intl-training.yaml");
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.funding().flatMap(Funding::amount)).contains(yuan(50000));
        assertThat(d.findings()).anyMatch(f -> f.rule().equals("17 其他人员资助经费从全市人才专项经费中核拨"));
    }

    @Test
    void expertStudioIsFundedWithTheApprovedAmountUnderTheCap() {
        Decision d = decide("expert-studio.yaml");
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.funding().flatMap(Funding::amount)).contains(yuan(450000));
        assertThat(d.funding().flatMap(Funding::cap)).contains(yuan(600000));
    }

    @Test
    void techCooperationWaitsForTheReviewerOnTheProjectsLeadingPosition() {
        Decision d = decide("tech-cooperation.yaml");
        assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(d.missing()).containsExactly("attestations.projectLeading");
        assertThat(d.reviewArticles()).containsExactly("第六条第（三）项");
        assertThat(d.funding().flatMap(Funding::cap)).contains(yuan(600000));
    }

    @Test
    void anExpertWhoseExchangeIsTooShortIsLeftOutAndTheProjectIsFundedForTheOther() {
        Decision d = decide("intl-exchange.yaml");
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.funding().flatMap(Funding::cap)).contains(yuan(200000));
        assertThat(d.excludedRecords()).containsExactly("experts[0]");
        assertThat(d.failedRules()).isEmpty();
        assertThat(d.explain(Language.ZH)).contains("[不符合] 7.4 在郑活动时间下限【来访专家1 Anna Weber，不计入】", "在郑举办讲座、参会、交流活动的时间（天） 2 < 3");
        assertThat(d.explain(Language.EN)).contains("7.4 Minimum days of activity in Zhengzhou [visiting expert 1 Anna Weber, left out]");
        assertThat(d.summary(Language.ZH)).isEqualTo("符合条件；资助 最高 200000元（20万元）；不符合条件、不计入资助：来访专家1 Anna Weber");
    }

    @Test
    void demonstrationBaseIsSettledAtTheCostsActuallyIncurred() {
        Decision d = decide("demo-base.yaml");
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.funding().flatMap(Funding::amount)).contains(yuan(380000));
        assertThat(d.funding().orElseThrow().tranches()).extracting(Tranche::state).containsExactly(Tranche.State.DUE);
    }

    @Test
    void socialTalentHasItsFirstPaymentPaidAndTheSecondPending() {
        Decision d = decide("social-talent.yaml");
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        Funding f = d.funding().orElseThrow();
        assertThat(f.amount()).contains(yuan(200000));
        assertThat(f.tranches()).extracting(Tranche::state).containsExactly(Tranche.State.PAID, Tranche.State.PENDING);
        assertThat(f.tranches()).extracting(t -> t.amount().stripTrailingZeros())
                .containsExactly(yuan(120000).stripTrailingZeros(), yuan(80000).stripTrailingZeros());
        assertThat(f.tranches()).extracting(Tranche::whenEn)
                .containsExactly("on confirmation, at the unit's request", "on the result of the final assessment");
    }

    @Test
    void everyExampleExplainsItselfInChineseAndEnglish() throws Exception {
        try (Stream<Path> files = Files.list(CASES)) {
            for (Path p : files.toList()) {
                Decision d = decide(p.getFileName().toString());
                assertThat(d.explain(io.github.talentrules.Language.ZH)).contains(d.programme().zh());
                assertThat(d.toJson(io.github.talentrules.Language.EN)).contains(d.programme().id());
            }
        }
    }
}
