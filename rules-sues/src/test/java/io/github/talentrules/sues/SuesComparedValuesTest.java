package io.github.talentrules.sues;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.Case;
import io.github.talentrules.Decision;
import io.github.talentrules.Finding;
import io.github.talentrules.Language;
import io.github.talentrules.Status;
import io.github.talentrules.TalentRules;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The two comparisons the pack computes from a case's counts and amounts (沪工程外〔2021〕3号 第八条第5项第（1）目,
 * 第十条第3项第（3）目): the explanation shows both compared values, not a conclusion the case stated.
 */
class SuesComparedValuesTest {
    static final TalentRules RULES = SuesPackTest.RULES;
    static final String RATIO = "8.5.1 中外方团队成员比例上限";
    static final String FUNDS = "10.3.3 研究型：原则上项目进入学校账号的经费总额大于本项目资助总经费";

    private static Finding finding(Decision d, String rule) {
        return d.findings().stream().filter(f -> f.rule().equals(rule)).findFirst().orElseThrow();
    }

    private static Decision research(long fundsToUniversity, long requested) {
        return RULES.decide(Case.builder("sues.high-end-expert", LocalDate.of(2024, 3, 1)).fact("expertType", "RESEARCH")
                .fact("intlProjectFundsToUniversity", fundsToUniversity).fact("requestedFunding", requested).build());
    }

    @Test
    void theRatioIsExplainedWithBothHeadCounts() {
        Decision example = RULES.decide(RULES.readCase(Path.of("../examples/cases/sues/expert-team.yaml")));
        assertThat(finding(example, RATIO).status()).isEqualTo(Status.PASS);
        assertThat(example.explain(Language.ZH)).contains("中方团队成员人数 8 ≤ 3 × 聘请外国专家人数（含团队负责人） 4");

        Decision tenToThree = RULES.decide(Case.builder("sues.expert-team", LocalDate.of(2024, 3, 1))
                .fact("chineseMembers", 10).fact("foreignExperts", 3).build());
        assertThat(finding(tenToThree, RATIO).status()).isEqualTo(Status.FAIL);
        assertThat(tenToThree.explain(Language.EN))
                .contains("number of Chinese members of the team 10 > 3 × number of foreign experts in the team, leader included 3");
    }

    @Test
    void theProjectFundsAreExplainedWithBothAmounts() {
        Decision equal = research(200000, 200000);
        assertThat(finding(equal, FUNDS).status()).isEqualTo(Status.REVIEW);
        assertThat(equal.explain(Language.ZH)).contains("国际合作科研项目进入学校账号的经费总额（元） 200000元（20万元） ≤ 研究型高端外国专家项目申请资助总经费（元） 200000元（20万元）");

        Decision oneMore = research(200001, 200000);
        assertThat(finding(oneMore, FUNDS).status()).isEqualTo(Status.PASS);
        assertThat(oneMore.explain(Language.ZH)).contains("200001元").contains("> 研究型高端外国专家项目申请资助总经费（元） 200000元（20万元）");
    }
}
