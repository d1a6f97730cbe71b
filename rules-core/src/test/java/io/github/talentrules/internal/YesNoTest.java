package io.github.talentrules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One list of yes and no words for case sheets and scenario sheets. */
class YesNoTest {
    @ParameterizedTest
    @CsvSource({"是, true", "有, true", "√, true", "对, true", "YES, true", " y , true", "TRUE, true", "1, true",
            "否, false", "无, false", "没有, false", "不是, false", "×, false", "No, false", "false, false", "0, false"})
    void readsTheWordsOfBothLanguages(String word, boolean value) {
        assertThat(YesNo.read(word)).contains(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "maybe", "2", "是的吗", "ok"})
    void anythingElseIsNeither(String word) {
        assertThat(YesNo.read(word)).isEmpty();
    }
}
