package io.github.talentrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    private Path copyOfDemo() throws IOException {
        Path from = Path.of(Run.DEMO_PACK);
        Path to = dir.resolve("demo");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
        return to;
    }

    @Test
    void aValidPackAndAValidReformAreOk() {
        Run r = Run.of("validate", "--lang", "en", "--pack", Run.DEMO_PACK, Run.DEMO_PACK, Run.WORKBENCH + "/demo-age-35.yaml");
        Run zh = Run.of("validate", "--pack", Run.DEMO_PACK, Run.DEMO_PACK, Run.WORKBENCH + "/demo-age-35.yaml");

        assertThat(r.status()).isEqualTo(ExitCodes.DONE);
        assertThat(r.out()).isEqualTo(Run.DEMO_PACK + ": OK (pack folder)\n" + Run.WORKBENCH + "/demo-age-35.yaml: OK (reform)\n");
        assertThat(zh.out()).isEqualTo(Run.DEMO_PACK + ": 无误（规则包文件夹）\n" + Run.WORKBENCH + "/demo-age-35.yaml: 无误（改革）\n");
    }

    @Test
    void aBrokenDrlIsReportedWithItsLineAndWarningsNameTheParameterAndTheRule() throws IOException {
        Path p = copyOfDemo();
        Path drl = p.resolve("rules/grant.drl");
        String text = Files.readString(drl);
        int broken = (int) text.substring(0, text.indexOf("\"excellent\");")).lines().count();
        Files.writeString(drl, text.replace("Check.isTrue(drools, $f, \"excellent\");", "Check.isTrue(drools, $f, \"excellent\";"));

        Run r = Run.of("validate", "--lang", "en", p.toString());

        assertThat(r.status()).isEqualTo(ExitCodes.INVALID_PACK);
        // The line of the call itself, with the place under a caret (Drools gave the rule's first line, in its own words).
        assertThat(r.out()).startsWith(p + ": 1 error").contains("  error: rules/grant.drl:" + broken + ":41: ')' is missing before ';'",
                "    Check.isTrue(drools, $f, \"excellent\";\n", "^\n");
    }

    @Test
    void warnsOfAParameterNoRuleReads() throws IOException {
        Path p = copyOfDemo();
        Files.writeString(p.resolve("parameters.yaml"), Files.readString(p.resolve("parameters.yaml"))
                + "grant.unused:\n  description: 未用\n  article: 示例〔2024〕1号 第三条\n  unit: yuan\n  values: {2024-01-01: 1}\n");

        Run r = Run.of("validate", "--lang", "en", p.toString());

        assertThat(r.status()).isEqualTo(ExitCodes.DONE);
        assertThat(r.out()).isEqualTo(p + ": OK, 1 warning (pack folder)\n  warning: parameter 'grant.unused' is read by no rule (示例〔2024〕1号 第三条)\n");
        assertThat(Run.of("validate", p.toString()).out())
                .isEqualTo(p + ": 无误，1 个警告（规则包文件夹）\n  警告：参数 'grant.unused' 没有任何规则读取（示例〔2024〕1号 第三条）\n");
    }

    @Test
    void aReformReplacingAnUnknownRuleIsAnError() throws IOException {
        Files.createDirectories(dir.resolve("rules"));
        Files.copy(Path.of(Run.WORKBENCH, "demo-rules/grant-reform.drl"), dir.resolve("rules/grant-reform.drl"));
        Path reform = dir.resolve("r.yaml");
        Files.writeString(reform, "reform: x\npack: demo\nrules:\n  folder: rules\n  replaces: [2.2 具有硕士以上学位]\n  removes: [2.9 不存在]\n");

        Run r = Run.of("validate", "--lang", "en", "--pack", Run.DEMO_PACK, reform.toString());

        assertThat(r.status()).isEqualTo(ExitCodes.INVALID_PACK);
        assertThat(r.out()).contains(reform + ": 1 error (reform)", "error: " + reform + ": rules.removes: '2.9 不存在' is not a rule of pack demo");
    }
}
