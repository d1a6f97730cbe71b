package io.github.talentrules.zhengzhou;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.Batch;
import io.github.talentrules.Case;
import io.github.talentrules.Finding;
import io.github.talentrules.Language;
import io.github.talentrules.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 郑人社规〔2024〕1号 第三条: 3年内遴选100名左右, over a batch of trainees (左右: above 100 is for a reviewer). */
class SocialTalentQuotaTest {

    static Batch batch(int confirmed, int notConfirmed) {
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < confirmed + notConfirmed; i++) {
            cases.add(SocialTalentFundingTest.trainee(Map.of("confirmed", i < confirmed)));
        }
        return ZhengzhouPackTest.RULES.decideAll(cases);
    }

    @ParameterizedTest(name = "{0} confirmed, {1} not: {2}")
    @CsvSource({"99, 5, PASS", "100, 5, PASS", "101, 0, REVIEW"})
    void aboutOneHundredAreSelected(int confirmed, int notConfirmed, Status expected) {
        Batch b = batch(confirmed, notConfirmed);
        assertThat(b.findings()).extracting(Finding::rule).containsExactly("3 遴选名额");
        assertThat(b.findings().get(0).status()).isEqualTo(expected);
        assertThat(b.decisions()).hasSize(confirmed + notConfirmed);
        assertThat(b.explainFindings(Language.ZH)).contains("第三条");
    }

    @org.junit.jupiter.api.Test
    void aBatchWithNoTraineesSaysNothingOfTheQuota() throws java.io.IOException {
        Case applicant = ZhengzhouPackTest.RULES.readCase(java.nio.file.Path.of("../examples/cases/zhengzhou/intl-training.yaml"));
        assertThat(ZhengzhouPackTest.RULES.decideAll(List.of(applicant)).findings()).isEmpty();
    }

    @ParameterizedTest(name = "a single case is never judged against the quota")
    @CsvSource({"true", "false"})
    void theQuotaIsNotACaseCondition(boolean confirmed) {
        var d = ZhengzhouPackTest.RULES.decide(SocialTalentFundingTest.trainee(Map.of("confirmed", confirmed)));
        assertThat(d.findings()).noneMatch(f -> f.rule().startsWith("3 "));
    }
}
