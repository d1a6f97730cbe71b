package io.github.talentrules.zhengzhou;

import io.github.talentrules.TalentRules;
import io.github.talentrules.testing.PackContract;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ZhengzhouPackTest {
    static final TalentRules RULES = TalentRules.builder().classpathPack("zhengzhou").build();

    @TestFactory
    Stream<DynamicNode> scenarios() throws IOException {
        return PackContract.scenarios(RULES, Path.of("src/test/resources/talent-rules/zhengzhou/scenarios"));
    }

    /** Every rule (but the batch quota of 郑人社规 第三条) fires in at least one scenario. */
    @Test
    void everyRuleFiresInAScenario() throws IOException {
        PackContract.scenariosFireEveryRule(RULES, "zhengzhou", Path.of("src/test/resources/talent-rules/zhengzhou/scenarios"));
    }

    /** A name states the condition, not the number: under a reform of a parameter the rule reads, the name stays true. */
    @Test
    void namesStateNoParameterValue() {
        PackContract.namesStateNoParameterValue(RULES, "zhengzhou");
    }

    @Test
    void everyArticleIsAccountedFor() {
        PackContract.articleTableIsComplete(RULES, "zhengzhou", Map.of("郑科规〔2024〕2号", 24, "郑人社规〔2024〕1号", 15));
    }
}
