package io.github.talentrules.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.Case;
import io.github.talentrules.Decision;
import io.github.talentrules.Outcome;
import io.github.talentrules.TalentRules;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTest {

    @Test
    void theYardstickGivesTheEnginesDecisionsOnTheGeneratedCases() {
        TalentRules rules = TalentRules.builder().classpathPack("zhengzhou").build();
        List<Case> cases = GeneratedCases.generate(2000, 42);

        Agreement.check(rules, cases);
        Agreement.check(rules, cases, new WithEasyRules()::decide, "Easy Rules");
        Agreement.check(rules, cases.subList(0, 300), new WithDmn()::decide, "Camunda DMN");

        assertThat(cases.stream().map(rules::decide).map(Decision::outcome))
                .as("the generated cases reach every outcome").contains(Outcome.ELIGIBLE, Outcome.INELIGIBLE, Outcome.NEEDS_REVIEW);
    }
}
