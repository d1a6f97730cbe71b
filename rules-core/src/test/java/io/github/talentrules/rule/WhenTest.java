package io.github.talentrules.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.Case;
import io.github.talentrules.Clause;
import io.github.talentrules.pack.FactSpec;
import io.github.talentrules.pack.Parameter;
import io.github.talentrules.pack.Programme;
import io.github.talentrules.Truth;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The clauses rules are written with, each at its boundary. */
class WhenTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 1);
    private static final Programme P = new Programme("t.t", "doc", "测试", "test", "person",
            List.of(spec("returnedOn", FactSpec.Type.DATE), spec("appliedOn", FactSpec.Type.DATE),
                    spec("abroadBudget", FactSpec.Type.YUAN), spec("funding", FactSpec.Type.YUAN),
                    spec("chinese", FactSpec.Type.INTEGER), spec("foreign", FactSpec.Type.INTEGER),
                    spec("categories", FactSpec.Type.CODES)),
            List.of(), List.of());
    private static final Params PARAMS = new Params(Map.of(
            "months", param("months", new BigDecimal("1")),
            "share", param("share", new BigDecimal("0.2")),
            "ratio", param("ratio", new BigDecimal("3")),
            "allowed", param("allowed", List.of("TRAVEL", "SALARY"))), AS_OF);

    private static FactSpec spec(String name, FactSpec.Type type) {
        return new FactSpec(name, type, name, name, List.of(), "");
    }

    private static Parameter param(String key, Object value) {
        TreeMap<LocalDate, Object> v = new TreeMap<>();
        v.put(LocalDate.of(2024, 1, 1), value);
        return new Parameter(key, key, "", "doc 第一条", key.equals("allowed") ? "codes" : "ratio", v, Optional.empty());
    }

    private static Facts facts(Map<String, Object> facts) {
        return new Facts(new Case("t.t", AS_OF, facts, Map.of(), "case"), P, PARAMS);
    }

    @ParameterizedTest(name = "returned {0}, applied {1} → {2}")
    @CsvSource({
        "2024-01-31, 2024-02-29, TRUE",   // 1个月内 from 31 January ends on the last day of February
        "2024-01-31, 2024-03-01, FALSE",
        "2024-03-15, 2024-04-15, TRUE",   // the day one month on is included
        "2024-03-15, 2024-04-16, FALSE",
        "2024-03-15, 2024-04-14, TRUE",
    })
    void withinMonthsIncludesTheSameDayAMonthOn(LocalDate returned, LocalDate applied, Truth expected) {
        Clause c = When.withinMonthsOf(facts(Map.of("returnedOn", returned, "appliedOn", applied)), "appliedOn", "returnedOn", PARAMS, "months");
        assertThat(c.result()).isEqualTo(expected);
    }

    @Test
    void withinMonthsOfAnAbsentDateIsUnknownAndNamesIt() {
        Clause c = When.withinMonthsOf(facts(Map.of("returnedOn", LocalDate.of(2024, 3, 1))), "appliedOn", "returnedOn", PARAMS, "months");
        assertThat(c.result()).isEqualTo(Truth.UNKNOWN);
        assertThat(c.source()).isEqualTo("facts.appliedOn");
    }

    @ParameterizedTest(name = "{0} of {1} → {2}")
    @CsvSource({"120000, 600000, TRUE", "120001, 600000, FALSE", "119999, 600000, TRUE"})
    void atMostTimesComparesExactlyWithoutDividing(BigDecimal abroad, BigDecimal funding, Truth expected) {
        Clause c = When.atMostTimes(facts(Map.of("abroadBudget", abroad, "funding", funding)), "abroadBudget", PARAMS, "share", "funding");
        assertThat(c.result()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} Chinese to {1} foreign → {2}")
    @CsvSource({"9, 3, TRUE", "10, 3, FALSE", "8, 3, TRUE"})
    void aRatioOfThreeToOneIsAtMostThreeTimes(int chinese, int foreign, Truth expected) {
        Clause c = When.atMostTimes(facts(Map.of("chinese", chinese, "foreign", foreign)), "chinese", PARAMS, "ratio", "foreign");
        assertThat(c.result()).isEqualTo(expected);
    }

    @Test
    void factAgainstFactAndCodesAgainstAList() {
        Facts f = facts(Map.of("abroadBudget", new BigDecimal("5"), "funding", new BigDecimal("5"),
                "categories", List.of("TRAVEL", "SALARY")));
        assertThat(When.atMostFact(f, "abroadBudget", "funding").result()).isEqualTo(Truth.TRUE);
        assertThat(When.moreThanFact(f, "abroadBudget", "funding").result()).isEqualTo(Truth.FALSE);
        assertThat(When.allIn(f, "categories", PARAMS, "allowed").result()).isEqualTo(Truth.TRUE);
        Facts other = facts(Map.of("categories", List.of("TRAVEL", "EQUIPMENT")));
        assertThat(When.allIn(other, "categories", PARAMS, "allowed").result()).isEqualTo(Truth.FALSE);
        assertThat(When.atMostFact(other, "abroadBudget", "funding").result()).isEqualTo(Truth.UNKNOWN);
    }
}
