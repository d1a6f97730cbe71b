package io.github.talentrules;

import io.github.talentrules.pack.DerivedSpec;
import io.github.talentrules.pack.RulePack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackLoadingTest {

    @TempDir
    Path dir;

    private Path pack() {
        return DemoPack.copyTo(dir.resolve("demo"));
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    /** A second programme of the demo document, demo.other, with no facts and no rules. */
    private static void addOtherProgramme(Path pack) throws IOException {
        replace(pack.resolve("pack.yaml"), "programmes:\n", """
                programmes:
                  - id: demo.other
                    document: 示例〔2024〕1号
                    zh: 另一项目
                    en: Another
                    applicant: person
                """);
    }

    private static InvalidPackException refused(Path pack) {
        try {
            TalentRules.builder().packFolder(pack).build();
        } catch (InvalidPackException e) {
            return e;
        }
        throw new AssertionError("the pack was accepted");
    }

    @Test
    void brokenDrlIsReportedWithFileAndLineAndThePackIsRefusedWhole() throws IOException {
        Path p = pack();
        replace(p.resolve("rules/grant.drl"), "Check.isTrue(drools, $f, \"hasPlatform\");", "Check.isTrue(drools, $f, \"hasPlatform\";");

        InvalidPackException e = refused(p);

        assertThat(e.problems()).singleElement().asString().startsWith("rules/grant.drl:46:43: ')' is missing before ';'");
        assertThat(e.getMessage()).startsWith("pack demo is invalid:");
    }

    @Test
    void aRuleWithoutAnArticleIsRefused() throws IOException {
        Path p = pack();
        replace(p.resolve("rules/grant.drl"), "@article(\"第二条第（二）项\") ", "");

        assertThat(refused(p).problems()).containsExactly("rule '2.2 具有硕士以上学位' has no @article");
    }

    @Test
    void aRuleCitingAnArticleTheTableDoesNotListIsRefused() throws IOException {
        Path p = pack();
        replace(p.resolve("rules/grant.drl"), "@article(\"第二条第（二）项\")", "@article(\"第九条\")");

        assertThat(refused(p).problems()).containsExactly(
                "rule '2.2 具有硕士以上学位' cites 第九条, which the article table of 示例〔2024〕1号 does not list");
    }

    @Test
    void anArticleTableNamingARuleThatDoesNotExistIsRefused() throws IOException {
        Path p = pack();
        replace(p.resolve("articles/demo.yaml"), "2.2 具有硕士以上学位,", "2.2 具有硕士学位,");

        assertThat(refused(p).problems()).anyMatch(m -> m.contains("lists rule '2.2 具有硕士学位', which no DRL file defines"));
    }

    @Test
    void anArticleWithNeitherRulesNorAReasonIsRefused() throws IOException {
        Path p = pack();
        replace(p.resolve("articles/demo.yaml"), "    not_encoded: {reason: aim}\n", "");

        assertThat(refused(p).problems()).singleElement().asString()
                .contains("articles/demo.yaml: articles[0]: 第一条: give either rules or not_encoded, exactly one");
    }

    @Test
    void aParameterWithAnUnknownUnitOrNoDateIsRefused() throws IOException {
        Path p = pack();
        replace(p.resolve("parameters.yaml"), "unit: years", "unit: year");
        assertThat(refused(p).problems()).singleElement().asString().contains("parameters.yaml: grant.max-age: unit 'year' is not one of");

        Path q = DemoPack.copyTo(dir.resolve("demo2"));
        replace(q.resolve("parameters.yaml"), "values: {2024-01-01: 40}", "values: {40: 40}");
        assertThat(refused(q).problems()).singleElement().asString().contains("'40' is not a date YYYY-MM-DD");
    }

    @Test
    void aTypoInTheDescriptorIsNamed() throws IOException {
        Path p = pack();
        replace(p.resolve("pack.yaml"), "applicant: person", "applicnt: person");
        assertThat(refused(p).problems()).singleElement().asString()
                .contains("pack.yaml: programmes[0].applicnt: is not a known field (did you mean 'applicant'?)");
    }

    @Test
    void aPackFileOutsideTheFolderIsRefused() throws IOException {
        Path p = pack();
        replace(p.resolve("pack.yaml"), "rules: [rules/grant.drl]", "rules: [../../etc/passwd]");
        assertThat(refused(p).problems()).singleElement().asString().contains("a pack file is named by a plain relative path");
    }

    @Test
    void packsAreFoundOnTheClasspathByTheirIndex() {
        assertThat(TalentRules.fromClasspath().packs()).as("rules-core itself ships no pack").isEmpty();
        assertThatThrownBy(() -> TalentRules.builder().classpathPack("nowhere").build())
                .isInstanceOf(InvalidPackException.class).hasMessageContaining("not found on the classpath");
    }

    @Test
    void theDescriptorIsReadWithDatesArticlesAndProgrammes() {
        RulePack p = DemoPack.RULES.packs().get(0);
        assertThat(p.id()).isEqualTo("demo");
        assertThat(p.documents().get(0).inForceUntil()).hasValue(java.time.LocalDate.of(2024, 12, 31));
        assertThat(p.articles()).hasSize(5);
        assertThat(DemoPack.RULES.programme("demo.grant").derived()).extracting(DerivedSpec::name).containsExactly("age");
        assertThat(DemoPack.RULES.rules("demo").get("2.2 具有硕士以上学位").article()).contains("第二条第（二）项");
        assertThatThrownBy(() -> DemoPack.RULES.programme("demo.grnt")).hasMessageContaining("did you mean 'demo.grant'?");
    }

    @Test
    void aFolderPackTakesThePlaceOfTheSamePackAlreadyAdded() throws IOException {
        Path copy = pack();
        replace(copy.resolve("parameters.yaml"), "values: {2024-01-01: 40}", "values: {2024-01-01: 45}");

        TalentRules both = TalentRules.builder().packFolder(DemoPack.FOLDER).packFolder(copy).build();

        assertThat(both.packs()).singleElement().extracting(RulePack::id).isEqualTo("demo");
        assertThat(both.parameters("demo").get("grant.max-age").valueOn(java.time.LocalDate.of(2024, 6, 1)))
                .isEqualTo(new java.math.BigDecimal("45"));
    }

    @Test
    void aRuleNamingAParameterOrFactThePackDoesNotHaveIsRefusedWithItsLine() throws IOException {
        Path p = pack();
        replace(p.resolve("rules/grant.drl"), "\"grant.max-age\"", "\"grant.max-agee\"");
        replace(p.resolve("rules/grant.drl"), "Check.isTrue(drools, $f, \"hasPlatform\")", "Check.isTrue(drools, $f, \"hasPlatfrom\")");

        assertThat(refused(p).problems()).containsExactly(
                "rules/grant.drl:21: the rule reads parameter 'grant.max-agee', which parameters.yaml does not have (did you mean 'grant.max-age'?)",
                "rules/grant.drl:46: the rule reads 'hasPlatfrom', which pack.yaml declares as no fact, attestation or derived value (did you mean 'hasPlatform'?)");
    }

    @Test
    void aPaymentScheduleWhoseSharesDoNotAddUpToOneIsRefusedWhenThePackLoads() throws IOException {
        Path p = pack();
        replace(p.resolve("parameters.yaml"), "- {share: 0.4,", "- {share: 0.5,");

        assertThat(refused(p).problems()).singleElement().asString()
                .contains("parameters.yaml: grant.schedule: the value from 2024-01-01 is a payment schedule whose shares add up to 1.1, not 1");
    }

    @Test
    void aNumberWrittenAsTextIsRefusedWhenThePackLoads() throws IOException {
        Path p = pack();
        replace(p.resolve("parameters.yaml"), "values: {2024-01-01: 40}", "values: {2024-01-01: forty}");

        assertThat(refused(p).problems()).singleElement().asString()
                .contains("grant.max-age: the value from 2024-01-01 must be a number in years, not forty");
    }

    @Test
    void aRuleWhoseConditionsSelectAProgrammeItsMetadataDoesNotNameIsRefused() throws IOException {
        Path p = pack();
        addOtherProgramme(p);
        replace(p.resolve("rules/grant.drl"), "@programme(\"demo.grant\") @soft", "@programme(\"demo.grant\") @soft");
        String drl = Files.readString(p.resolve("rules/grant.drl"));
        int at = drl.indexOf("rule \"2.3 一般应建有平台\"");
        String block = drl.substring(at, drl.indexOf("end", at));
        Files.writeString(p.resolve("rules/grant.drl"), drl.replace(block, block.replace("Facts(programme == \"demo.grant\")", "Facts(programme == \"demo.other\")")));

        assertThat(refused(p).problems()).singleElement().asString()
                .contains("rule '2.3 一般应建有平台' selects programme demo.other, which its @programme does not name");
    }

    @Test
    void aCaseRuleThatWaitsForAParamsFactIsRefusedItWouldNeverFire() throws IOException {
        Path p = pack();
        replace(p.resolve("rules/grant.drl"), """
                    $f : Facts(programme == "demo.grant", $p : params)
                then
                    Check.atMost(drools, $f, "age", $p, "grant.max-age");""", """
                    $f : Facts(programme == "demo.grant")
                    $p : Params()
                then
                    Check.atMost(drools, $f, "age", $p, "grant.max-age");""");

        assertThat(refused(p).problems()).singleElement().asString()
                .startsWith("rules/grant.drl:20: ")
                .contains("rule '2.1 年龄在40周岁以下' waits for a Params fact, which only a rule over a batch sees")
                .contains("$f : Facts(programme == \"...\", $p : params)");
    }

    @Test
    void theProgrammesTheBatchRulesReadAreThoseTheirPatternsNameOrEveryOneWhereAPatternNamesNone() throws IOException {
        Path p = pack();
        addOtherProgramme(p);
        assertThat(TalentRules.builder().packFolder(p).build().programmesReadAcrossCases()).containsExactly("demo.grant");

        replace(p.resolve("rules/grant.drl"), "accumulate(Facts(programme == \"demo.grant\", claims(\"selected\") == true), count(1))",
                "accumulate(Facts(claims(\"selected\") == true), count(1))");
        assertThat(TalentRules.builder().packFolder(p).build().programmesReadAcrossCases()).containsExactly("demo.grant", "demo.other");
    }
}
