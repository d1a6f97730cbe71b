package io.github.talentrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three commands of docs/analyst.md, on the Zhengzhou pack and examples/reforms. */
class AnalystWalkthroughTest {
    static final String REFORM = "../examples/reforms/zhengzhou-age-50.yaml";

    @TempDir
    Path dir;

    @Test
    void theReformValidates() {
        Run r = Run.of("validate", REFORM);

        assertThat(r.status()).isEqualTo(ExitCodes.DONE);
        assertThat(r.out()).isEqualTo(REFORM + ": 无误（改革）\n");
    }

    @Test
    void theScenariosBetween51And55NowFail() throws IOException {
        Path scenarios = dir.resolve("intl-training.yaml");
        Files.writeString(scenarios, String.join("\n",
                "program: zhengzhou.intl-training",
                "base:",
                "  asOf: 2024-06-01",
                "  facts: {employedInZhengzhou: true, nationality: CN, birthDate: 1980-01-15, foreignLanguageQualified: true, degree: MASTER, trainingDays: 60}",
                "  attestations: {politicalAndMoralStanding: true, professionalCompetence: true, healthy: true}",
                "scenarios:",
                "  - name: 基准日恰满55周岁（55周岁生日当天）",
                "    facts: {birthDate: 1969-06-01}",
                "    expect: {outcome: ELIGIBLE, amount: 30000}",
                "  - name: 56周岁生日当天，超过55周岁",
                "    facts: {birthDate: 1968-06-01}",
                "    expect: {outcome: INELIGIBLE, failed: [9.2 年龄上限]}",
                "  - name: 44周岁",
                "    expect: {outcome: ELIGIBLE}",
                ""));

        Run r = Run.of("test", "--reform", REFORM, scenarios.toString());

        assertThat(r.status()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(r.out()).contains("  未通过  基准日恰满55周岁（55周岁生日当天）\n          outcome：应为 ELIGIBLE，实为 INELIGIBLE\n"
                        + "          amount：应为 30000，实为 无\n")
                .contains("  通过    56周岁生日当天，超过55周岁\n")
                .endsWith("通过 2 个，未通过 1 个\n");
    }

    @Test
    void theReformsOwnScenariosPass() {
        Run r = Run.of("test", "../examples/reforms");

        assertThat(r.status()).isEqualTo(ExitCodes.DONE);
        assertThat(r.out()).contains("zhengzhou-age-50-scenarios.yaml（在改革 ../examples/reforms/zhengzhou-age-50.yaml 下判定）")
                .endsWith("通过 5 个，未通过 0 个\n");
    }

    @Test
    void inEnglishTheRulesAreNamedByTheirTitlesAndOneCaseIsOneCase() {
        Run r = Run.of("diff", "--lang", "en", "--reform", REFORM, "../examples/reforms/zhengzhou-candidates.csv");

        assertThat(r.out()).contains("Facts missing (the conditions on them could not be decided): holds a senior management post in an"
                        + " enterprise in 1 case; ")
                .contains("    9.2 Age limit: pass → fail (age (completed years) 51 ≤ 55 → age (completed years) 51 > 50 (reform: aged 50 or under))\n")
                .contains("  behind the changes (rule: cases): 9.2 Age limit: 3\n")
                .doesNotContain("年龄上限", "in 1 cases");
    }

    @Test
    void theCandidatesWhoseOutcomeChangesAndTheFundingDifference() throws IOException {
        Path csv = dir.resolve("impact.csv");
        Run r = Run.of("diff", "--reform", REFORM, "../examples/reforms/zhengzhou-candidates.csv", "-o", csv.toString(), "--coverage");

        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("zhengzhou-candidates.csv:3 2 王芳：符合条件 100000元（10万元） → 不符合条件 —，差额 -100000元（-10万元）\n"
                        + "    9.2 年龄上限：符合 → 不符合（年龄（周岁） 51 ≤ 55 → 年龄（周岁） 51 > 50（改革：年龄在50周岁以下））\n")
                .contains("（zhengzhou.intl-training）：12 个案例，3 个结论或金额改变\n  符合条件 → 不符合条件：2\n  需人工审核 → 不符合条件：1\n")
                .contains("资助（符合条件者）：改前 460000元（46万元），改后 330000元（33万元），净差额 -130000元（-13万元）")
                .contains("未读取的列（仅用于标明案例）：序号、姓名\n")
                .contains("    其中增加 0元，减少 130000元（13万元）\n")
                .contains("  涉及待审核的案例：\n    zhengzhou-candidates.csv:7 6 杨磊：需人工审核 50000元（5万元） → 不符合条件 —，差额 -50000元（-5万元）\n")
                .contains("规则包 zhengzhou 的覆盖率：")
                .contains("zhengzhou.intl-training 的 12 个判定");
        assertThat(Files.readAllLines(csv)).hasSize(13).element(1).asString()
                .startsWith("2,王芳,zhengzhou-candidates.csv:3,zhengzhou.intl-training,结论,符合条件,100000,不符合条件,,-100000,");
    }

    @Test
    void aSheetIsDecidedUnderTheReformWithBatch() throws IOException {
        Path out = dir.resolve("decided.csv");
        Run r = Run.of("batch", "--reform", REFORM, "../examples/reforms/zhengzhou-candidates.csv", "-o", out.toString(), "--no-progress");

        assertThat(r.out()).startsWith("改革：中青年人才国际化培养项目年龄上限由55周岁降至50周岁 (" + REFORM + ")\n");
        List<String> lines = Files.readAllLines(out);
        // Line 3 of the sheet, 王芳, born 1972-11-02: 51 on 2024-06-01, eligible under the law, not under the reform.
        assertThat(lines.get(2)).startsWith("2,王芳,").contains(",不符合条件,");
        Run law = Run.of("batch", "../examples/reforms/zhengzhou-candidates.csv", "-o", dir.resolve("law.csv").toString(), "--no-progress");
        assertThat(law.out()).doesNotContain("改革：");
        assertThat(Files.readAllLines(dir.resolve("law.csv")).get(2)).contains(",符合条件,");
    }

    @Test
    void twoReformsSideBySideAndTogether() {
        String tiers = "../examples/reforms/zhengzhou-tiers-raised.yaml";
        Run r = Run.of("diff", "--reform", REFORM, "--reform", tiers, "../examples/reforms/zhengzhou-candidates.csv");

        assertThat(r.err()).isEmpty();
        String aVersusB = r.out().substring(r.out().indexOf("== 中青年人才国际化培养项目年龄上限由55周岁降至50周岁 → "));
        assertThat(aVersusB).contains("zhengzhou-candidates.csv:4 3 李娜：符合条件 50000元（5万元） → 符合条件 60000元（6万元），差额 +10000元（1万元）\n"
                        + "    14 按培养时间分档资助：培养时间（天） 120 ∈ [91, 180]，资助 50000元（5万元） → 培养时间（天） 120 ∈ [91, 180]"
                        + "（改革：培养时间在30天至90天的，每人给予3万元的资助；培养时间在91天至180天的，每人给予6万元的资助；"
                        + "培养时间在181天至360天的，每人给予12万元的资助），资助 60000元（6万元）\n")
                .as("before is reform A's value, after the text's").contains("9.2 年龄上限：不符合 → 符合（年龄（周岁） 51 > 50（改革：年龄在50周岁以下） → 年龄（周岁） 51 ≤ 55）")
                .contains("改变的原因（条款：案例数）：9.2 年龄上限：3；14 按培养时间分档资助：4\n")
                .contains("资助（符合条件者）：改前 330000元（33万元），改后 540000元（54万元），净差额 +210000元（21万元）");

        Run both = Run.of("diff", "--reform", REFORM, "--reform", tiers, "--combine", "../examples/reforms/zhengzhou-candidates.csv");
        assertThat(both.out()).contains("资助（符合条件者）：改前 460000元（46万元），改后 390000元（39万元），净差额 -70000元（-7万元）\n"
                + "    其中增加 +60000元（6万元），减少 130000元（13万元）\n");
    }

    @Test
    void checkUnderTheReformShowsItsDescriptionAndTheNewWords() {
        Run r = Run.of("check", "--reform", REFORM, "../examples/cases/zhengzhou/intl-training.yaml");

        assertThat(r.out()).startsWith("改革：中青年人才国际化培养项目年龄上限由55周岁降至50周岁 (" + REFORM + ")\n"
                + "  若第九条第（二）项改为\"身心健康，年龄在50周岁以下\"，自文件施行之日起适用： 哪些申报人不再符合条件，资助总额减少多少？\n"
                + "  intl-training.max-age：自 2024-02-06 起 50（年龄在50周岁以下）\n");
    }

    @Test
    void theFindingThatComparesWithTheReformsValueSaysItIsTheReformsInItsWords() {
        String zh = Run.of("check", "--reform", REFORM, "../examples/cases/zhengzhou/intl-training.yaml").out();
        String en = Run.of("check", "--lang", "en", "--reform", REFORM, "../examples/cases/zhengzhou/intl-training.yaml").out();
        String json = Run.of("check", "--json", "--reform", REFORM, "../examples/cases/zhengzhou/intl-training.yaml").out();
        String law = Run.of("check", "../examples/cases/zhengzhou/intl-training.yaml").out();

        assertThat(zh).contains("：年龄（周岁） 41 ≤ 50（改革：年龄在50周岁以下）\n");
        assertThat(en).contains(": age (completed years) 41 ≤ 50 (reform: aged 50 or under)\n");
        assertThat(json).contains("\"message\":\"年龄（周岁） 41 ≤ 50（改革：年龄在50周岁以下）\"", "\"intl-training.max-age\":50");
        assertThat(law).contains("：年龄（周岁） 41 ≤ 55\n").doesNotContain("改革");
    }
}
