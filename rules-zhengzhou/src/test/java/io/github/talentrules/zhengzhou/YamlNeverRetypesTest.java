package io.github.talentrules.zhengzhou;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.talentrules.Decision;
import io.github.talentrules.Funding;
import io.github.talentrules.InvalidCaseException;
import io.github.talentrules.Outcome;
import io.github.talentrules.TalentRules;
import io.github.talentrules.analysis.Scenario;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15.1: YAML (cases, reforms, scenarios) changes no value. Under YAML 1.1, {@code trainingDays: 0120}
 * was 80 days (funded 3万 instead of 5万), {@code nationality: NO} (Norway) was false, {@code 0x78} was 120.
 */
class YamlNeverRetypesTest {
    private static final TalentRules RULES = ZhengzhouPackTest.RULES;
    private static final String CASE = """
            program: zhengzhou.intl-training
            asOf: 2024-10-15
            facts:
              employedInZhengzhou: true
              nationality: CN
              birthDate: 1983-04-20
              foreignLanguageQualified: true
              degree: MASTER
              professionalTitle: INTERMEDIATE
              trainingDays: 120
              planIssuedOn: 2024-05-10
              returnedOn: 2024-10-01
              disbursementAppliedOn: 2024-10-12
              municipalFullyFundedUnit: false
            attestations:
              politicalAndMoralStanding: true
              professionalCompetence: true
              healthy: true
            """;

    private static Decision decide(String from, String to) {
        String text = CASE.replace(from, to);
        assertThat(text).isNotEqualTo(CASE);
        return RULES.decide(RULES.readCase(text, "case.yaml"));
    }

    private static InvalidCaseException refused(String from, String to) {
        return (InvalidCaseException) org.assertj.core.api.Assertions.catchThrowable(() -> decide(from, to));
    }

    @Test
    void trainingDaysWrittenWithALeadingZeroAre120DaysFundedFiftyThousand() {
        Decision d = decide("trainingDays: 120", "trainingDays: 0120");
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.funding().flatMap(Funding::amount)).contains(BigDecimal.valueOf(50000));
        assertThat(RULES.readCase(CASE.replace("trainingDays: 120", "trainingDays: 010"), "c.yaml").facts())
                .containsEntry("trainingDays", 10);
    }

    @Test
    void nationalityNoIsNorwayNotFalse() {
        assertThat(RULES.readCase(CASE.replace("nationality: CN", "nationality: NO"), "c.yaml").facts())
                .containsEntry("nationality", "NO");
    }

    @ParameterizedTest(name = "trainingDays: {0} is refused")
    @ValueSource(strings = {"0x78", "1_20", "1e2"})
    void numbersInOtherNotationsAreRefused(String written) {
        InvalidCaseException e = refused("trainingDays: 120", "trainingDays: " + written);
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith("case.yaml: facts.trainingDays: ").contains(written);
    }

    @ParameterizedTest(name = "municipalFullyFundedUnit: {0} is refused")
    @ValueSource(strings = {"OFF", "off", "on", "ON", "2"})
    void yamlOneOneBooleanWordsAreNotBooleans(String written) {
        InvalidCaseException e = refused("municipalFullyFundedUnit: false", "municipalFullyFundedUnit: " + written);
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith("case.yaml: facts.municipalFullyFundedUnit: ").contains(written);
    }

    @ParameterizedTest(name = "municipalFullyFundedUnit: {0}")
    @org.junit.jupiter.params.provider.CsvSource({"yes,true", "no,false", "NO,false", "是,true", "否,false", "true,true", "'\"false\"',false"})
    void aYesNoFactReadsTheYesNoWords(String written, boolean value) {
        assertThat(RULES.readCase(CASE.replace("municipalFullyFundedUnit: false", "municipalFullyFundedUnit: " + written), "c.yaml")
                .facts()).containsEntry("municipalFullyFundedUnit", value);
    }

    @Test
    void tagsAliasesAndASecondDocumentAreRefusedWithTheirLine() {
        assertThat(refused("nationality: CN", "nationality: !!java.net.URL http://example.com/").getMessage())
                .isEqualTo("case.yaml: line 5: a tag (tag:yaml.org,2002:java.net.URL) is not read: write the value alone");
        assertThat(refused("nationality: CN", "nationality: !foo CN").getMessage())
                .isEqualTo("case.yaml: line 5: a tag (!foo) is not read: write the value alone");
        assertThat(refused("trainingDays: 120", "trainingDays: *n").getMessage())
                .isEqualTo("case.yaml: line 10: an alias (*n) is not read: write the value out");
        assertThat(refused("  healthy: true\n", "  healthy: true\n---\nprogram: zhengzhou.intl-training\n").getMessage())
                .isEqualTo("case.yaml: line 19: a second YAML document (after ---) is not read: keep one document in a file");
    }

    @Test
    void aReformValueWithALeadingZeroIsDecimal(@TempDir Path dir) throws Exception {
        Path reform = dir.resolve("r.yaml");
        Files.writeString(reform, """
                reform: 年龄上限
                pack: zhengzhou
                parameters:
                  intl-training.max-age:
                    values:
                      2024-01-01: 055
                """);
        assertThat(io.github.talentrules.analysis.Reform.read(reform).parameters().get("intl-training.max-age").firstEntry().getValue())
                .isEqualTo(new BigDecimal("55"));
    }

    @Test
    void aScenarioReadsItsFactsAsTheCaseDoes() {
        String file = """
                program: zhengzhou.intl-training
                base:
                  asOf: 2024-10-15
                  facts: {employedInZhengzhou: true, nationality: NO, birthDate: 1983-04-20, foreignLanguageQualified: true,
                          degree: MASTER, professionalTitle: INTERMEDIATE, trainingDays: 0120, planIssuedOn: 2024-05-10,
                          returnedOn: 2024-10-01, disbursementAppliedOn: 2024-10-12, municipalFullyFundedUnit: false}
                  attestations: {politicalAndMoralStanding: true, professionalCompetence: true, healthy: true}
                scenarios:
                  - name: 挪威籍
                    expect: {outcome: INELIGIBLE}
                """;
        Scenario s = Scenario.read(file, "s.yaml").get(0);
        assertThat(s.toCase(RULES).facts()).containsEntry("trainingDays", 120).containsEntry("nationality", "NO");
        assertThat(s.check(RULES)).isEmpty();
    }
}
