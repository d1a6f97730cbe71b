package io.github.talentrules.explain;

import io.github.talentrules.Language;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

    @ParameterizedTest
    @CsvSource({"第九条第（二）项, art. 9(2)", "第二十四条, art. 24", "第十条, art. 10", "第四十三条, art. 43", "第一百零五条, art. 105"})
    void chineseCitationsReadAsArticleNumbersInEnglish(String zh, String en) {
        assertThat(Explanation.article(zh, Language.EN)).isEqualTo(en);
        assertThat(Explanation.article(zh, Language.ZH)).isEqualTo(zh);
    }

    @Test
    void moneyIsShownInYuanAndWan() {
        assertThat(Explanation.money(new BigDecimal("600000"), Language.ZH)).isEqualTo("600000元（60万元）");
        assertThat(Explanation.money(new BigDecimal("5000"), Language.ZH)).isEqualTo("5000元");
        assertThat(Explanation.money(new BigDecimal("600000"), Language.EN)).isEqualTo("600,000 yuan");
    }
}
