package io.github.talentrules.analysis;

import io.github.talentrules.DemoPack;
import io.github.talentrules.InvalidCaseException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ScenarioTest {
    private static final String FILE = """
            program: demo.grant
            base:
              asOf: 2024-06-01
              facts: {birthDate: 1990-01-01, degree: MASTER, hasPlatform: true, confirmed: true}
              attestations: {excellent: true}
            scenarios:
              - name: 全部满足
                expect: {outcome: ELIGIBLE, amount: 100000, tranches: [60000, 40000], failed: []}
              - name: 学士学位
                facts: {degree: BACHELOR}
                expect: {outcome: INELIGIBLE, failed: [2.2 具有硕士以上学位], amount: null}
            """;

    @Test
    void scenariosPassWhenTheDecisionIsAsExpectedAndSayWhatDiffersWhenNot() {
        List<Scenario> scenarios = Scenario.read(FILE, "demo.yaml");
        assertThat(scenarios).extracting(s -> s.check(DemoPack.RULES)).containsOnly(List.of());

        Scenario wrong = Scenario.read(FILE.replace("amount: 100000", "amount: 90000"), "demo.yaml").get(0);
        assertThat(wrong.check(DemoPack.RULES)).containsExactly("amount: expected 90000, got 100000");
        assertThat(wrong.check(DemoPack.RULES, io.github.talentrules.Language.ZH)).containsExactly("amount：应为 90000，实为 100000");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "an amount in 万          | amount: 100000    | amount: 10万     | scenarios[0].expect.amount: must be a number, not the text '10万'",
        "a misspelt outcome       | outcome: ELIGIBLE | outcome: ELIGBLE | scenarios[0].expect.outcome: 'ELIGBLE' is not an outcome (did you mean 'ELIGIBLE'?)",
        "a rule name not in a list| failed: []        | failed: 2.2      | scenarios[0].expect.failed: must be a list, not the text '2.2'",
    })
    void anExpectationThatCouldNeverBeComparedIsAnErrorNamingItsField(String what, String from, String to, String message) {
        assertThatThrownBy(() -> Scenario.read(FILE.replace(from, to), "demo.yaml"))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessage("demo.yaml: " + message);
    }
}
