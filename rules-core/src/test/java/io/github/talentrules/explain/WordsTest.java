package io.github.talentrules.explain;

import io.github.talentrules.Language;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "第九条第（二）项 | art. 9(2)",
        "第二十四条 | art. 24",
        "第十条 | art. 10",
        "第四十三条 | art. 43",
        "第一百零五条 | art. 105",
        // paragraphs (款), and the packs that number items in Arabic numerals
        "第七条第一款 | art. 7 para. 1",
        "第八条第一款、第二款 | art. 8 para. 1, para. 2",
        "第八条第一款第（三）项、第二款第（三）项 | art. 8 para. 1(3), para. 2(3)",
        "第九条第1项 | art. 9(1)",
        "第八条第5项第（6）目 | art. 8(5)(6)",
        "第十条第（一）项至第（四）项 | art. 10(1) to (4)",
        // a work plan's numbering: 三、（二）一是, and the title
        "三、（二）一是 | part 3(2), point 1",
        "二、 | part 2",
        "四、（二） | part 4(2)",
        "标题 | title",
    })
    void chineseCitationsReadAsArticleNumbersInEnglish(String zh, String en) {
        assertThat(Citation.of(zh, Language.EN)).isEqualTo(en);
        assertThat(Citation.of(zh, Language.ZH)).isEqualTo(zh);
    }

    @Test
    void everyArticleNumberReadsTheSameInChineseAndArabicNumerals() {
        for (int n = 1; n <= 999; n++) {
            String numeral = Citation.numeral(n);
            assertThat(Citation.number(numeral)).as("%d written %s", n, numeral).isEqualTo(n);
            assertThat(Citation.number(String.valueOf(n))).isEqualTo(n);
            assertThat(Citation.of("第" + numeral + "条", Language.EN)).isEqualTo("art. " + n);
            assertThat(Citation.of("第" + n + "条", Language.EN)).isEqualTo("art. " + n);
        }
        assertThat(Citation.numeral(10)).isEqualTo("十");
        assertThat(Citation.numeral(27)).isEqualTo("二十七");
        assertThat(Citation.numeral(105)).isEqualTo("一百零五");
        assertThat(Citation.numeral(110)).isEqualTo("一百一十");
    }

    @Test
    void moneyIsShownInYuanAndWan() {
        assertThat(Money.text(new BigDecimal("600000"), Language.ZH)).isEqualTo("600000元（60万元）");
        assertThat(Money.text(new BigDecimal("600000.00"), Language.ZH)).isEqualTo("600000元（60万元）");
        assertThat(Money.text(new BigDecimal("12345.6"), Language.ZH)).isEqualTo("12345.6元（1.23456万元）");
        assertThat(Money.text(new BigDecimal("5000"), Language.ZH)).isEqualTo("5000元");
        assertThat(Money.text(new BigDecimal("600000"), Language.EN)).isEqualTo("600,000 yuan");
    }

    @Test
    void aCellHoldsThePlainNumberWithoutTrailingZerosOrExponent() {
        assertThat(Money.plain(new BigDecimal("120000.0"))).isEqualTo("120000");
        assertThat(Money.plain(new BigDecimal("1.2E+5"))).isEqualTo("120000");
        assertThat(Money.plain(new BigDecimal("0.20"))).isEqualTo("0.2");
        assertThat(Money.plain(new BigDecimal("0.00"))).isEqualTo("0");
    }

    @Test
    void theUnitWordsOfAnAmountAreInOnePlace() {
        assertThat(Money.per("yuan/year", Language.ZH)).isEqualTo("/年");
        assertThat(Money.per("yuan/month", Language.EN)).isEqualTo(" a month");
        assertThat(Money.per("yuan", Language.EN)).isEmpty();
    }
}
