package io.github.talentrules.analysis;

import io.github.talentrules.DemoPack;
import io.github.talentrules.Case;
import io.github.talentrules.Decision;
import io.github.talentrules.Finding;
import io.github.talentrules.InvalidPackException;
import io.github.talentrules.Outcome;
import io.github.talentrules.TalentRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReformTest {
    static final Path WORKBENCH = Path.of("src/test/resources/workbench");
    static final TalentRules AGE_35 = DemoPack.RULES.withReform(Reform.read(WORKBENCH.resolve("demo-age-35.yaml")));

    @TempDir
    Path dir;

    private static Case aged(int years) {
        return DemoPack.eligible().fact("birthDate", LocalDate.of(2024 - years, 6, 1)).build();
    }

    @Test
    void aReformThatLowersTheAgeLimitChangesTheOutcomesAtTheNewBoundary() {
        assertThat(DemoPack.RULES.decide(aged(36)).outcome()).isEqualTo(Outcome.ELIGIBLE);

        Decision under = AGE_35.decide(aged(36));
        assertThat(under.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(under.failedRules()).containsExactly("2.1 年龄在40周岁以下");
        assertThat(AGE_35.decide(aged(35)).outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void theReformIsReadWithItsWordsAndLeavesThePackUntouched() {
        Reform r = AGE_35.reform("demo").orElseThrow();
        assertThat(r.name()).isEqualTo("年龄上限降至35周岁");
        assertThat(r.changedParameters()).containsExactly("grant.max-age");
        assertThat(AGE_35.parameters("demo").get("grant.max-age").description()).as("the text's words stay the text's").isEqualTo("年龄在40周岁以下");
        assertThat(AGE_35.parameters("demo").get("grant.max-age").reformedOn(LocalDate.of(2024, 6, 1)))
                .map(w -> w.words(io.github.talentrules.Language.EN)).contains("aged 35 or under");
        assertThat(AGE_35.parameters("demo").get("grant.max-age").valueOn(LocalDate.of(2024, 6, 1))).isEqualTo(new java.math.BigDecimal(35));

        assertThat(DemoPack.RULES.reform("demo")).isEmpty();
        assertThat(DemoPack.RULES.parameters("demo").get("grant.max-age").valueOn(LocalDate.of(2024, 6, 1))).isEqualTo(new java.math.BigDecimal(40));
    }

    @Test
    void aReformFileIsReadAgainEachTimeSoThatAnEditCounts() throws IOException {
        Path file = dir.resolve("age.yaml");
        Files.writeString(file, "reform: 年龄上限\npack: demo\nparameters:\n  grant.max-age:\n    values: {2024-01-01: 35}\n");
        assertThat(DemoPack.RULES.withReform(file).decide(aged(36)).outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(DemoPack.RULES.withReform(file)).as("the same content, the same engine").isSameAs(DemoPack.RULES.withReform(file));

        Files.writeString(file, "reform: 年龄上限\npack: demo\nparameters:\n  grant.max-age:\n    values: {2024-01-01: 37}\n");
        assertThat(DemoPack.RULES.withReform(file).decide(aged(36)).outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void theBuilderAppliesAReformToThePackItNames() {
        TalentRules rules = TalentRules.builder().packFolder(DemoPack.FOLDER).reform(WORKBENCH.resolve("demo-age-35.yaml")).build();

        assertThat(rules.decide(aged(36)).outcome()).isEqualTo(Outcome.INELIGIBLE);
    }

    @Test
    void scenariosThatNameAReformAreDecidedUnderIt() {
        List<Scenario> scenarios = Scenario.read(WORKBENCH.resolve("demo-age-35-scenarios.yaml"));

        assertThat(scenarios).allSatisfy(s -> assertThat(s.reform()).contains(WORKBENCH.resolve("demo-age-35.yaml")));
        assertThat(scenarios).allSatisfy(s -> assertThat(s.check(DemoPack.RULES)).as(s.name()).isEmpty());
        Scenario at36 = scenarios.get(1);
        Scenario withoutReform = new Scenario(at36.file(), at36.name(), at36.input(), at36.expect());
        assertThat(withoutReform.check(DemoPack.RULES)).contains("outcome: expected INELIGIBLE, got ELIGIBLE");
    }

    @Test
    void aReformOfAnUnknownParameterIsRefusedNamingTheKeyMeant() throws IOException {
        Path r = write("reform: typo\npack: demo\nparameters:\n  grant.max-ag:\n    values: {2024-01-01: 35}\n");

        assertThatThrownBy(() -> DemoPack.RULES.withReform(Reform.read(r)))
                .isInstanceOf(InvalidPackException.class)
                .satisfies(e -> assertThat(((InvalidPackException) e).problems()).containsExactly(
                        r + ": parameters.grant.max-ag: reform overrides 'grant.max-ag', which pack demo does not have (did you mean 'grant.max-age'?)"));
    }

    @Test
    void aValueOfAnotherKindThanThePacksIsRefused() throws IOException {
        Path r = write("reform: text\npack: demo\nparameters:\n  grant.max-age:\n    values: {2024-01-01: thirty-five}\n");

        assertThatThrownBy(() -> DemoPack.RULES.withReform(Reform.read(r)))
                .hasMessageContaining("parameters.grant.max-age.values.2024-01-01: is text, but grant.max-age is a number (years)");
    }

    @Test
    void aReformOfAPackThatIsNotLoadedIsRefused() throws IOException {
        Path r = write("reform: other\npack: dem\nparameters:\n  grant.max-age:\n    values: {2024-01-01: 35}\n");

        assertThatThrownBy(() -> DemoPack.RULES.withReform(Reform.read(r)))
                .hasMessageContaining("no pack 'dem' is loaded (did you mean 'demo'?)");
    }

    @Test
    void rulesAreReplacedByNameRemovedAndAdded() {
        TalentRules rules = DemoPack.RULES.withReform(Reform.read(WORKBENCH.resolve("demo-rules.yaml")));

        Decision bachelor = rules.decide(DemoPack.eligible().fact("degree", "BACHELOR").build());
        assertThat(bachelor.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(bachelor.findings()).extracting(Finding::rule).contains("2.2 具有硕士以上学位", "2.5 已确定资助（改革新增）")
                .doesNotContain("2.3 一般应建有平台");
        assertThat(rules.decide(DemoPack.eligible().fact("hasPlatform", false).build()).outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(rules.decide(DemoPack.eligible().fact("confirmed", false).build()).failedRules()).containsExactly("2.5 已确定资助（改革新增）");

        assertThat(DemoPack.RULES.decide(DemoPack.eligible().fact("degree", "BACHELOR").build()).outcome()).isEqualTo(Outcome.INELIGIBLE);
    }

    @Test
    void replacingARuleThePackDoesNotHaveIsRefused() throws IOException {
        Files.createDirectories(dir.resolve("rules"));
        Files.copy(WORKBENCH.resolve("demo-rules/grant-reform.drl"), dir.resolve("rules/grant-reform.drl"));
        Path r = write("reform: unknown rule\npack: demo\nrules:\n  folder: rules\n  replaces: [2.2 具有硕士学位]\n");

        assertThatThrownBy(() -> DemoPack.RULES.withReform(Reform.read(r)))
                .isInstanceOf(InvalidPackException.class)
                .hasMessageStartingWith("pack demo under reform " + r + " is invalid:")
                .hasMessageContaining(r + ": rules.replaces: '2.2 具有硕士学位' is not a rule of pack demo (did you mean '2.2 具有硕士以上学位'?)")
                .hasMessageContaining("grant-reform.drl:7: rule '2.2 具有硕士以上学位' has the name of a rule of pack demo: list it under rules.replaces");
    }

    /** The problems of a reform that replaces 2.2 with the workbench's rules, {@code from} changed to {@code to}. */
    private java.util.List<String> brokenReformRule(String from, String to) throws IOException {
        Files.createDirectories(dir.resolve("rules"));
        String drl = Files.readString(WORKBENCH.resolve("demo-rules/grant-reform.drl"));
        assertThat(drl).contains(from);
        Files.writeString(dir.resolve("rules/broken.drl"), drl.replace(from, to));
        Path r = write("reform: broken\npack: demo\nrules:\n  folder: rules\n  replaces: [2.2 具有硕士以上学位]\n");
        try {
            DemoPack.RULES.withReform(Reform.read(r));
        } catch (InvalidPackException e) {
            return e.problems();
        }
        throw new AssertionError("the reform was accepted");
    }

    @Test
    void aBrokenReformRuleIsReportedWithItsFileAndLine() throws IOException {
        assertThat(brokenReformRule("Check.isTrue(drools, $f, \"confirmed\");", "Check.isTrue(drools, $f, \"confirmed\";"))
                .singleElement().asString().startsWith(dir.resolve("rules/broken.drl") + ":20:41: ')' is missing before ';'");
    }

    @Test
    void aReformRuleThatDoesNotParseIsReportedByTheCompilerNotAsMissing() throws IOException {
        // Drools named the next line (11).
        assertThat(brokenReformRule("    $f : Facts(programme == \"demo.grant\", $p : params)", "    $f : Facts(programme == \"demo.grant\", $p : params"))
                .singleElement().asString().startsWith(dir.resolve("rules/broken.drl") + ":10:54: ')' is missing here");
    }

    @Test
    void aCompileErrorInAReformRuleIsOnTheLineOfTheCallInTheReformsFile() throws IOException {
        // Drools: "reform-0.drl:15: Rule Compilation error The method isTure(...) is undefined for the type Check", at the rule's line.
        assertThat(brokenReformRule("Check.isTrue(drools, $f, \"confirmed\");", "Check.isTure(drools, $f, \"confirmed\");")).containsExactly(
                dir.resolve("rules/broken.drl") + ":20:11: Check has no method isTure (did you mean 'isTrue'?)\n"
                + "  20 |     Check.isTure(drools, $f, \"confirmed\");\n"
                + "     |           ^");
    }

    private Path write(String text) throws IOException {
        Path f = dir.resolve("reform.yaml");
        Files.writeString(f, text);
        return f;
    }
}
