package io.github.talentrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckAndPacksCommandTest {
    static final String EXAMPLE = "../examples/cases/zhengzhou/intl-training.yaml";

    @Test
    void checkPrintsTheDecisionWithItsArticles() {
        Run zh = Run.of("check", EXAMPLE);
        Run en = Run.of("check", "--lang", "en", EXAMPLE);

        assertThat(zh.status()).isEqualTo(ExitCodes.DONE);
        assertThat(zh.out()).contains("结论：符合条件 (ELIGIBLE)", "第九条第（二）项", "资助：");
        assertThat(en.out()).contains("Outcome: eligible (ELIGIBLE)", "art. 9(2)");
    }

    @Test
    void checkUnderAReformSaysSoAndDecidesUnderIt() {
        Run plain = Run.of("check", EXAMPLE);
        Run r = Run.of("check", "--reform", "../examples/reforms/zhengzhou-age-50.yaml", EXAMPLE);

        assertThat(r.status()).isEqualTo(ExitCodes.DONE);
        assertThat(r.out()).startsWith("改革：中青年人才国际化培养项目年龄上限由55周岁降至50周岁 (../examples/reforms/zhengzhou-age-50.yaml)\n")
                .contains("年龄（周岁） 41 ≤ 50");
        assertThat(plain.out()).doesNotContain("改革：").contains("年龄（周岁） 41 ≤ 55");
    }

    @Test
    void checkJsonIsOneObjectPerCase() throws IOException {
        Run r = Run.of("check", "--json", EXAMPLE, EXAMPLE);

        assertThat(r.status()).isEqualTo(ExitCodes.DONE);
        assertThat(r.out().lines()).hasSize(2);
        JsonNode j = new ObjectMapper().readTree(r.out().lines().findFirst().orElseThrow());
        assertThat(j.get("program").asText()).isEqualTo("zhengzhou.intl-training");
        assertThat(j.get("outcome").asText()).isEqualTo("ELIGIBLE");
        assertThat(j.get("findings").size()).isGreaterThan(5);
    }

    @Test
    void aTypoInACaseFileIsOneLineNamingTheFileAndFieldAndTheOtherCasesAreStillDecided(@TempDir Path dir) throws IOException {
        Path typo = dir.resolve("typo.yaml");
        Files.writeString(typo, Files.readString(Path.of(EXAMPLE)).replace("birthDate:", "birthDat:"));

        Run r = Run.of("check", typo.toString(), EXAMPLE);

        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).isEqualTo("talent-rules: " + typo + ": facts.birthDat: 不是项目 zhengzhou.intl-training 的事实（是不是“birthDate”？）");
        assertThat(r.out()).contains("结论：符合条件");
        Run en = Run.of("check", "--lang", "en", typo.toString());
        assertThat(en.err().strip()).isEqualTo("talent-rules: " + typo + ": facts.birthDat: is not a fact of zhengzhou.intl-training (did you mean 'birthDate'?)");
    }

    @Test
    void packsListsDocumentsInForceDatesProgrammesAndOnRequestTheFacts() {
        Run all = Run.of("packs");
        assertThat(all.status()).isEqualTo(ExitCodes.DONE);
        assertThat(all.out()).contains("郑科规〔2024〕2号", "施行期 2024-02-06 – 2027-02-05（第二十四条）\n", "national.entrepreneur")
                .doesNotContain("birthDate");
        assertThat(Run.of("packs", "--lang", "en").out()).contains("in force 2024-02-06 – 2027-02-05 (art. 24)\n").doesNotContain("第二十四条");

        Run r = Run.of("packs", "--facts", "zhengzhou.intl-training");

        assertThat(r.status()).isEqualTo(ExitCodes.DONE);
        assertThat(r.out()).startsWith("zhengzhou.intl-training  中青年人才国际化培养项目（申报主体：个人）\n  郑科规〔2024〕2号 ")
                .contains("施行期 2024-02-06 – 2027-02-05（第二十四条）", "birthDate  出生日期 / date of birth  [日期]", "healthy  身心健康",
                        "degree  最高学位 / highest degree  [等级：NONE BACHELOR MASTER DOCTORATE]");
        Run en = Run.of("packs", "--lang", "en", "--facts", "zhengzhou.intl-training");
        assertThat(en.out()).contains("birthDate  出生日期 / date of birth  [date]", "degree  最高学位 / highest degree  [level: NONE BACHELOR MASTER DOCTORATE]");
        assertThat(r.out()).as("that programme alone").doesNotContain("national.entrepreneur", "zhengzhou.expert-studio", "hostInHenan");
    }

    @Test
    void packsFactsOfAnUnknownProgrammeNamesTheNearOne() {
        Run r = Run.of("packs", "--facts", "zhengzhou.intl-trainig");

        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("talent-rules: 没有项目“zhengzhou.intl-trainig”（是不是“zhengzhou.intl-training”？）；talent-rules packs 列出所有项目\n");
    }
}
