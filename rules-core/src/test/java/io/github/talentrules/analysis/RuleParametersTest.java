package io.github.talentrules.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.DemoPack;
import io.github.talentrules.TalentRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new rule that compares a fact with a parameter of another unit, or reads another document's parameter, is refused at load. */
class RuleParametersTest {
    private static final Path MISTAKES = Path.of("src/test/resources/workbench/mistakes");

    @TempDir
    Path dir;

    private Path reform(String drl) throws IOException {
        Files.createDirectories(dir.resolve("rules"));
        Files.copy(MISTAKES.resolve(drl), dir.resolve("rules/" + drl));
        Path f = dir.resolve("reform.yaml");
        Files.writeString(f, "reform: 试算\npack: demo\nrules:\n  folder: rules\n");
        return f;
    }

    @Test
    void comparingAnAgeWithAnAmountIsRefusedNamingBothUnits() throws IOException {
        Validation v = Validation.ofReform(reform("age-against-yuan.drl"), DemoPack.RULES);

        assertThat(v.errors()).anySatisfy(e -> assertThat(e)
                .contains("age-against-yuan.drl:12: rule '2.6 年龄不超过资助金额（改革新增）' compares 'age', counted in years,"
                        + " with parameter 'grant.amount', counted in yuan (示例〔2024〕1号 第三条)")
                .contains("compare it with a parameter in years"));
    }

    @Test
    void readingAParameterOfAnotherDocumentIsRefused() throws IOException {
        Path pack = dir.resolve("pack");
        DemoPack.copyTo(pack);
        String yaml = Files.readString(pack.resolve("pack.yaml"));
        Files.writeString(pack.resolve("pack.yaml"), yaml.replace("programmes:\n", """
                  - id: 示例〔2024〕9号
                    title: 另一资助办法
                    issuer: 示例局
                    inForce: {from: 2024-01-01, until: 2024-12-31, article: 第九条}
                programmes:
                """));
        Files.writeString(pack.resolve("parameters.yaml"), """
                other.max-age:
                  description: 年龄在45周岁以下
                  article: 示例〔2024〕9号 第一条
                  unit: years
                  values: {2024-01-01: 45}
                """, StandardOpenOption.APPEND);
        TalentRules rules = TalentRules.builder().packFolder(pack).build();

        Validation v = Validation.ofReform(reform("other-document.drl"), rules);

        assertThat(v.errors()).anySatisfy(e -> assertThat(e)
                .contains("other-document.drl:12: rule '2.7 年龄上限（改革新增）' (@article 第二条第（一）项 of 示例〔2024〕1号)"
                        + " reads parameter 'other.max-age', which belongs to 示例〔2024〕9号 第一条")
                .contains("give this rule a parameter of its own document"));
    }
}
