package io.github.talentrules.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.DemoPack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationTest {

    @TempDir
    Path dir;

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void theDemoPackIsValidWithoutWarnings() {
        Validation v = Validation.ofPackFolder(DemoPack.FOLDER, false);

        assertThat(v.ok()).isTrue();
        assertThat(v.warnings()).isEmpty();
    }

    @Test
    void aBrokenDrlIsReportedWithItsFileAndLine() throws IOException {
        Path p = DemoPack.copyTo(dir.resolve("demo"));
        replace(p.resolve("rules/grant.drl"), "    $f : Facts(programme == \"demo.grant\", claims(\"westernRegion\") == true)",
                "    $f : Facts(programme == \"demo.grant\", claims(\"westernRegion\") == true");

        Validation v = Validation.ofPackFolder(p, false);

        assertThat(v.ok()).isFalse();
        // Drools reports the next line ("28:4 mismatched input '$base'") and "Parser returned a null Package".
        assertThat(v.errors()).containsExactly("""
                rules/grant.drl:27:74: ')' is missing here: the '(' at line 27, column 15 is not closed
                  27 |     $f : Facts(programme == "demo.grant", claims("westernRegion") == true
                     |                                                                          ^""");
    }

    @Test
    void aCompileErrorInAConsequenceIsOnTheLineOfTheCallInPlainWords() throws IOException {
        Path p = DemoPack.copyTo(dir.resolve("demo"));
        replace(p.resolve("rules/grant.drl"), "Check.atMost(drools, $f, \"age\", $p, \"grant.max-age\");", "Check.atMots(drools, $f, \"age\", $p, \"grant.max-age\");");
        replace(p.resolve("rules/grant.drl"), "Facts(programme == \"demo.grant\", claims(\"westernRegion\")", "Facts(programm == \"demo.grant\", claims(\"westernRegion\")");

        Validation v = Validation.ofPackFolder(p, false);

        // Drools: "grant.drl:16: Rule Compilation error The method atMots(KnowledgeHelper, ...) is undefined for the type Check",
        // at the rule's first line, and "grant.drl:27: Unable to Analyse Expression programm == "demo.grant":".
        assertThat(v.errors()).containsExactlyInAnyOrder("""
                rules/grant.drl:21:11: Check has no method atMots (did you mean 'atMost'?)
                  21 |     Check.atMots(drools, $f, "age", $p, "grant.max-age");
                     |           ^""", """
                rules/grant.drl:27:16: Facts has no 'programm' to read (did you mean 'programme'?)
                  27 |     $f : Facts(programm == "demo.grant", claims("westernRegion") == true)
                     |                ^""");
    }

    @Test
    void warnsOfAParameterNoRuleReadsAndARuleNoArticleLists() throws IOException {
        Path p = DemoPack.copyTo(dir.resolve("demo"));
        Files.writeString(p.resolve("parameters.yaml"), Files.readString(p.resolve("parameters.yaml"))
                + "grant.unused:\n  description: 未用\n  article: 示例〔2024〕1号 第三条\n  unit: yuan\n  values: {2024-01-01: 1}\n");
        replace(p.resolve("articles/demo.yaml"), "2.2 具有硕士以上学位, ", "");

        Validation v = Validation.ofPackFolder(p, false);

        assertThat(v.ok()).isTrue();
        assertThat(v.warnings()).containsExactly(
                "parameter 'grant.unused' is read by no rule (示例〔2024〕1号 第三条)",
                "rule '2.2 具有硕士以上学位' (第二条第（二）项) is listed under no article of the article table");
    }

    @Test
    void aFolderWithoutAPackIsAnError() {
        assertThat(Validation.ofPackFolder(dir, false).errors()).containsExactly(dir + ": holds no pack.yaml (give a pack folder or a reform file)");
    }

    @Test
    void aReformIsCompiledOnTopOfItsPack() throws IOException {
        assertThat(Validation.ofReform(ReformTest.WORKBENCH.resolve("demo-age-35.yaml"), DemoPack.RULES).ok()).isTrue();

        Path r = dir.resolve("r.yaml");
        Files.writeString(r, "reform: typo\npack: demo\nparameters:\n  grant.max-ag:\n    values: {2024-01-01: 35}\n");
        assertThat(Validation.ofReform(r, DemoPack.RULES).errors()).singleElement().asString().contains("reform overrides 'grant.max-ag'");
    }

    @Test
    void aRuleAReformAddsIsNotWarnedOfForMissingFromThePacksArticleTable() {
        Validation v = Validation.ofReform(ReformTest.WORKBENCH.resolve("demo-rules.yaml"), DemoPack.RULES);

        assertThat(v.ok()).isTrue();
        assertThat(v.warnings()).noneMatch(w -> w.contains("2.5 已确定资助（改革新增）"));
    }
}
