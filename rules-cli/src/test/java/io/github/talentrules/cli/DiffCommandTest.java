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
                        + "    2.1 年龄在40周岁以下：符合 → 不符合（年龄（周岁） 38 ≤ 40 → 年龄（周岁） 38 > 35（改革：年龄在35周岁以下））\n")
                .contains("示例资助项目（demo.grant）：4 个案例，2 个结论或金额改变\n  符合条件 → 不符合条件：2\n")
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

        assertThat(r.out()).contains("reform: Age limit lowered to 35", "(demo.grant): 4 cases, 1 changes outcome or amount",
                "eligible → ineligible: 1", "funding (eligible): before 300,000 yuan, after 200,000 yuan, net difference -100,000 yuan",
                "    2.1 Aged 40 or under: pass → fail (", "behind the changes (rule: cases): 2.1 Aged 40 or under: 1\n")
                .doesNotContain("年龄在40周岁以下");
    }

    @Test
    void aReformOfAnUnknownParameterIsRefused() throws IOException {
        Path reform = dir.resolve("typo.yaml");
        Files.writeString(reform, "reform: typo\npack: demo\nparameters:\n  grant.max-ag:\n    values: {2024-01-01: 35}\n");

        Run r = Run.of("diff", "--pack", Run.DEMO_PACK, "--reform", reform.toString(), Run.WORKBENCH + "/people");

        assertThat(r.status()).isEqualTo(ExitCodes.INVALID_PACK);
        assertThat(r.err()).contains("reform overrides 'grant.max-ag', which pack demo does not have (did you mean 'grant.max-age'?)");
    }

    private static final String AGE_35 = Run.WORKBENCH + "/demo-age-35.yaml";
    private static final String AMOUNT_12 = Run.WORKBENCH + "/demo-amount-12.yaml";

    private Path sheet(String birthHeader) throws IOException {
        Path csv = dir.resolve("people.csv");
        Files.writeString(csv, "序号,姓名,工作单位,program,asOf," + birthHeader + ",degree,hasPlatform,confirmed,excellent\n"
                + "1,张伟,郑州大学,demo.grant,2024-06-01,1986-06-01,MASTER,是,是,是\n"
                + "2,王芳,河南省科学院,demo.grant,2024-06-01,1994-06-01,MASTER,是,是,是\n"
                + "3,李娜,郑州大学,demo.grant,2024-06-01,1986-06-01,MASTERS,是,是,是\n");
        return csv;
    }

    @Test
    void anImpactWorkbookHasTheIdentityFirstTypedCellsAndASheetPerProgramme() throws IOException {
        Path xlsx = dir.resolve("impact.xlsx");
        Run r = Run.of("diff", "--pack", Run.DEMO_PACK, "--reform", AGE_35, sheet("birthDate").toString(), "-o", xlsx.toString());

        assertThat(r.out()).contains("已写入 " + xlsx);
        try (org.dhatim.fastexcel.reader.ReadableWorkbook book = new org.dhatim.fastexcel.reader.ReadableWorkbook(xlsx.toFile())) {
            List<org.dhatim.fastexcel.reader.Sheet> sheets = book.getSheets().toList();
            assertThat(sheets).extracting(org.dhatim.fastexcel.reader.Sheet::getName).containsExactly("合计", "示例资助项目");
            var rows = sheets.get(1).read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("序号");
            assertThat(rows.get(0).getCellText(1)).isEqualTo("姓名");
            assertThat(rows.get(0).getCellText(2)).isEqualTo("工作单位");
            var first = rows.get(1);
            assertThat(first.getCell(0).getType()).as("序号 is a number, as in the input").isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
            assertThat(first.getCell(0).asNumber()).isEqualByComparingTo("1");
            assertThat(first.getCellText(1)).isEqualTo("张伟");
            assertThat(first.getCellText(6)).isEqualTo("符合条件");
            assertThat(first.getCell(7).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
            assertThat(first.getCell(7).asNumber()).isEqualByComparingTo("100000");
            assertThat(first.getCell(10).asNumber()).isEqualByComparingTo("-100000");
            assertThat(first.getCellText(11)).contains("年龄（周岁） 38 ≤ 40 → 年龄（周岁） 38 > 35");
            var totals = sheets.get(0).read();
            assertThat(totals.get(0).getCellText(7)).isEqualTo("净差额（元）");
            assertThat(totals.get(1).getCell(7).asNumber()).isEqualByComparingTo("-100000");
            // A loss under 减少 is a positive sum, as the summary (减少 100000元) and the HTML report say it.
            assertThat(totals.get(0).getCellText(9)).isEqualTo("减少（元）");
            assertThat(totals.get(1).getCell(9).asNumber()).isEqualByComparingTo("100000");
        }
    }

    @Test
    void anUnknownHeaderAndARowInErrorAreReportedAndCounted() throws IOException {
        // 生日 is no label of the pack (出生年月 is read as the date of birth): not read, so the age reform would change nothing.
        Run r = Run.of("diff", "--pack", Run.DEMO_PACK, "--reform", AGE_35, sheet("生日").toString());

        assertThat(r.status()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(r.out()).contains("共 3 行，已比较 2 行，出错 1 行（未计入下面的合计）",
                "未读取的列（仅用于标明案例）：序号、姓名、工作单位、生日",
                "缺少的事实（这些条件未能判定）：出生日期 2 个案例");
        Run en = Run.of("diff", "--lang", "en", "--pack", Run.DEMO_PACK, "--reform", AGE_35, sheet("生日").toString());
        assertThat(en.out()).contains("Facts missing (the conditions on them could not be decided): date of birth in 2 cases\n");
        assertThat(r.err()).contains("people.csv：第 4 行：").contains("MASTERS");
    }

    @Test
    void twoReformsAreComparedWithTheLawAndWithEachOther() throws IOException {
        Run r = Run.of("diff", "--pack", Run.DEMO_PACK, "--reform", AGE_35, "--reform", AMOUNT_12, Run.WORKBENCH + "/people");

        assertThat(r.status()).isEqualTo(ExitCodes.DONE);
        assertThat(r.out()).contains("改革：年龄上限降至35周岁", "改革：资助额提高至12万元",
                "grant.amount：自 2024-01-01 起 120000（资助12万元）",
                "== 现行规定 → 年龄上限降至35周岁 ==", "== 现行规定 → 资助额提高至12万元 ==",
                "== 年龄上限降至35周岁 → 资助额提高至12万元 ==");
        String aVersusB = r.out().substring(r.out().indexOf("== 年龄上限降至35周岁 → 资助额提高至12万元 =="));
        // Under A, two of the three eligible lose 10万; under B all three get 12万: 10万 → 36万.
        assertThat(aVersusB).contains("改前 100000元（10万元），改后 360000元（36万元），净差额 +260000元（26万元）");
    }

    @Test
    void combinedReformsAreAppliedTogether() throws IOException {
        Path csv = dir.resolve("impact.csv");
        Run r = Run.of("diff", "--pack", Run.DEMO_PACK, "--reform", AGE_35, "--reform", AMOUNT_12, "--combine",
                Run.WORKBENCH + "/people", "-o", csv.toString());

        assertThat(r.out()).doesNotContain("== ").contains("改前 300000元（30万元），改后 120000元（12万元），净差额 -180000元（-18万元）",
                "其中增加 +20000元（2万元），减少 200000元（20万元）");
        assertThat(Files.readString(csv)).contains("age-30.yaml,demo.grant,金额,符合条件,100000,符合条件,120000,20000,");
    }

    @Test
    void theHtmlReportIsOneFileThatAsksNothingOfTheNetwork() throws IOException {
        Path html = dir.resolve("impact.html");
        Run r = Run.of("diff", "--pack", Run.DEMO_PACK, "--reform", AGE_35, sheet("birthDate").toString(), "-o", html.toString());

        assertThat(r.status()).isEqualTo(ExitCodes.SOME_FAILED);
        String page = Files.readString(html);
        assertThat(page).contains("共 3 行，已比较 2 行，出错 1 行");
        assertThat(page).contains("<h1>改革影响报告：年龄上限降至35周岁</h1>", "若第二条第（一）项改为", "grant.max-age：自 2024-01-01 起 35",
                "<svg id=\"c0-moves\"", "<svg id=\"c0-money\"", "<svg id=\"c0-changes\"", "张伟", "38 ≤ 40 → 年龄（周岁） 38 &gt; 35");
        assertThat(page).doesNotContain("<script", "<link", "src=\"http", "href=\"http", "@import");
    }
}
