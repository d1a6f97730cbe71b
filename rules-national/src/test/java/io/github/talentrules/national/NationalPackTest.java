package io.github.talentrules.national;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.Case;
import io.github.talentrules.Decision;
import io.github.talentrules.Finding;
import io.github.talentrules.Funding;
import io.github.talentrules.Language;
import io.github.talentrules.Outcome;
import io.github.talentrules.Status;
import io.github.talentrules.TalentRules;
import io.github.talentrules.pack.Rule;
import io.github.talentrules.testing.PackContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NationalPackTest {
    static final TalentRules RULES = TalentRules.builder().classpathPack("national").build();
    static final String DOCUMENT = "国家海外高层次人才引进计划管理办法";
    static final Path EXAMPLES = Path.of("../examples/cases/national");

    @TestFactory
    Stream<DynamicNode> scenarios() throws IOException {
        return PackContract.scenarios(RULES, Path.of("src/test/resources/talent-rules/national/scenarios"));
    }

    @Test
    void everyRuleFiresInAScenario() throws java.io.IOException {
        PackContract.scenariosFireEveryRule(RULES, "national", Path.of("src/test/resources/talent-rules/national/scenarios"));
    }

    /** A name states the condition, not the number: under a reform of a parameter the rule reads, the name stays true. */
    @Test
    void namesStateNoParameterValue() {
        PackContract.namesStateNoParameterValue(RULES, "national");
    }

    @Test
    void everyArticleIsAccountedFor() {
        PackContract.articleTableIsComplete(RULES, "national", Map.of(DOCUMENT, 43));
    }

    @Test
    void everyProgrammeOfArticles5To12IsThere() {
        assertThat(RULES.packs()).singleElement().satisfies(p -> assertThat(p.programmes())
                .extracting(io.github.talentrules.pack.Programme::id)
                .containsExactly("national.innovation-long", "national.innovation-short", "national.entrepreneur",
                        "national.youth", "national.youth-finance", "national.foreign-expert", "national.top-talent",
                        "national.xinjiang-tibet", "national.culture-arts"));
    }

    @Test
    void chineseNamesAndFullWidthBracketsComeBackIntact() {
        Rule rule = RULES.rules("national").get("7.3 在国内时间上限");
        assertThat(rule.article()).contains("第七条第（三）项");
        assertThat(rule.programmes()).containsExactly("national.entrepreneur");
    }

    /** One example case per programme, in examples/cases/national, each with the outcome its file name promises. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "innovation-long.yaml,    ELIGIBLE",
        "innovation-short.yaml,   ELIGIBLE",
        "entrepreneur.yaml,       ELIGIBLE",
        "youth.yaml,              ELIGIBLE",
        "youth-finance.yaml,      NEEDS_REVIEW",
        "foreign-expert.yaml,     ELIGIBLE",
        "top-talent.yaml,         ELIGIBLE",
        "xinjiang-tibet.yaml,     ELIGIBLE",
        "culture-arts.yaml,       NEEDS_REVIEW",
    })
    void exampleCasesAreDecided(String file, Outcome expected) {
        Decision d = RULES.decide(RULES.readCase(EXAMPLES.resolve(file)));
        assertThat(d.outcome()).as(d.explain(Language.ZH)).isEqualTo(expected);
        assertThat(d.programme().id()).isEqualTo("national." + file.replace(".yaml", ""));
    }

    @Test
    void everyProgrammeHasAnExampleCase() throws IOException {
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            assertThat(s.map(p -> "national." + p.getFileName().toString().replace(".yaml", "")))
                    .containsExactlyInAnyOrderElementsOf(RULES.packs().get(0).programmes().stream()
                            .map(io.github.talentrules.pack.Programme::id).toList());
        }
    }

    @Test
    void subsidyAndResearchFundingAreUnspecifiedUnlessTheCaseSuppliesAnAmount() {
        Decision youth = RULES.decide(RULES.readCase(EXAMPLES.resolve("youth.yaml")));
        assertThat(youth.funding()).hasValueSatisfying(f -> {
            assertThat(f.unspecified()).isTrue();
            assertThat(f.amount()).isEmpty();
        });
        assertThat(youth.findings()).filteredOn(f -> f.rule().startsWith("28 科研经费补助额度"))
                .singleElement().satisfies(f -> assertThat(f.note()).hasValue(io.github.talentrules.Note.AMOUNT_UNSPECIFIED));

        Case approved = Case.builder("national.innovation-long", java.time.LocalDate.parse("2018-06-01"))
                .fact("approvedSubsidy", new java.math.BigDecimal("1000000")).build();
        Decision d = RULES.decide(approved);
        assertThat(d.funding().flatMap(Funding::amount)).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("1000000"));
    }

    @Test
    void oneApplicantPerCompanyIsCheckedOverABatch() {
        Case a = RULES.readCase(EXAMPLES.resolve("entrepreneur.yaml"));
        Case b = new Case(a.programme(), a.asOf(), withFact(a.facts(), "birthDate", java.time.LocalDate.parse("1975-03-03")),
                a.attestations(), "applicant B");
        Case c = new Case(a.programme(), a.asOf(), withFact(a.facts(), "companyId", "91320500MA1XXXXXX2"),
                a.attestations(), "applicant C");

        var batch = RULES.decideAll(List.of(a, b, c));

        assertThat(batch.decisions()).extracting(Decision::outcome)
                .containsExactly(Outcome.NEEDS_REVIEW, Outcome.NEEDS_REVIEW, Outcome.ELIGIBLE);
        assertThat(batch.decisions().get(0).findings()).filteredOn(f -> f.rule().equals("7.4 一家企业只能申报一名"))
                .singleElement().extracting(Finding::status).isEqualTo(Status.REVIEW);
        assertThat(batch.decisions().get(0).explain(Language.ZH)).contains("applicant B");
        assertThat(batch.decisions().get(2).findings()).filteredOn(f -> f.rule().equals("7.4 一家企业只能申报一名"))
                .singleElement().extracting(Finding::status).isEqualTo(Status.PASS);
        assertThat(RULES.decide(a).outcome()).as("a single case never runs batch rules").isEqualTo(Outcome.ELIGIBLE);
    }

    private static Map<String, Object> withFact(Map<String, Object> facts, String name, Object value) {
        Map<String, Object> m = new java.util.LinkedHashMap<>(facts);
        m.put(name, value);
        return m;
    }
}
