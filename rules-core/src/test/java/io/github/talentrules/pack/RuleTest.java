package io.github.talentrules.pack;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.DemoPack;
import io.github.talentrules.TalentRules;
import io.github.talentrules.analysis.Reform;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleTest {

    @Test
    void rulesAreListedInArticleOrder() {
        List<String> names = new ArrayList<>(List.of("14 b", "9.2 a", "9.10 c", "0 x", "9.1 z"));
        names.sort(Rule.ORDER);
        assertThat(names).containsExactly("0 x", "9.1 z", "9.2 a", "9.10 c", "14 b");
        assertThat(List.copyOf(DemoPack.RULES.rules("demo").keySet())).isSortedAccordingTo(Rule.ORDER);
    }

    @Test
    void eachRuleCarriesItsMetadataTyped() {
        Map<String, Rule> rules = DemoPack.RULES.rules("demo");
        Rule age = rules.get("2.1 年龄在40周岁以下");
        assertThat(age.file()).isEqualTo("rules/grant.drl");
        assertThat(age.article()).contains("第二条第（一）项");
        assertThat(age.programmes()).containsExactly("demo.grant");
        assertThat(age.scope()).isEqualTo(Rule.Scope.CASE);
        assertThat(age.en()).contains("Aged 40 or under");
        assertThat(age.soft()).isFalse();
        assertThat(age.core()).isFalse();
        assertThat(rules.get("2.1 西部地区可适当放宽年龄").exceptionOf()).contains("2.1 年龄在40周岁以下");
        assertThat(rules.get("2.3 一般应建有平台").soft()).isTrue();
        assertThat(rules.values()).filteredOn(Rule::overBatch).isNotEmpty().allSatisfy(r -> assertThat(r.scope()).isEqualTo(Rule.Scope.BATCH));
    }

    @Test
    void theCoreRulesAreMarkedAsSuchAndApplyToEveryProgramme() {
        Rule inForce = DemoPack.RULES.rules("demo").get("0 基准日在文件施行期内");
        assertThat(inForce.core()).isTrue();
        assertThat(inForce.file()).isEqualTo(Rule.CORE_FILE);
        assertThat(inForce.article()).isEmpty();
        assertThat(inForce.appliesTo("demo.grant")).isTrue();
    }

    @Test
    void aRuleAReformAddsIsNamedWithTheReformsFile() {
        Path reform = Path.of("src/test/resources/workbench/demo-rules.yaml");
        TalentRules reformed = DemoPack.RULES.withReform(Reform.read(reform));
        Map<String, Rule> rules = reformed.rules("demo");
        assertThat(rules.get("2.5 已确定资助（改革新增）").file()).isEqualTo(Path.of("src/test/resources/workbench/demo-rules/grant-reform.drl").toString());
        assertThat(rules.get("2.2 具有硕士以上学位").soft()).isTrue();
        assertThat(rules).doesNotContainKey("2.3 一般应建有平台");
    }
}
