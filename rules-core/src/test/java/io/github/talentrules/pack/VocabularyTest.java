package io.github.talentrules.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.talentrules.Language;
import io.github.talentrules.pack.Vocabulary.Ambiguous;
import io.github.talentrules.pack.Vocabulary.Failure;
import io.github.talentrules.pack.Vocabulary.Found;
import io.github.talentrules.pack.Vocabulary.Match;
import io.github.talentrules.pack.Vocabulary.Refused;
import io.github.talentrules.pack.Vocabulary.Unknown;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How a word becomes a code: with certainty, or as a failure that says what to write. */
class VocabularyTest {
    private static final Vocabulary LEVELS = Vocabulary.builder("levels", "等级", "level")
            .value("LOW", "低级", "low", List.of("初等", "L 1"))
            .value("MIDDLE", "中级", "middle", List.of("中等"))
            .value("HIGH", "高级", "high", List.of("高等", "Top-Level"))
            .ambiguous("中高", List.of("MIDDLE", "HIGH"))
            .refuse(List.of("特级", "SPECIAL"), "特级不是这里的等级", "special is not one of these levels")
            .build();

    private static String code(Match m) {
        assertThat(m).isInstanceOf(Found.class);
        return ((Found) m).value().code();
    }

    @Test
    void aCodeIsShownInTheWordOfTheLanguageAndAListOfThemWithASeparatorNoLabelHolds() {
        assertThat(COSTS.word("BOOKS", Language.ZH)).isEqualTo("购置必要的图书、资料");
        assertThat(COSTS.word("BOOKS", Language.EN)).isEqualTo("books, materials");
        assertThat(COSTS.word("OTHER", Language.EN)).as("a code with no word stays the code").isEqualTo("OTHER");
        assertThat(COSTS.words(List.of("TRAVEL", "BOOKS"), Language.ZH)).isEqualTo("国际旅费，购置必要的图书、资料");
        assertThat(COSTS.words(List.of("TRAVEL", "BOOKS"), Language.EN)).isEqualTo("travel; books, materials");
    }

    @Test
    void aLabelHoldingTheSeparatorOfAListIsRefused() {
        assertThatThrownBy(() -> Vocabulary.builder("x", "甲", "x").value("A", "甲，乙", "a", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the value A").hasMessageContaining("'，'");
        assertThatThrownBy(() -> Vocabulary.builder("x", "甲", "x").value("A", "甲", "a; b", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("';'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"HIGH", "high", "ＨＩＧＨ", " High ", "高级", "高等", "Top-Level", "top level", "TOPLEVEL", "ｔｏｐ　ｌｅｖｅｌ",
            "HIGH（高级）", "HIGH (high)", "高级(HIGH)", "高 级"})
    void aCodeALabelOrAWordInAnyWidthCaseOrSpacingNamesItsValue(String word) {
        assertThat(code(LEVELS.read(word))).isEqualTo("HIGH");
    }

    @Test
    void theFoundValueKeepsTheWordAsWritten() {
        assertThat(LEVELS.read("ｌ１")).isEqualTo(new Found("ｌ１", LEVELS.value("LOW").orElseThrow()));
    }

    @Test
    void aCodeQualifiedByAnotherValuesNameIsAmbiguousNotEitherOfThem() {
        Match m = LEVELS.read("HIGH（低级）");
        assertThat(m).isInstanceOf(Ambiguous.class);
        assertThat(((Ambiguous) m).values()).extracting(Vocabulary.Value::code).containsExactly("HIGH", "LOW");
    }

    @Test
    void aWordThatCouldMeanSeveralValuesIsAnErrorListingThemInEitherLanguage() {
        Failure f = (Failure) LEVELS.read("中高");
        assertThat(f).isInstanceOf(Ambiguous.class);
        assertThat(f.message(Language.ZH)).isEqualTo("“中高”可指中级（MIDDLE）或高级（HIGH），无法确定是哪一个，请写明");
        assertThat(f.message(Language.EN)).isEqualTo("'中高' could mean MIDDLE (middle) or HIGH (high): write which one");
    }

    @Test
    void anUnknownWordNamesTheNearestValues() {
        Failure f = (Failure) LEVELS.read("高纪");
        assertThat(f).isInstanceOf(Unknown.class);
        assertThat(((Unknown) f).nearest()).extracting(Vocabulary.Value::code).containsExactly("HIGH");
        assertThat(f.message(Language.ZH)).isEqualTo("“高纪”不是可识别的值；最接近的是：高级（HIGH）");
        assertThat(f.message(Language.EN)).isEqualTo("'高纪' is not a known value; nearest: HIGH (high)");
    }

    @Test
    void anUnknownWordFarFromEveryValueListsThemAllWhenTheyAreFew() {
        Failure f = (Failure) LEVELS.read("whatever");
        assertThat(((Unknown) f).nearest()).isEmpty();
        assertThat(f.message(Language.EN)).isEqualTo("'whatever' is not a known value; write one of: LOW (low), MIDDLE (middle), HIGH (high)");
        assertThat(f.message(Language.ZH)).isEqualTo("“whatever”不是可识别的值；可写：低级（LOW）、中级（MIDDLE）、高级（HIGH）");
    }

    @Test
    void aWordTheVocabularyRefusesSaysWhy() {
        Failure f = (Failure) LEVELS.read("special");
        assertThat(f).isInstanceOf(Refused.class);
        assertThat(f.message(Language.ZH)).isEqualTo("“special”：特级不是这里的等级");
        assertThat(f.message(Language.EN)).isEqualTo("'special': special is not one of these levels");
    }

    @Test
    void aQualifiedWordIsReadOnlyWhenBothPartsAreRead() {
        assertThat(LEVELS.read("HIGH（特级）")).isEqualTo(new Refused("HIGH（特级）", "特级不是这里的等级", "special is not one of these levels"));
        assertThat(LEVELS.read("HIGH（高纪）")).isInstanceOf(Unknown.class);
        assertThat(LEVELS.read("HIGH（中高）")).isInstanceOf(Ambiguous.class);
        assertThat(LEVELS.read("（高级）")).isInstanceOf(Unknown.class);
    }

    @Test
    void blankAndPunctuationAloneAreUnknown() {
        assertThat(LEVELS.read("")).isInstanceOf(Unknown.class);
        assertThat(LEVELS.read(" - ")).isInstanceOf(Unknown.class);
    }

    /** Labels that hold the separators a reader of lists splits at. */
    private static final Vocabulary COSTS = Vocabulary.builder("costs", "费用", "cost")
            .value("BOOKS", "购置必要的图书、资料", "books, materials", List.of())
            .value("TRAVEL", "国际旅费", "travel", List.of())
            .build();

    @Test
    void aListReadsEachPartAndKeepsALabelThatHoldsASeparator() {
        Vocabulary v = COSTS;
        assertThat(v.readList("国际旅费，购置必要的图书、资料；TRAVEL")).extracting(VocabularyTest::code).containsExactly("TRAVEL", "BOOKS", "TRAVEL");
        assertThat(v.readList("books, materials")).extracting(VocabularyTest::code).containsExactly("BOOKS");
        assertThat(v.readList("国际旅费、旅游")).extracting(m -> m.getClass().getSimpleName()).containsExactly("Found", "Unknown");
    }

    @Test
    void valuesKeepTheirOrderAndLabels() {
        assertThat(LEVELS.codes()).containsExactly("LOW", "MIDDLE", "HIGH");
        assertThat(LEVELS.value("MIDDLE").orElseThrow().label(Language.EN)).isEqualTo("middle");
        assertThat(LEVELS.value("middle")).isEmpty();
        assertThat(LEVELS.label(Language.ZH)).isEqualTo("等级");
        assertThat(LEVELS.name()).isEqualTo("levels");
    }

    @Test
    void aWordThatWouldNameTwoValuesIsRefusedWhenTheVocabularyIsBuilt() {
        Vocabulary.Builder b = Vocabulary.builder("x", "甲", "x").value("A", "甲一", "a", List.of("同"));
        assertThatThrownBy(() -> b.value("B", "乙", "b", List.of("Ｔｏｎｇ", "同")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("'同' already names A (甲一)");
        assertThatThrownBy(() -> b.value("C", "丙", "a", List.of()))
                .hasMessage("'a' already names A (甲一) (as 'A')");
        assertThatThrownBy(() -> b.value("D", "丁", "d", List.of("A.")))
                .hasMessage("'A.' already names A (甲一) (as 'A')");
        assertThatThrownBy(() -> b.ambiguous("同", List.of("A", "A")))
                .hasMessage("the ambiguous word '同' names fewer than two values");
        assertThatThrownBy(() -> b.refuse(List.of("甲 一"), "不", "no"))
                .hasMessage("'甲 一' already names A (甲一) (as '甲一')");
    }

    @Test
    void aValueNeedsACodeAndBothLabels() {
        Vocabulary.Builder b = Vocabulary.builder("x", "甲", "x");
        assertThatThrownBy(() -> b.value("A", " ", "a", List.of())).hasMessage("the value A has no Chinese label (zh)");
        assertThatThrownBy(() -> b.value("A", "甲", null, List.of())).hasMessage("the value A has no English label (en)");
        assertThatThrownBy(() -> b.value("a b", "甲", "a", List.of())).hasMessage("'a b' is not a code: write capital letters, digits, '_' or '-'");
        assertThatThrownBy(b::build).hasMessage("the vocabulary x has no values");
        assertThatThrownBy(() -> Vocabulary.builder("Bad Name", "甲", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
