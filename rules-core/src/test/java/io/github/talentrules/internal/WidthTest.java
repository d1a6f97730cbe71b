package io.github.talentrules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Full-width forms, as a Chinese input method types them, become their ASCII forms; nothing else changes. */
class WidthTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ＣＮ|CN", "ｃｎ|cn", "１２０天|120天", "CN（中国）|CN(中国)", "１２，０００|12,000", "３．５|3.5",
            "ＡＢ　Ｃ|AB C", "￥５０００|¥5000", "－５|-5", "教育、医疗卫生。|教育、医疗卫生。", "plain|plain"})
    void foldsFullWidthFormsAndNothingElse(String written, String folded) {
        assertThat(Width.fold(written)).isEqualTo(folded);
    }
}
