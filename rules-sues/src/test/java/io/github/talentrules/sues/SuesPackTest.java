package io.github.talentrules.sues;

import io.github.talentrules.TalentRules;
import io.github.talentrules.testing.PackContract;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

class SuesPackTest {
    static final TalentRules RULES = TalentRules.builder().classpathPack("sues").build();

    @TestFactory
    Stream<DynamicNode> scenarios() throws IOException {
        return PackContract.scenarios(RULES, Path.of("src/test/resources/talent-rules/sues/scenarios"));
    }

    @Test
    void everyRuleFiresInAScenario() throws java.io.IOException {
        PackContract.scenariosFireEveryRule(RULES, "sues", Path.of("src/test/resources/talent-rules/sues/scenarios"));
    }

    /** A name states the condition, not the number: under a reform of a parameter the rule reads, the name stays true. */
    @Test
    void namesStateNoParameterValue() {
        PackContract.namesStateNoParameterValue(RULES, "sues");
    }

    @Test
    void everyArticleIsAccountedFor() {
        PackContract.articleTableIsComplete(RULES, "sues", Map.of("沪工程外〔2021〕3号", 30));
    }

    /** Each rule's name starts with its article's number, and its metadata comes back intact in Chinese. */
    @Test
    void ruleNamesStartWithTheirArticleAndCarryEnglish() {
        RULES.rules("sues").forEach((name, rule) -> {
            if (rule.core()) {
                return;
            }
            int number = Integer.parseInt(name.split("[ .]")[0]);
            assertThat(rule.article()).as(name).hasValueSatisfying(a -> assertThat(a).startsWith("第" + PackContract.chinese(number) + "条"));
            assertThat(rule.en()).as(name).isPresent();
            assertThat(rule.programmes()).as(name).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("sues."));
        });
        assertThat(RULES.rules("sues").get("8.5.1 中外方团队成员比例上限").article()).contains("第八条第5项第（1）目");
    }
}
