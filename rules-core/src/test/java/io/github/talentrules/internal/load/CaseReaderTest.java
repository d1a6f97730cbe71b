package io.github.talentrules.internal.load;

import io.github.talentrules.DemoPack;
import io.github.talentrules.Case;
import io.github.talentrules.InvalidCaseException;
import io.github.talentrules.pack.FactSpec;
import io.github.talentrules.pack.Programme;
import static io.github.talentrules.DemoPack.RULES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseReaderTest {

    private static final String GOOD = """
            program: demo.grant
            asOf: 2024-06-01
            facts:
              birthDate: 1990-01-01
              degree: MASTER
            attestations:
              excellent: true
            """;

    @Test
    void readsYamlAndJsonIntoTypedFacts() {
        Case yaml = RULES.readCase(GOOD, "a.yaml");
        Case json = RULES.readCase("""
                {"program": "demo.grant", "asOf": "2024-06-01",
                 "facts": {"birthDate": "1990-01-01", "degree": "MASTER"}, "attestations": {"excellent": true}}
                """, "a.json");

        assertThat(yaml.facts()).containsEntry("birthDate", LocalDate.of(1990, 1, 1)).containsEntry("degree", "MASTER");
        assertThat(json.facts()).isEqualTo(yaml.facts());
        assertThat(json.attestations()).containsEntry("excellent", true);
    }

    @Test
    void aNullFactIsAbsent() {
        Case c = RULES.readCase(GOOD.replace("degree: MASTER", "degree: null"), "a.yaml");
        assertThat(c.facts()).doesNotContainKey("degree");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a typo in a fact name         | birthDate: 1990-01-01 | birthDat: 1990-01-01   | facts.birthDat: is not a fact of demo.grant (did you mean 'birthDate'?)",
        "an impossible date            | birthDate: 1990-01-01 | birthDate: 1990-02-30  | facts.birthDate: '1990-02-30' is not a real date",
        "a number as text              | degree: MASTER        | degree: 3              | facts.degree: '3' is not one of [NONE, BACHELOR, MASTER, DOCTORATE]",
        "a level that does not exist   | degree: MASTER        | degree: MASTERS        | facts.degree: 'MASTERS' is not one of [NONE, BACHELOR, MASTER, DOCTORATE] (did you mean 'MASTER'?)",
        "a date in the future of asOf  | birthDate: 1990-01-01 | birthDate: 2030-01-01  | facts.birthDate: 2030-01-01 is after the reference date asOf 2024-06-01",
        "a text for a boolean          | excellent: true       | excellent: maybe       | attestations.excellent: 'maybe' is not yes or no (write 是/否, yes/no or true/false)",
        "an unknown programme          | program: demo.grant   | program: demo.grnat    | program: no programme 'demo.grnat' (did you mean 'demo.grant'?)",
        "a missing reference date      | asOf: 2024-06-01      | asof: 2024-06-01       | asof: is not a known field (did you mean 'asOf'?)",
        "an attestation under facts    | degree: MASTER        | excellent: true        | facts.excellent: is not a fact of demo.grant (it belongs under attestations)",
    })
    void badInputNamesTheFileAndTheField(String what, String from, String to, String message) {
        assertThatThrownBy(() -> RULES.readCase(GOOD.replace(from, to), "case.yaml"))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessage("case.yaml: " + message);
    }

    @Test
    void hostileYamlIsRefused() {
        assertThatThrownBy(() -> RULES.readCase("program: !!java.io.File /etc/passwd\nasOf: 2024-06-01\n", "evil.yaml"))
                .isInstanceOf(InvalidCaseException.class).hasMessageStartingWith("evil.yaml: ");
        assertThatThrownBy(() -> RULES.readCase(GOOD + "asOf: 2024-07-01\n", "dup.yaml"))
                .isInstanceOf(InvalidCaseException.class).hasMessageContaining("dup.yaml").hasMessageContaining("asOf");
        String bomb = "a: &a [x,x,x,x,x,x,x,x,x,x]\n" + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\n".repeat(1)
                + "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
                + "f: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n";
        assertThatThrownBy(() -> RULES.readCase(bomb, "bomb.yaml")).isInstanceOf(InvalidCaseException.class);
    }

    @Test
    void jsonWithTrailingGarbageOrDuplicateKeysIsRefused() {
        assertThatThrownBy(() -> RULES.readCase("{\"program\": \"demo.grant\", \"asOf\": \"2024-06-01\"} {}", "t.json"))
                .isInstanceOf(InvalidCaseException.class).hasMessageStartingWith("t.json: ");
        assertThatThrownBy(() -> RULES.readCase("{\"program\": \"demo.grant\", \"program\": \"x\", \"asOf\": \"2024-06-01\"}", "d.json"))
                .isInstanceOf(InvalidCaseException.class).hasMessageContaining("program");
    }

    @Test
    void aFileThatCannotBeReadIsNamed(@TempDir Path dir) throws Exception {
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, new byte[] {'a', ':', ' ', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> RULES.readCase(dir.resolve("none.yaml"))).isInstanceOf(InvalidCaseException.class)
                .hasMessageContaining("none.yaml");
        assertThatThrownBy(() -> RULES.readCase(latin1)).isInstanceOf(InvalidCaseException.class)
                .hasMessageContaining("latin1.yaml: is not UTF-8 text");
    }

    @Test
    void aCaseBuiltInJavaIsCheckedAgainstItsProgrammeToo() {
        assertThatThrownBy(() -> RULES.decide(DemoPack.eligible().fact("degree", 3).build()))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessage("case: facts.degree: must be one of the levels [NONE, BACHELOR, MASTER, DOCTORATE], not 3")
                .satisfies(e -> assertThat(((InvalidCaseException) e).message(io.github.talentrules.Language.ZH))
                        .isEqualTo("case: facts.degree: 应为等级之一 [NONE, BACHELOR, MASTER, DOCTORATE]，而不是 3"));
    }

    private static final Programme TYPED = new Programme("t.t", "doc", "测试", "test", "person", java.util.List.of(
            new FactSpec("on", FactSpec.Type.DATE, "日期", "date", java.util.List.of(), ""),
            new FactSpec("count", FactSpec.Type.INTEGER, "人数", "count", java.util.List.of(), ""),
            new FactSpec("amount", FactSpec.Type.YUAN, "金额", "amount", java.util.List.of(), "")),
            java.util.List.of(), java.util.List.of());

    @Test
    void aCaseBuiltInJavaIsUsedAsItIsWhenEveryValueHasItsTypeAndCopiedWhenOneIsWidened() {
        Case typed = new Case("t.t", LocalDate.of(2024, 6, 1), java.util.Map.of("on", LocalDate.of(2024, 1, 1), "count", 3,
                "amount", new java.math.BigDecimal("10")), java.util.Map.of(), "typed");
        assertThat(CaseReader.validate(typed, TYPED)).isSameAs(typed);

        Case wide = new Case("t.t", LocalDate.of(2024, 6, 1), java.util.Map.of("on", LocalDate.of(2024, 1, 1), "count", 3L,
                "amount", 10), java.util.Map.of(), "wide");
        Case out = CaseReader.validate(wide, TYPED);
        assertThat(out).isNotSameAs(wide);
        assertThat(out.facts()).containsEntry("on", LocalDate.of(2024, 1, 1)).containsEntry("count", 3)
                .containsEntry("amount", new java.math.BigDecimal("10")).hasSize(3);
        assertThat(wide.facts()).containsEntry("count", 3L);
    }

    /**
     * The reader's words follow the run's language ({@code zh} was English), and a full-width colon or
     * comma, which YAML reports on the next line about something else, is named at its own line.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "a key's colon, a line follows | birthDate: 1990-01-01 | birthDate：1990-01-01 | line 4, column 12: '：' (a full-width colon) after 'birthDate', where YAML needs ':' and a space: write 'birthDate: 1990-01-01' | 第4行第12列：'birthDate' 后的 '：' 是全角冒号，YAML 需要半角 ':' 加空格：应写作 'birthDate: 1990-01-01'",
        "the last fact's colon | degree: MASTER | degree：MASTER | line 5, column 9: '：' (a full-width colon) after 'degree', where YAML needs ':' and a space: write 'degree: MASTER' | 第5行第9列：'degree' 后的 '：' 是全角冒号，YAML 需要半角 ':' 加空格：应写作 'degree: MASTER'",
        "the only fact's colon | FACTS | facts:\\n  birthDate：1990-01-01 | facts: must be a mapping of names to values, not the text 'birthDate：1990-01-01': line 4, column 12: '：' (a full-width colon) after 'birthDate', where YAML needs ':' and a space: write 'birthDate: 1990-01-01' | facts: 应为名称及其值，而不是文字 'birthDate：1990-01-01'：第4行第12列：'birthDate' 后的 '：' 是全角冒号，YAML 需要半角 ':' 加空格：应写作 'birthDate: 1990-01-01'",
        "a comma between items | FACTS | facts: {birthDate: 1990-01-01，degree: MASTER} | line 3, column 30: '，' (a full-width comma) between items, where YAML needs ',': write 'facts: {birthDate: 1990-01-01, degree: MASTER}' | 第3行第30列：项之间的 '，' 是全角逗号，YAML 需要半角 ','：应写作 'facts: {birthDate: 1990-01-01, degree: MASTER}'",
        "a misspelt field | asOf: 2024-06-01 | asof: 2024-06-01 | asof: is not a known field (did you mean 'asOf'?) | asof: 不是已知的字段（是不是“asOf”？）",
        "a missing field | asOf: 2024-06-01 | asOf: ~ | asOf: is required but missing | asOf: 必须填写，但缺少",
        "a list for a date | asOf: 2024-06-01 | asOf: [2024-06-01] | asOf: must be text, not a list | asOf: 应为文字，而不是列表",
        "an unknown programme | program: demo.grant | program: demo.grnat | program: no programme 'demo.grnat' (did you mean 'demo.grant'?) | program: 没有项目 'demo.grnat'（是不是“demo.grant”？）",
        "a key written twice | asOf: 2024-06-01 | asOf: 2024-06-01\\nasOf: 2024-06-02 | line 3: 'asOf' is written twice | 第3行：'asOf' 写了两次",
    })
    void theReadersWordsFollowTheLanguageAndNameAFullWidthColonAtItsLine(String what, String from, String to, String en, String zh) {
        // FACTS: the whole facts block.
        String replaced = from.equals("FACTS") ? "facts:\n  birthDate: 1990-01-01\n  degree: MASTER" : from;
        String broken = GOOD.replace(replaced, to.replace("\\n", "\n"));
        assertThat(broken).isNotEqualTo(GOOD);

        assertThatThrownBy(() -> RULES.readCase(broken, "case.yaml")).isInstanceOfSatisfying(InvalidCaseException.class, e -> {
            assertThat(e.message(io.github.talentrules.Language.EN)).isEqualTo("case.yaml: " + en);
            assertThat(e.message(io.github.talentrules.Language.ZH)).isEqualTo("case.yaml: " + zh);
        });
    }
}
