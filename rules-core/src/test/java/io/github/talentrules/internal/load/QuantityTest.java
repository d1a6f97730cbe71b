package io.github.talentrules.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.Language;
import io.github.talentrules.internal.load.Quantity.Read;
import io.github.talentrules.internal.load.Quantity.Reading;
import io.github.talentrules.internal.load.Quantity.Refused;
import io.github.talentrules.pack.Unit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers as issue 14's sheets write them: read exactly, or refused with a reason naming what was found and what is expected. */
class QuantityTest {

    private static Refused<?> refused(Reading<?> r) {
        assertThat(r).isInstanceOf(Refused.class);
        return (Refused<?>) r;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "120天|DAYS|120", "120 天|DAYS|120", "120日|DAYS|120", "１２０天|DAYS|120", "120 days|DAYS|120", "120|DAYS|120",
            "3年|YEARS|3", "3周年|YEARS|3", "3 years|YEARS|3", "3个月|MONTHS|3", "3 个月|MONTHS|3", "36 Months|MONTHS|36",
            "2周|WEEKS|2", "2个星期|WEEKS|2", "5个工作日|WORKING_DAYS|5", "3人|PERSONS|3", "3名|PERSONS|3", "3篇|COUNT|3",
            "2门|COUNT|2", "12,000|COUNT|12000", "1,234,567|COUNT|1234567", "0|COUNT|0", "3.0|YEARS|3", "3.00年|YEARS|3",
            "第2年|ORDINAL_YEAR|2", "2|ORDINAL_YEAR|2", "第50名|RANK|50", "50名|RANK|50", "16课时|HOURS_PER_MONTH|16",
            "0120|DAYS|120", "010|DAYS|10", "0120天|DAYS|120"})
    void wholeNumbersWithTheirUnitWordRead(String text, Unit unit, int expected) {
        assertThat(Quantity.whole(text, unit)).isEqualTo(new Read<>(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "5万元|50000", "5万|50000", "1.5万元|15000", "50000元|50000", "50,000元|50000", "¥5,000|5000", "￥5000|5000",
            "人民币5000元|5000", "5000 RMB|5000", "2千元|2000", "1234.56|1234.56", "12.30元|12.30", "0.5万元|5000"})
    void amountsInYuanRead(String text, String expected) {
        Reading<BigDecimal> r = Quantity.decimal(text, Unit.YUAN);
        assertThat(r).isInstanceOf(Read.class);
        assertThat(((Read<BigDecimal>) r).value()).isEqualByComparingTo(expected).hasToString(expected);
    }

    @Test
    void monthsMayHaveAFraction() {
        assertThat(Quantity.decimal("6.5个月", Unit.MONTHS)).isEqualTo(new Read<>(new BigDecimal("6.5")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1,2|MONTHS|“1,2”中的逗号不是千位分隔符（千位分隔写作 12,000）",
            "1,20|DAYS|“1,20”中的逗号不是千位分隔符（千位分隔写作 12,000）",
            "1,2000|DAYS|“1,2000”中的逗号不是千位分隔符（千位分隔写作 12,000）",
            "12,|DAYS|“12,”不是格式正确的数字（请写作 120、12,000 或 1.5 这样的数字）",
            "1e2|DAYS|“1e2”是科学计数法，请直接写出数字",
            "1.5E3|DAYS|“1.5E3”是科学计数法，请直接写出数字",
            "-5|DAYS|“-5”是负数；应为天数（天），不能为负",
            "－5天|DAYS|“－5天”是负数；应为天数（天），不能为负",
            "负5|YUAN|“负5”是负数；应为金额（元），不能为负",
            "+5|DAYS|“+5”带有正号，请只写数字",
            "0x10|COUNT|“0x10”不是十进制数字",
            "1_000|COUNT|“1_000”不是格式正确的数字（请写作 120、12,000 或 1.5 这样的数字）",
            "12 000|COUNT|“12 000”不是格式正确的数字（请写作 120、12,000 或 1.5 这样的数字）",
            "三年|YEARS|“三年”不是数字（请用阿拉伯数字书写，如 120 或 12,000）",
            ".5|MONTHS|“.5”不是数字（请用阿拉伯数字书写，如 120 或 12,000）",
            "3.5|YEARS|“3.5”不是整数",
            "120元|DAYS|“120元”写的是金额（元），应为天数（天）",
            "3年|MONTHS|“3年”写的是年数（年），应为月数（个月）",
            "5天|WORKING_DAYS|“5天”写的是天数（天），应为工作日数（工作日）",
            "3人|COUNT|“3人”写的是人数（人），应为个数（个）",
            "5万|DAYS|“5万”写的是金额（元），应为天数（天）",
            "¥5|DAYS|“¥5”写的是金额（元），应为天数（天）",
            "3月|MONTHS|“3月”可能指某月份；时长请写作“个月”（如 3个月）",
            "3小时|HOURS_PER_MONTH|“3小时”中的“小时”不是可识别的单位；应为每月课时数（课时/月）",
            "第3年|YEARS|“第3年”是序数（第几），不是数量；应为年数（年）",
            "第0名|RANK|“第0名”：名次（名）从1开始",
            "12.345元|YUAN|“12.345元”精确到分以下（最多两位小数）",
            "3年6个月|MONTHS|“3年6个月”不是格式正确的数字（请写作 120、12,000 或 1.5 这样的数字）",
            "99999999999|COUNT|“99999999999”过大",
            "' '|DAYS|没有填写数字"})
    void whatCannotBeReadWithCertaintyIsRefusedSayingWhy(String text, Unit unit, String zh) {
        Reading<?> r = unit == Unit.YUAN ? Quantity.decimal(text, unit) : Quantity.whole(text, unit);
        assertThat(refused(r).message(Language.ZH)).isEqualTo(zh);
    }

    @Test
    void theEnglishMessageNamesBothUnits() {
        assertThat(refused(Quantity.whole("120元", Unit.DAYS)).message(Language.EN)).isEqualTo("'120元' is in yuan; expected days");
        assertThat(refused(Quantity.whole("1,20", Unit.DAYS)).message(Language.EN))
                .isEqualTo("'1,20' is not a well-formed number: a comma may only separate thousands (12,000)");
        assertThat(refused(Quantity.whole("-5", Unit.DAYS)).message(Language.EN)).isEqualTo("'-5' is negative; expected days, never below 0");
    }
}
