package io.github.talentrules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.TalentRules;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link PackContract#namesStateNoParameterValue} reads as a number in a name, and what it finds in a pack. */
class NamesStateNoParameterValueTest {

    @Test
    void readsTheNumbersANameWritesInDigitsGroupsChineseAndEnglish() {
        assertThat(PackContract.numbers("工作室最高60万元资金支持")).containsExactly(n("60"));
        assertThat(PackContract.numbers("A request above 600,000 yuan")).containsExactly(n("600000"));
        assertThat(PackContract.numbers("按6:4比例分两期拨付")).containsExactly(n("6"), n("4"), n("2"));
        assertThat(PackContract.numbers("不超过资助经费的20%")).containsExactly(n("20"));
        assertThat(PackContract.numbers("在我校工作三个月及以上")).containsExactly(n("3"));
        assertThat(PackContract.numbers("在国外连续工作36个月以上，0.5年")).containsExactly(n("36"), n("0.5"));
        assertThat(PackContract.numbers("Teaching-research type: two joint papers")).containsExactly(n("2"));
    }

    @Test
    void skipsArticlesCategoriesAndWordsThatAreNoNumber() {
        assertThat(PackContract.numbers("预算开支类别属第十条、第十六条所列")).isEmpty();
        assertThat(PackContract.numbers("Every budget category is one art. 11 or 16 names")).containsExactly(n("1"));
        assertThat(PackContract.numbers("a Q2+ paper")).isEmpty();
        assertThat(PackContract.numbers("一般应建有市级研发平台，一事一议，第一期培养资金")).isEmpty();
        assertThat(PackContract.numbers("同一名高端外国专家")).isEmpty();
        assertThat(PackContract.numbers("Paid once the papers are submitted")).isEmpty();
    }

    @Test
    void findsEveryRuleWhoseNameOrTitleStatesAValueOfAParameterItReads() {
        TalentRules money = TalentRules.builder().packFolder(Path.of("src/test/resources/packs/money")).build();

        List<String> found = PackContract.namesStatingParameterValues(money, "money");

        assertThat(found).anySatisfy(s -> assertThat(s).startsWith("rules/money.drl:20: rule '2 最高60万元'")
                .contains("60, 600000 of 'project.cap'"));
        assertThat(found).anySatisfy(s -> assertThat(s).contains("rule '2 赴国外经费不超过资助经费的20%'")
                .contains("20 of 'project.abroad-share'"));
        assertThat(found).noneSatisfy(s -> assertThat(s).contains("rule '2 开支类别'"));
        assertThat(found).noneSatisfy(s -> assertThat(s).contains("rule '1 已登记'"));
    }

    private static BigDecimal n(String s) {
        return new BigDecimal(s).stripTrailingZeros();
    }
}
