package io.github.talentrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack folder or a reform is code: its rules may call only the rule helpers unless the user passes
 * {@code --trust-code} for its folder. A reform that would call {@code System.exit(0)} never runs, so
 * {@code test} can never exit 0 having run no scenario.
 */
class TrustCodeTest {
    @TempDir
    Path dir;

    /** A reform of the demo pack whose added rule's consequence is {@code consequence} (line 11 of rules/added.drl). */
    private Path reform(String consequence) throws IOException {
        Path rules = Files.createDirectories(dir.resolve("reform/rules"));
        Files.writeString(rules.resolve("added.drl"), """
                package demo.rules;

                import io.github.talentrules.rule.Facts;
                import io.github.talentrules.rule.Check;

                rule "2.9 新增"
                    @article("第二条第（二）项") @programme("demo.grant")
                when
                    $f : Facts(programme == "demo.grant")
                then
                    %s
                end
                """.formatted(consequence));
        Path file = dir.resolve("reform/reform.yaml");
        Files.writeString(file, "reform: added\npack: demo\nrules:\n  folder: rules\n");
        return file;
    }

    @Test
    void testUnderAReformThatCallsSystemExitRunsNothingAndDoesNotExitZero() throws IOException {
        Path evil = reform("System.exit(0);");

        Run r = Run.of("test", "--pack", Run.DEMO_PACK, "--reform", evil.toString(), Run.WORKBENCH + "/demo-scenarios.yaml");

        assertThat(r.status()).isEqualTo(ExitCodes.INVALID_PACK);
        assertThat(r.out()).doesNotContain("PASS");
        assertThat(r.err()).contains("added.drl:11: rule '2.9 新增' calls System.exit(...), which is not a rule helper")
                .contains("--trust-code " + dir.resolve("reform").toAbsolutePath());
    }

    @Test
    void aScenarioFilesReformIsNamedBeforeItRunsAndIsRefusedLikeAnyOther() throws IOException {
        reform("System.exit(0);");
        Path scenarios = dir.resolve("reform/scenarios.yaml");
        Files.writeString(scenarios, Files.readString(Path.of(Run.WORKBENCH, "demo-age-35-scenarios.yaml"))
                .replace("reform: demo-age-35.yaml", "reform: reform.yaml"));

        Run r = Run.of("test", "--pack", Run.DEMO_PACK, scenarios.toString());

        assertThat(r.status()).isEqualTo(ExitCodes.INVALID_PACK);
        assertThat(r.out()).contains("scenarios.yaml（在改革 " + dir.resolve("reform/reform.yaml") + " 下判定）").doesNotContain("通过");
        assertThat(r.err()).contains("added.drl:11: rule '2.9 新增' calls System.exit(...)");
    }

    @Test
    void validateListsWhatAFolderWouldRunAndTrustLetsItRun() throws IOException {
        Path file = reform("Check.isTrue(drools, $f, new java.io.File(\"hasPlatform\").getName());");

        Run refused = Run.of("validate", "--pack", Run.DEMO_PACK, file.toString());
        assertThat(refused.status()).isEqualTo(ExitCodes.INVALID_PACK);
        assertThat(refused.out()).contains("  超出规则辅助方法运行的代码（1 处；除非以 --trust-code DIR 信任其文件夹，否则拒绝）：\n"
                + "    " + file.resolveSibling("rules/added.drl") + ":11: rule '2.9 新增' creates java.io.File\n")
                .doesNotContain("错误：" + file.resolveSibling("rules/added.drl"));

        Run trusted = Run.of("validate", "--pack", Run.DEMO_PACK, "--trust-code", dir.toString(), file.toString());
        assertThat(trusted.status()).isEqualTo(ExitCodes.DONE);
        assertThat(trusted.out()).startsWith(file + ": 无误（改革）").contains(":11: rule '2.9 新增' creates java.io.File");
    }

    @Test
    void theShippedPacksAndTheDemoRunOnlyTheHelpers() {
        Run r = Run.of("validate", Run.DEMO_PACK, "../rules-zhengzhou/src/main/resources/talent-rules/zhengzhou",
                "../rules-national/src/main/resources/talent-rules/national", "../rules-sues/src/main/resources/talent-rules/sues",
                "../rules-henan/src/main/resources/talent-rules/henan");

        assertThat(r.out()).doesNotContain("runs beyond the rule helpers").doesNotContain("error:");
        assertThat(r.status()).isEqualTo(ExitCodes.DONE);
    }
}
