package io.github.talentrules.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.talentrules.pack.FactSpec;
import io.github.talentrules.Language;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Cells as staff type them: dates in every common shape, yes and no in Chinese, amounts in 万元. */
class CellsTest {
    static FactSpec spec(FactSpec.Type type, String... values) {
        return new FactSpec("f", type, "列", "column", List.of(values), "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-06-01", "2024/6/1", "2024.6.1", "2024年6月1日", "2024 年 6 月 1 日", "20240601", "2024-06-01 00:00:00", "2024-6-1"})
    void datesInEveryShape(String text) throws Exception {
        assertThat(Cells.date(text, Language.ZH)).isEqualTo(LocalDate.of(2024, 6, 1));
    }

    @ParameterizedTest
    @CsvSource({"2023-02-29", "2024-13-01", "2024年2月30日"})
    void impossibleDatesAreNotRolledOver(String text) {
        assertThatThrownBy(() -> Cells.date(text, Language.EN)).hasMessage("'" + text + "' is not a real date");
    }

    @Test
    void notADateSaysHowToWriteOne() {
        assertThatThrownBy(() -> Cells.date("六月一日", Language.ZH)).hasMessageContaining("不是日期");
    }

    @ParameterizedTest
    @CsvSource({"是,true", "否,false", "TRUE,true", "false,false", "Y,true", "n,false", "1,true", "0,false", "有,true", "无,false", "√,true", "×,false"})
    void yesAndNo(String text, boolean value) throws Exception {
        assertThat(Cells.bool(text, Language.ZH)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource({"50000,50000", "'50,000',50000", "5万,50000", "5万元,50000", "50000元,50000", "1.5万,15000"})
    void amountsInYuan(String text, String yuan) throws Exception {
        assertThat((BigDecimal) Cells.value(spec(FactSpec.Type.YUAN), text, Map.of(), Language.ZH)).isEqualByComparingTo(yuan);
    }

    @Test
    void wholeNumbersAsExcelWritesThem() throws Exception {
        assertThat(Cells.value(spec(FactSpec.Type.INTEGER), "14.0", Map.of(), Language.ZH)).isEqualTo(14);
        assertThatThrownBy(() -> Cells.value(spec(FactSpec.Type.INTEGER), "14.5", Map.of(), Language.EN))
                .hasMessage("'14.5' is not a whole number");
    }

    @Test
    void levelsByCodeInAnyCaseOrByTheMappingsWords() throws Exception {
        FactSpec degree = spec(FactSpec.Type.LEVEL, "NONE", "BACHELOR", "MASTER");
        assertThat(Cells.value(degree, "master", Map.of(), Language.ZH)).isEqualTo("MASTER");
        assertThat(Cells.value(degree, "硕士", Map.of("硕士", "MASTER"), Language.ZH)).isEqualTo("MASTER");
        assertThat(Cells.value(spec(FactSpec.Type.CODES, "A", "B", "C"), "A、b；C", Map.of(), Language.ZH))
                .isEqualTo(List.of("A", "B", "C"));
    }

    @Test
    void encodingIsDetectedFromTheBytes() {
        byte[] utf8 = "序号,姓名\n1,张三\n".getBytes(StandardCharsets.UTF_8);
        byte[] gbk = "序号,姓名\n1,张三\n".getBytes(java.nio.charset.Charset.forName("GBK"));
        assertThat(Input.detect("a.csv", utf8, utf8.length)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(Input.detect("a.csv", gbk, gbk.length).name()).isEqualTo("GB18030");
        assertThat(Input.detect("a.csv", utf8, 4)).as("a character cut at the end of the sample").isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void headersMatchWhateverTheSpacesAndBrackets() {
        assertThat(Headers.normal(" 培养时间 (天)* ")).isEqualTo(Headers.normal("培养时间（天）"));
        assertThat(Headers.normal("Date of Birth：")).isEqualTo("dateofbirth");
    }
}
