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

class SuesPackTest {
    static final TalentRules RULES = TalentRules.builder().classpathPack("sues").build();

    @TestFactory
    Stream<DynamicNode> scenarios() throws IOException {
        return PackContract.scenarios(RULES, Path.of("src/test/resources/talent-rules/sues/scenarios"));
    }

    @Test
    void everyArticleIsAccountedFor() {
        PackContract.articleTableIsComplete(RULES, "sues", Map.of("沪工程外〔2021〕3号", 30));
    }
}
