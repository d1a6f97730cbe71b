package io.github.talentrules.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.Case;
import io.github.talentrules.Decision;
import io.github.talentrules.DemoPack;
import io.github.talentrules.Finding;
import io.github.talentrules.Language;
import io.github.talentrules.TalentRules;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A finding that compares with a value a reform gave says whose value it is, in the reform's words. */
class ReformWordsTest {

    private static Case born(LocalDate birth, LocalDate asOf) {
        return Case.builder("demo.grant", asOf).fact("birthDate", birth).fact("degree", "MASTER").fact("hasPlatform", true)
                .fact("confirmed", true).attest("excellent", true).build();
    }

    private static Finding age(Decision d) {
        return d.findings().stream().filter(f -> f.rule().equals("2.1 年龄在40周岁以下")).findFirst().orElseThrow();
    }

    /** The demo's age limit lowered to 35 from {@code from}, with no words of its own for the parameter. */
    private static Reform lowered(LocalDate from) {
        NavigableMap<LocalDate, Object> values = new TreeMap<>(Map.of(from, BigDecimal.valueOf(35)));
        return new Reform("age.yaml", "年龄上限降至35周岁", "Age limit lowered to 35", "", "demo", Map.of("grant.max-age", values),
                Map.of(), Map.of(), List.of(), List.of());
    }

    @Test
    void theReformsValueIsFollowedByItsNewWordsForTheParameterInTheRunsLanguage() {
        Decision d = ReformTest.AGE_35.decide(born(LocalDate.of(1986, 1, 1), LocalDate.of(2024, 6, 1)));

        assertThat(d.explain(age(d), Language.ZH)).isEqualTo("年龄（周岁） 38 > 35（改革：年龄在35周岁以下）");
        assertThat(d.explain(age(d), Language.EN)).isEqualTo("age 38 > 35 (reform: aged 35 or under)");
        assertThat(d.explain(Language.ZH)).contains("年龄（周岁） 38 > 35（改革：年龄在35周岁以下）");
        assertThat(d.toJson(Language.EN)).contains("\"message\":\"age 38 > 35 (reform: aged 35 or under)\"")
                .contains("\"grant.max-age\":35");
    }

    @Test
    void aRangeTheReformChangesIsShownWholeBeforeItsWords() {
        io.github.talentrules.explain.Text words = io.github.talentrules.explain.Text.of("6-12万/月", "");
        Reform raised = new Reform("rate.yaml", "月标准提高至6-12万元", "", "", "money",
                Map.of("visit.min-per-month", new TreeMap<>(Map.of(LocalDate.of(2024, 1, 1), BigDecimal.valueOf(60000))),
                        "visit.max-per-month", new TreeMap<>(Map.of(LocalDate.of(2024, 1, 1), BigDecimal.valueOf(120000)))),
                Map.of("visit.min-per-month", words, "visit.max-per-month", words), Map.of(), List.of(), List.of());
        TalentRules rules = TalentRules.builder().packFolder(Path.of("src/test/resources/packs/money")).build().withReform(raised);

        Decision d = rules.decide(Case.builder("money.visit", LocalDate.of(2025, 6, 1)).fact("registered", true).fact("fundedMonths", 2).build());
        Finding rate = d.findings().stream().filter(f -> f.rule().equals("5 5-10万元/月，最长2个月")).findFirst().orElseThrow();

        assertThat(d.explain(rate, Language.ZH)).isEqualTo("资助月数 2 ≤ 2；5-10万/月：60000元（6万元）/月 – 120000元（12万元）/月（改革：6-12万/月）");
        assertThat(d.explain(rate, Language.EN)).as("a reform with no English words and no English name: its Chinese words")
                .isEqualTo("months funded 2 ≤ 2; 5-10万/月: 60,000 yuan a month – 120,000 yuan a month (reform: 6-12万/月)");
    }

    @Test
    void englishWordsWithoutTheChineseAreRefusedNamingTheField(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        Path file = dir.resolve("en-only.yaml");
        java.nio.file.Files.writeString(file, "reform: 年龄上限降至35周岁\npack: demo\nparameters:\n  grant.max-age:\n"
                + "    en: aged 35 or under\n    values: {2024-01-01: 35}\n");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Reform.read(file))
                .isInstanceOf(io.github.talentrules.InvalidPackException.class)
                .hasMessageContaining("parameters.grant.max-age.en: gives English words without the Chinese");
    }

    @Test
    void theLawsValueIsNotMarked() {
        Decision d = DemoPack.RULES.decide(born(LocalDate.of(1986, 1, 1), LocalDate.of(2024, 6, 1)));

        assertThat(d.explain(age(d), Language.ZH)).isEqualTo("年龄（周岁） 38 ≤ 40");
    }

    @Test
    void aCaseDatedBeforeTheReformsValueIsJudgedByTheLawsAndNotMarked_afterItTheReformsNameSaysWhose() {
        TalentRules rules = DemoPack.RULES.withReform(lowered(LocalDate.of(2024, 7, 1)));

        Decision before = rules.decide(born(LocalDate.of(1986, 1, 1), LocalDate.of(2024, 6, 30)));
        Decision after = rules.decide(born(LocalDate.of(1986, 1, 1), LocalDate.of(2024, 7, 1)));

        assertThat(before.explain(age(before), Language.ZH)).isEqualTo("年龄（周岁） 38 ≤ 40");
        assertThat(after.explain(age(after), Language.ZH)).isEqualTo("年龄（周岁） 38 > 35（改革：年龄上限降至35周岁）");
        assertThat(after.explain(age(after), Language.EN)).isEqualTo("age 38 > 35 (reform: Age limit lowered to 35)");
    }
}
