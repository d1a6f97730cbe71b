package io.github.talentrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

    @TempDir
    Path dir;

    @Test
    void casesThatChangeComeFirstWithTheMoneyThatMoves() throws IOException {
        Path csv = dir.resolve("impact.csv");
        Run r = Run.of("diff", "--pack", Run.DEMO_PACK, "--reform", Run.WORKBENCH + "/demo-age-35.yaml",
                Run.WORKBENCH + "/people", "-o", csv.toString());

        assertThat(r.status()).isEqualTo(ExitCodes.DONE);
        assertThat(r.out()).startsWith("改革：年龄上限降至35周岁 (../rules-core/src/test/resources/workbench/demo-age-35.yaml)\n")
                .contains("age-38.yaml：符合条件 100000元（10万元） → 不符合条件 —，差额 -100000元（-10万元）\n"
                        + "    2.1 年龄在40周岁以下：符合 → 不符合（年龄（周岁） 38 ≤ 40 → 年龄（周岁） 38 > 35）\n")
                .contains("(demo.grant)：4 个案例，2 个结论或金额改变\n  符合条件 → 不符合条件：2\n")
                .contains("改前 300000元（30万元），改后 100000元（10万元），净差额 -200000元（-20万元）");
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0)).startsWith("\uFEFF来源,项目,改变,改前结论,");
        assertThat(rows.get(1)).contains("age-38.yaml,demo.grant,结论,符合条件,100000,不符合条件,,-100000");
        assertThat(rows.get(2)).contains("age-39.yaml,demo.grant,结论");
        assertThat(rows.subList(3, 5)).allMatch(l -> l.contains(",demo.grant,,"));
    }

    @Test
    void aScenarioFileIsAPopulationToo() {
        Run r = Run.of("diff", "--lang", "en", "--pack", Run.DEMO_PACK, "--reform", Run.WORKBENCH + "/demo-age-35.yaml",
                Run.WORKBENCH + "/demo-scenarios.yaml");

        assertThat(r.out()).contains("reform: Age limit lowered to 35", "(demo.grant): 4 cases, 1 change outcome or amount",
                "eligible → ineligible: 1", "funding (eligible): before 300,000 yuan, after 200,000 yuan, net difference -100,000 yuan");
    }

    @Test
    void aReformOfAnUnknownParameterIsRefused() throws IOException {
        Path reform = dir.resolve("typo.yaml");
        Files.writeString(reform, "reform: typo\npack: demo\nparameters:\n  grant.max-ag:\n    values: {2024-01-01: 35}\n");

        Run r = Run.of("diff", "--pack", Run.DEMO_PACK, "--reform", reform.toString(), Run.WORKBENCH + "/people");

        assertThat(r.status()).isEqualTo(ExitCodes.INVALID_PACK);
        assertThat(r.err()).contains("reform overrides 'grant.max-ag', which pack demo does not have (did you mean 'grant.max-age'?)");
    }
}
