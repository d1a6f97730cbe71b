package io.github.talentrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCommandTest {

    @TempDir
    Path dir;

    @Test
    void passingScenariosPrintPassAndTheCount() {
        Run r = Run.of("test", "--pack", Run.DEMO_PACK, Run.WORKBENCH + "/demo-scenarios.yaml");

        assertThat(r.status()).isEqualTo(ExitCodes.DONE);
        assertThat(r.out()).contains("  通过    各项条件均满足\n", "  通过    41周岁\n").endsWith("通过 4 个，未通过 0 个\n")
                .doesNotContain("PASS", "passed");
        Run en = Run.of("test", "--lang", "en", "--pack", Run.DEMO_PACK, Run.WORKBENCH + "/demo-scenarios.yaml");
        assertThat(en.out()).contains("  PASS  各项条件均满足\n", "  PASS  41周岁\n").endsWith("4 passed, 0 failed\n");
    }

    @Test
    void underAReformTheBoundaryScenariosFailWithWhatDiffers() {
        Run r = Run.of("test", "--pack", Run.DEMO_PACK, "--reform", Run.WORKBENCH + "/demo-age-35.yaml", Run.WORKBENCH + "/demo-scenarios.yaml");

        assertThat(r.status()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(r.out()).contains("  未通过  恰满40周岁\n          outcome：应为 ELIGIBLE，实为 INELIGIBLE\n")
                .contains("  通过    41周岁\n")
                .endsWith("通过 3 个，未通过 1 个\n");
        Run en = Run.of("test", "--lang", "en", "--pack", Run.DEMO_PACK, "--reform", Run.WORKBENCH + "/demo-age-35.yaml",
                Run.WORKBENCH + "/demo-scenarios.yaml");
        assertThat(en.out()).contains("  FAIL  恰满40周岁\n          outcome: expected ELIGIBLE, got INELIGIBLE\n")
                .endsWith("3 passed, 1 failed\n");
    }

    @Test
    void aFolderRunsEveryScenarioFileAndAFileThatNamesAReformIsDecidedUnderIt() {
        Run r = Run.of("test", "--pack", Run.DEMO_PACK, Run.WORKBENCH);

        assertThat(r.status()).isEqualTo(ExitCodes.DONE);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("demo-age-35-scenarios.yaml（在改革 ../rules-core/src/test/resources/workbench/demo-age-35.yaml 下判定）")
                .contains("  通过    36周岁\n")
                .endsWith("通过 7 个，未通过 0 个\n");
    }

    @Test
    void coverageListsTheRulesNoScenarioFiresAndFailsBelowTheMinimum() throws IOException {
        Path json = dir.resolve("coverage.json");
        Run r = Run.of("test", "--lang", "en", "--pack", Run.DEMO_PACK, "--coverage-json", json.toString(), "--min-coverage", "90",
                Run.WORKBENCH + "/demo-scenarios.yaml");
        Run zh = Run.of("test", "--pack", Run.DEMO_PACK, "--min-coverage", "90", Run.WORKBENCH + "/demo-scenarios.yaml");

        assertThat(zh.out()).contains("规则包 demo 的覆盖率：12 条规则中 9 条触发过（75%），demo.grant 的 4 个判定\n",
                "  从未触发      2.1 西部地区可适当放宽年龄\n", "  从未触发      4 每家企业一人（批量规则）\n",
                "  涉及的条款：这些项目已编码的 ", "  从未涉及的条款  示例〔2024〕1号 第四条\n").doesNotContain("NEVER", "coverage");
        assertThat(zh.err()).isEqualTo("talent-rules: 触发过的规则占 75%，低于要求的 90%\n");
        assertThat(r.status()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(r.out()).contains("coverage of pack demo: 9 of 12 rules fired (75%)", "NEVER FIRED  2.1 Age may be relaxed in the west",
                "ARTICLE NEVER TOUCHED  示例〔2024〕1号 art. 4");
        assertThat(r.err()).contains("75% of the rules fired, below the minimum of 90%");
        assertThat(Files.readString(json)).contains("\"neverFired\" : [ \"2.1 西部地区可适当放宽年龄\"");

        assertThat(Run.of("test", "--pack", Run.DEMO_PACK, "--min-coverage", "75", Run.WORKBENCH + "/demo-scenarios.yaml").status())
                .isEqualTo(ExitCodes.DONE);
    }

    @Test
    void scenariosCanBeTheRowsOfAnXlsxSheet() throws IOException {
        Path sheet = dir.resolve("scenarios.xlsx");
        try (OutputStream os = Files.newOutputStream(sheet)) {
            Workbook wb = new Workbook(os, "talent-rules", "1.0");
            Worksheet ws = wb.newWorksheet("场景");
            String[] headers = {"name", "program", "asOf", "出生日期", "degree", "hasPlatform", "confirmed", "业绩突出",
                "expected outcome", "amount", "failed", "missing"};
            for (int c = 0; c < headers.length; c++) {
                ws.value(0, c, headers[c]);
            }
            Object[][] rows = {
                {"恰满40周岁", "demo.grant", "2024-06-01", LocalDate.of(1984, 6, 1), "MASTER", true, "是", "是", "ELIGIBLE", 100000, "none", ""},
                {"41周岁", "demo.grant", "2024-06-01", LocalDate.of(1983, 6, 1), "MASTER", true, "是", "是", "INELIGIBLE", "none", "2.1 年龄在40周岁以下", ""},
                {"学位未提供（期望写错）", "demo.grant", "2024-06-01", "1990-01-01", "", true, "是", "是", "ELIGIBLE", "", "", "facts.degree"},
            };
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof LocalDate d) {
                        ws.value(r + 1, c, d);
                        ws.style(r + 1, c).format("yyyy-mm-dd").set();
                    } else if (v instanceof Boolean b) {
                        ws.value(r + 1, c, b);
                    } else if (v instanceof Integer i) {
                        ws.value(r + 1, c, i);
                    } else {
                        ws.value(r + 1, c, (String) v);
                    }
                }
            }
            wb.finish();
        }

        Run r = Run.of("test", "--pack", Run.DEMO_PACK, sheet.toString());

        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("  通过    恰满40周岁\n", "  通过    41周岁\n",
                "  未通过  学位未提供（期望写错）\n          outcome：应为 ELIGIBLE，实为 NEEDS_REVIEW\n").endsWith("通过 2 个，未通过 1 个\n");
    }

    @Test
    void aScenarioFileThatCannotBeReadIsReportedWithItsFieldAndTheRunGoesOn() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "program: demo.grant\nscenarios:\n  - name: x\n    asOf: 2024-06-01\n    expekt: {outcome: ELIGIBLE}\n");

        Run r = Run.of("test", "--pack", Run.DEMO_PACK, bad.toString(), Run.WORKBENCH + "/demo-scenarios.yaml");

        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        // The run is in Chinese (the default): so is the reader's message.
        assertThat(r.err()).contains("bad.yaml: scenarios[0].expekt: 不是已知的字段（是不是“expect”？）");
        assertThat(r.out()).endsWith("通过 4 个，未通过 0 个\n");
    }

    @Test
    void aReformDatedAfterEveryScenarioIsWarnedOf() throws IOException {
        // Every scenario of demo-scenarios.yaml is dated 2024-06-01; the reform holds from 2024-09-01.
        Path reform = dir.resolve("late.yaml");
        Files.writeString(reform, "reform: 年龄上限自9月起降至35周岁\npack: demo\nparameters:\n  grant.max-age:\n    values: {2024-09-01: 35}\n");

        Run r = Run.of("test", "--lang", "en", "--pack", Run.DEMO_PACK, "--reform", reform.toString(), Run.WORKBENCH + "/demo-scenarios.yaml");
        Run zh = Run.of("test", "--pack", Run.DEMO_PACK, "--reform", reform.toString(), Run.WORKBENCH + "/demo-scenarios.yaml");

        assertThat(zh.err()).isEqualTo("talent-rules: 警告：" + reform + ": 在此改革下判定的场景没有一个的基准日在 2024-09-01（其第一个值生效之日）或之后："
                + "改革不改变其中任何一个（请把某个场景的基准日定在 2024-09-01 或之后，或检查改革的日期）\n");
        assertThat(r.out()).endsWith("4 passed, 0 failed\n");
        assertThat(r.err()).contains("talent-rules: warning: " + reform + ": no scenario decided under this reform is dated on or after"
                + " 2024-09-01, when its first value holds: the reform changes none of them");
    }

    @Test
    void aFullWidthColonInAScenarioFileIsAnErrorNamingTheLineAndTheCharacter() throws IOException {
        Path file = dir.resolve("typo.yaml");
        Files.writeString(file, """
                program: demo.grant
                base:
                  asOf: 2024-06-01
                  facts: {birthDate: 1990-01-01, degree: MASTER, hasPlatform: true, confirmed: true}
                  attestations: {excellent: true}
                scenarios:
                  - name: 全角冒号
                    facts:
                      birthDate：1970-01-01
                    expect: {outcome: INELIGIBLE}
                """);

        Run r = Run.of("test", "--lang", "en", "--pack", Run.DEMO_PACK, file.toString());
        Run zh = Run.of("test", "--lang", "zh", "--pack", Run.DEMO_PACK, file.toString());

        assertThat(zh.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(zh.err()).contains(file + ": scenarios[0].facts: 应为名称及其值，而不是文字 'birthDate：1970-01-01'：第9行第16列："
                + "'birthDate' 后的 '：' 是全角冒号，YAML 需要半角 ':' 加空格：应写作 'birthDate: 1970-01-01'");
        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains(file + ": scenarios[0].facts: must be a mapping of names to values, not the text 'birthDate：1970-01-01':"
                + " line 9, column 16: '：' (a full-width colon) after 'birthDate', where YAML needs ':' and a space:"
                + " write 'birthDate: 1970-01-01'").doesNotContain("ClassCastException", "internal error");
    }

    @Test
    void aSheetThatIsNoSheetOfScenariosIsSaidInTheRunsLanguage() {
        Run zh = Run.of("test", "../examples/sheets/zhengzhou-intl-training.xlsx");
        Run en = Run.of("test", "--lang", "en", "../examples/sheets/zhengzhou-intl-training.xlsx");

        assertThat(zh.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(zh.err()).startsWith("talent-rules: ../examples/sheets/zhengzhou-intl-training.xlsx: row 1: 须有 name（场景）、program（项目）和 asOf（基准日）三列；现有 序号、姓名、")
                .doesNotContain("needs");
        assertThat(zh.out()).isEqualTo("通过 0 个，未通过 0 个\n");
        assertThat(en.err()).startsWith("talent-rules: ../examples/sheets/zhengzhou-intl-training.xlsx: row 1: needs the columns name, program and asOf; has [序号, 姓名, ");
    }
}
