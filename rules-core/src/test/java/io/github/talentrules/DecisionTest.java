package io.github.talentrules;

import static io.github.talentrules.DemoPack.RULES;
import static io.github.talentrules.DemoPack.eligible;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecisionTest {

    @Test
    void aCaseThatMeetsEveryConditionIsEligibleWithItsFundingInTranches() {
        Decision d = RULES.decide(eligible().build());

        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.missing()).isEmpty();
        Funding f = d.funding().orElseThrow();
        assertThat(f.amount()).contains(new BigDecimal("100000"));
        assertThat(f.tranches()).extracting(t -> t.amount().stripTrailingZeros())
                .containsExactly(new BigDecimal("6E+4"), new BigDecimal("4E+4"));
        assertThat(f.tranches()).extracting(Tranche::state).containsExactly(Tranche.State.DUE, Tranche.State.PENDING);
        assertThat(d.findings()).allMatch(x -> x.status() == Status.PASS);
    }

    @Test
    void theAmountIsTheExactYuanAwardedAndEmptyWhenNoneIs() {
        assertThat(RULES.decide(eligible().build()).amount()).contains(new BigDecimal("100000"));
        assertThat(RULES.decide(eligible().fact("birthDate", LocalDate.of(1970, 1, 1)).build()).amount()).isEmpty();
    }

    @ParameterizedTest(name = "born {0}: age {1} on 2024-06-01 → {2}")
    @CsvSource({
        "1984-06-01, 40, ELIGIBLE",     // the boundary: 40周岁以下 admits 40
        "1984-06-02, 39, ELIGIBLE",     // one below
        "1983-06-02, 40, ELIGIBLE",     // the day before the 41st birthday: still 40
        "1983-06-01, 41, INELIGIBLE",   // one above
    })
    void ageIsCompletedYearsOnTheReferenceDateAndTheBoundaryIsIncluded(LocalDate born, int age, Outcome outcome) {
        Decision d = RULES.decide(eligible().fact("birthDate", born).build());

        assertThat(d.outcome()).isEqualTo(outcome);
        Finding ageFinding = d.findings().stream().filter(f -> f.rule().equals("2.1 年龄在40周岁以下")).findFirst().orElseThrow();
        assertThat(ageFinding.clauses().get(0).subject().value()).isEqualTo(age);
    }

    @Test
    void anAbsentFactIsNeverReadAsFalseOrZero() {
        Decision d = RULES.decide(eligible().fact("birthDate", null).fact("degree", null).build());

        assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(d.missing()).containsExactly("facts.birthDate", "facts.degree");
        assertThat(d.reviewArticles()).containsExactly("第二条第（一）项", "第二条第（二）项");
        assertThat(d.funding()).isPresent();
    }

    @Test
    void aMissingAttestationAsksForReviewAndAFalseOneFails() {
        Decision absent = RULES.decide(Case.builder("demo.grant", LocalDate.of(2024, 6, 1))
                .fact("birthDate", LocalDate.of(1990, 1, 1)).fact("degree", "MASTER").fact("hasPlatform", true).build());
        Decision refused = RULES.decide(eligible().attest("excellent", false).build());

        assertThat(absent.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(absent.missing()).containsExactly("attestations.excellent");
        assertThat(refused.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(refused.failedRules()).containsExactly("2.4 业绩突出（审核人认定）");
        assertThat(refused.funding()).isEmpty();
    }

    @Test
    void anUnmetSoftConditionAsksForReviewRatherThanFailing() {
        Decision d = RULES.decide(eligible().fact("hasPlatform", false).build());

        assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        Finding soft = d.findings().stream().filter(f -> f.rule().equals("2.3 一般应建有平台")).findFirst().orElseThrow();
        assertThat(soft.status()).isEqualTo(Status.REVIEW);
        assertThat(soft.note()).contains(Note.SOFT_CONDITION);
    }

    @Test
    void aClaimedRelaxationTurnsTheFailIntoReviewAndKeepsBothFindings() {
        Case over = eligible().fact("birthDate", LocalDate.of(1980, 1, 1)).build();
        Decision unclaimed = RULES.decide(over);
        Decision claimed = RULES.decide(eligible().fact("birthDate", LocalDate.of(1980, 1, 1)).fact("westernRegion", true).build());

        assertThat(unclaimed.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(claimed.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(claimed.failedArticles()).isEmpty();
        assertThat(claimed.findings()).extracting(Finding::rule)
                .contains("2.1 年龄在40周岁以下", "2.1 西部地区可适当放宽年龄");
        assertThat(claimed.findings()).filteredOn(f -> f.relaxes().isPresent())
                .singleElement().satisfies(f -> {
                    assertThat(f.status()).isEqualTo(Status.REVIEW);
                    assertThat(f.note()).contains(Note.RELAXATION_CLAIMED);
                });
    }

    @ParameterizedTest(name = "asOf {0} → {1}")
    @CsvSource({"2023-12-31, INELIGIBLE", "2024-01-01, ELIGIBLE", "2024-12-31, ELIGIBLE", "2025-01-01, INELIGIBLE"})
    void theDocumentIsJudgedInForceOnTheCaseDateNotTheClock(LocalDate asOf, Outcome outcome) {
        Case c = eligible().build();
        Decision d = RULES.decide(new Case(c.programme(), asOf, c.facts(), c.attestations(), "case"));

        assertThat(d.outcome()).isEqualTo(outcome);
        if (outcome == Outcome.INELIGIBLE) {
            assertThat(d.failedArticles()).containsExactly("第五条");
        }
    }

    @Test
    void explanationsNameTheArticleAndTheValuesComparedInBothLanguages() {
        Decision d = RULES.decide(eligible().fact("birthDate", LocalDate.of(1980, 1, 1)).build());

        assertThat(d.explain(Language.ZH)).contains("结论：不符合条件", "第二条第（一）项", "年龄（周岁） 44 > 40", "2.1 年龄在40周岁以下");
        assertThat(d.explain(Language.EN)).contains("Outcome: ineligible", "art. 2(1)", "age 44 > 40", "Aged 40 or under");
        assertThat(d.summary(Language.ZH)).isEqualTo("不符合条件（第二条第（一）项）");
    }

    @Test
    void theJsonHasTheFieldsTheReadmePromises() throws Exception {
        JsonNode j = new ObjectMapper().readTree(RULES.decide(eligible().fact("degree", null).build()).toJson(Language.EN));

        assertThat(j.get("program").asText()).isEqualTo("demo.grant");
        assertThat(j.get("document").asText()).isEqualTo("示例〔2024〕1号");
        assertThat(j.get("asOf").asText()).isEqualTo("2024-06-01");
        assertThat(j.get("outcome").asText()).isEqualTo("NEEDS_REVIEW");
        assertThat(j.at("/funding/amount").decimalValue()).isEqualByComparingTo("100000");
        assertThat(j.at("/funding/tranches/0/amount").decimalValue()).isEqualByComparingTo("60000");
        assertThat(j.at("/funding/tranches/1/state").asText()).isEqualTo("PENDING");
        assertThat(j.get("missing")).extracting(JsonNode::asText).containsExactly("facts.degree");
        JsonNode degree = null;
        for (JsonNode f : j.get("findings")) {
            assertThat(f.has("rule") && f.has("article") && f.has("status") && f.has("message")).isTrue();
            if (f.get("rule").asText().equals("2.2 具有硕士以上学位")) {
                degree = f;
            }
        }
        assertThat(degree).isNotNull();
        assertThat(degree.get("status").asText()).isEqualTo("REVIEW");
        assertThat(degree.get("values").get("grant.min-degree").asText()).isEqualTo("MASTER");
    }

    @Test
    void theJsonWritesEveryValueWithItsTypeAndNumbersAsTheLawWritesThem() throws Exception {
        // A tranche's amount is 100000 × 0.6 = 60000.0 in BigDecimal: the JSON says 60000.
        String json = RULES.decide(eligible().build()).toJson(Language.ZH);
        JsonNode j = new ObjectMapper().readTree(json);

        assertThat(json).contains("\"amount\":100000,").contains("\"amount\":60000,").contains("\"amount\":40000,");
        assertThat(json).doesNotContainPattern("\\d\\.0\\b").doesNotContain("{share=").doesNotContain("\"[");
        assertThat(j.at("/funding/tranches/0/amount").isIntegralNumber()).isTrue();
        JsonNode schedule = null;
        for (JsonNode f : j.get("findings")) {
            if (f.path("values").has("grant.schedule")) {
                schedule = f.path("values").get("grant.schedule");
            }
        }
        assertThat(schedule).as("the payment schedule, a table, is an array of rows").isNotNull();
        assertThat(schedule.isArray()).isTrue();
        assertThat(schedule.get(0).get("share").isNumber()).isTrue();
        assertThat(schedule.get(0).get("share").decimalValue()).isEqualByComparingTo("0.6");
        assertThat(schedule.get(0).get("when").asText()).isEqualTo("确定后拨付");
    }

    @Test
    void rulesOverABatchFlagEveryCaseThatSharesACompanyAndCountTheQuota() {
        Case a = eligible().fact("companyName", "甲公司").fact("selected", true).source("row 2").build();
        Case b = eligible().fact("companyName", "甲公司").fact("selected", true).source("row 3").build();
        Case c = eligible().fact("companyName", "乙公司").fact("selected", true).source("row 4").build();

        Batch batch = RULES.decideAll(List.of(a, b, c));

        assertThat(batch.decisions()).extracting(Decision::outcome)
                .containsExactly(Outcome.NEEDS_REVIEW, Outcome.NEEDS_REVIEW, Outcome.ELIGIBLE);
        assertThat(batch.decisions().get(0).explain(Language.EN)).contains("row 3");
        assertThat(batch.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("4 遴选2名左右");
            assertThat(f.status()).isEqualTo(Status.REVIEW);
        });
        assertThat(batch.explainFindings(Language.ZH)).contains("selected 3 > 2");
        assertThat(RULES.decide(a).outcome()).as("a single case never runs batch rules").isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void aCountOverTheBatchIsReportedOnlyWhenTheBatchHasCasesOfItsProgramme() {
        Batch none = RULES.decideAll(List.of());
        assertThat(none.findings()).isEmpty();
    }
}
