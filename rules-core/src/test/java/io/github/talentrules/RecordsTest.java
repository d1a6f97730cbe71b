package io.github.talentrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fact that is a list of records (several visiting experts of one project): read from YAML, JSON, Java
 * and numbered sheet columns; each record judged on its own; a record that fails is left out of the case's
 * funding, which adds up the caps of those that qualify; the case fails only when none does.
 */
class RecordsTest {
    private static final TalentRules RULES = TalentRules.builder().packFolder(Path.of("src/test/resources/packs/money")).build();

    @TempDir
    Path dir;

    private static Case exchange(String visitors) {
        return RULES.readCase("""
                program: money.exchange
                asOf: 2025-06-01
                facts:
                  registered: true
                """ + visitors, "case.yaml");
    }

    @Test
    void aListOfRecordsIsReadWithEachFieldTyped() {
        Case c = exchange("""
                  visitors:
                    - {name: Ada, days: 3}
                    - {name: Bo}
                """);

        assertThat(c.facts().get("visitors")).isEqualTo(List.of(Map.of("name", "Ada", "days", 3), Map.of("name", "Bo")));
    }

    @Test
    void aFieldTheRecordDoesNotDeclareOrAValueOfTheWrongTypeIsAnErrorNamingIt() {
        assertThatThrownBy(() -> exchange("""
                  visitors:
                    - {name: Ada, days: 3}
                    - {name: Bo, dayz: 4}
                """)).isInstanceOf(InvalidCaseException.class)
                .hasMessageContaining("facts.visitors[1].dayz").hasMessageContaining("did you mean 'days'?");
        assertThatThrownBy(() -> exchange("""
                  visitors:
                    - {name: Ada, days: three}
                """)).isInstanceOf(InvalidCaseException.class).hasMessageContaining("facts.visitors[0].days");
        assertThatThrownBy(() -> RULES.decide(Case.builder("money.exchange", LocalDate.of(2025, 6, 1))
                .fact("visitors", List.of(Map.of("name", "Ada", "days", "three"))).build()))
                .isInstanceOf(InvalidCaseException.class).hasMessageContaining("facts.visitors[0].days");
    }

    @Test
    void aRecordThatFailsIsLeftOutAndTheCapCountsThoseWhoQualify() throws Exception {
        Decision d = RULES.decide(exchange("""
                  visitors:
                    - {name: Ada, days: 3}
                    - {name: Bo, days: 2}
                    - {name: Cy, days: 5}
                  approvedFunding: 300000
                """));

        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.failedRules()).isEmpty();
        assertThat(d.excludedRecords()).containsExactly("visitors[1]");
        Funding f = d.funding().orElseThrow();
        assertThat(f.cap()).contains(new BigDecimal("200000"));
        assertThat(f.amount()).contains(new BigDecimal("200000"));
        assertThat(f.reduction()).contains(new BigDecimal("100000"));
        assertThat(d.explain(Language.ZH)).contains("[不符合] 9 每名来访者不少于3天【来访者2 Bo，不计入】", "天数 2 < 3");
        assertThat(d.explain(Language.EN)).contains("[visitor 2 Bo, left out]", "[visitor 1 Ada]");
        assertThat(d.summary(Language.ZH)).endsWith("；不符合条件、不计入资助：来访者2 Bo");
        JsonNode j = new ObjectMapper().readTree(d.toJson(Language.EN));
        JsonNode bo = null;
        for (JsonNode x : j.get("findings")) {
            if (x.path("recordName").asText().equals("visitor 2 Bo")) {
                bo = x;
            }
        }
        assertThat(bo).isNotNull();
        assertThat(bo.get("record").asText()).isEqualTo("visitors[1]");
        assertThat(bo.get("leftOut").asBoolean()).isTrue();
    }

    @Test
    void whenNoRecordQualifiesTheCaseFails() {
        Decision d = RULES.decide(exchange("""
                  visitors:
                    - {name: Ada, days: 1}
                    - {name: Bo, days: 2}
                """));

        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(d.excludedRecords()).isEmpty();
        assertThat(d.funding()).isEmpty();
    }

    @Test
    void aRecordWithAFactMissingAsksForItByItsPlace() {
        Decision d = RULES.decide(exchange("""
                  visitors:
                    - {name: Ada, days: 3}
                    - {name: Bo}
                """));

        assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(d.missing()).containsExactly("facts.visitors[1].days");
        assertThat(d.funding().flatMap(Funding::cap)).contains(new BigDecimal("200000"));
    }

    @Test
    void anEmptyListFailsAndAnAbsentOneIsAskedFor() {
        assertThat(RULES.decide(exchange("  visitors: []\n")).outcome()).isEqualTo(Outcome.INELIGIBLE);
        Decision absent = RULES.decide(exchange(""));
        assertThat(absent.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(absent.missing()).containsExactly("facts.visitors");
    }

    @Test
    void aRequestIsComparedWithTheCapForEachRecordListed() {
        Decision d = RULES.decide(exchange("""
                  visitors:
                    - {name: Ada, days: 3}
                    - {name: Bo, days: 4}
                  requestedFunding: 250000
                """));

        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.funding().orElseThrow().reduction()).contains(new BigDecimal("50000"));
    }
}
