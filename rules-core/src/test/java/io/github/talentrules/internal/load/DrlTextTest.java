package io.github.talentrules.internal.load;

import io.github.talentrules.DemoPack;
import io.github.talentrules.Case;
import io.github.talentrules.Decision;
import io.github.talentrules.InvalidPackException;
import io.github.talentrules.TalentRules;
import io.github.talentrules.analysis.Reform;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the loader reads from DRL text. Each answer errs on the safe side: which findings go into the
 * session for other rules to read (a miss would silently stop an exception or relaxation), which
 * programmes the rules over a batch read (a miss would hide cases from them), and which case rules
 * wait for a Params fact that never comes.
 */
class DrlTextTest {
    @TempDir
    Path dir;

    private static Predicate<String> read(String conditions) {
        return DrlText.findingsRead(Map.of("rules/x.drl", """
                rule "r"
                when
                    $f : Facts(programme == "demo.grant")
                %s
                then
                    Check.relax(drools, $base);
                end
                """.formatted(conditions)));
    }

    @Test
    void aRuleNamedByAFindingPatternIsReadAndNoOtherIs() {
        Predicate<String> read = read("    $base : Finding(rule == \"2.2 具有硕士以上学位\", status != Status.PASS)");
        assertThat(read.test("2.2 具有硕士以上学位")).isTrue();
        assertThat(read.test("2.1 年龄在40周岁以下")).isFalse();
    }

    @Test
    void everyRuleOfAnInListIsRead() {
        Predicate<String> read = read("""
                    Finding(rule in ("a（甲）",
                                     "b"), status == Status.PASS)
                """);
        assertThat(read.test("a（甲）")).isTrue();
        assertThat(read.test("b")).isTrue();
        assertThat(read.test("c")).isFalse();
    }

    @Test
    void aPatternThatDoesNotNameItsRulesReadsEveryFinding() {
        assertThat(read("    $base : Finding(status == Status.FAIL, article matches \"第(五|六)条.*\")").test("anything")).isTrue();
        assertThat(read("    $base : Finding(status == Status.FAIL, rule not in (\"a\"))").test("b")).isTrue();
        assertThat(read("    not Finding(rule != \"a\")").test("b")).isTrue();
        assertThat(read("    $base : Finding(rule == \"a\" || rule.startsWith(\"b\"))").test("b")).isTrue();
        assertThat(read("    $base : Finding(rule == \"a\" || status == Status.FAIL)").test("b")).isTrue();
        assertThat(read("    $base : Finding(rule == $name)").test("b")).isTrue();
        assertThat(read("    $base : Finding(!(rule == \"a\"))").test("b")).isTrue();
        assertThat(read("    $base : Finding((rule == \"a\") == false)").test("b")).isTrue();
        assertThat(read("    $base : Finding(rule == \"a\" + \"b\")").test("ab")).isTrue();
        assertThat(read("    $x : Object(this != $f)").test("b")).isTrue();
        assertThat(read("    $x : Across.OnCase(subject == $f)").test("b")).isTrue();
    }

    @Test
    void withoutFindingPatternsNoFindingIsRead() {
        assertThat(DrlText.findingsRead(Map.of("rules/x.drl", "rule \"r\"\nwhen\n    $f : Facts()\nthen\n    Check.isTrue(drools, $f, \"x\");\nend\n"))
                .test("r")).isFalse();
    }

    @Test
    void aRelaxationStillSeesItsBaseFinding() {
        // The demo pack's relaxation of 2.1 reads the base finding, which must therefore be inserted.
        Decision d = DemoPack.RULES.decide(DemoPack.RULES.readCase("""
                program: demo.grant
                asOf: 2024-06-01
                facts: {birthDate: 1970-01-01, westernRegion: true}
                """, "relaxed.yaml"));
        assertThat(d.findings()).anySatisfy(f -> assertThat(f.relaxes()).contains("2.1 年龄在40周岁以下"));
        assertThat(d.failedRules()).doesNotContain("2.1 年龄在40周岁以下");
    }

    @Test
    void aCaseRuleThatJudgesAcrossCasesIsFound() {
        java.util.List<String> problems = new java.util.ArrayList<>();
        DrlText.checkScopes(Map.of("rules/x.drl", "rule \"r\"\nwhen\n    $f : Facts()\nthen\n    Across.conflict(drools, $f, java.util.List.of(), \"x\");\nend\n"),
                java.util.Set.of(), problems);
        assertThat(problems).singleElement().asString().startsWith("rules/x.drl:5: rule 'r' calls Across");
    }

    @Test
    void anInsertOfWhatAHelperMadeIsFoundInEveryForm() {
        for (String rhs : java.util.List.of("insert(Check.isTrue(drools, $f, \"x\"));", "insertLogical(Pay.unspecified(drools));",
                "insert( io.github.talentrules.rule.Check.isTrue(drools, $f, \"x\"));")) {
            java.util.List<String> problems = new java.util.ArrayList<>();
            DrlText.checkConditions(Map.of("rules/x.drl", "rule \"r\"\nwhen\n    $f : Facts()\nthen\n    " + rhs + "\nend\n"), problems);
            assertThat(problems).as(rhs).singleElement().asString().contains("the helper records its finding itself");
        }
    }

    @Test
    void aReformRuleThatReadsABaseFindingSeesIt(@TempDir Path reformDir) throws IOException {
        Files.createDirectories(reformDir.resolve("rules"));
        Files.writeString(reformDir.resolve("rules/relax.drl"), """
                package demo.rules;

                import io.github.talentrules.Finding;
                import io.github.talentrules.Status;
                import io.github.talentrules.rule.Facts;
                import io.github.talentrules.rule.Check;

                rule "2.2 有平台的可放宽学位条件（改革新增）"
                    @article("第二条第（二）项") @programme("demo.grant") @exceptionOf("2.2 具有硕士以上学位")
                    @en("The degree condition may be relaxed where there is a platform (added by the reform)")
                when
                    $f : Facts(programme == "demo.grant", claims("hasPlatform") == true)
                    $base : Finding(rule == "2.2 具有硕士以上学位", status == Status.FAIL)
                then
                    Check.relax(drools, $base);
                end
                """);
        Path reform = reformDir.resolve("reform.yaml");
        Files.writeString(reform, "reform: relax\npack: demo\nrules:\n  folder: rules\n");
        TalentRules reformed = DemoPack.RULES.withReform(Reform.read(reform));
        Case c = DemoPack.RULES.readCase("""
                program: demo.grant
                asOf: 2024-06-01
                facts: {birthDate: 1990-01-01, degree: BACHELOR, hasPlatform: true}
                """, "reformed.yaml");

        assertThat(DemoPack.RULES.decide(c).failedRules()).contains("2.2 具有硕士以上学位");
        Decision d = reformed.decide(c);
        assertThat(d.failedRules()).doesNotContain("2.2 具有硕士以上学位");
        assertThat(d.findings()).anySatisfy(f -> assertThat(f.relaxes()).contains("2.2 具有硕士以上学位"));
    }

    @Test
    void aConsequenceThatInsertsWhatAHelperMadeIsRefused() throws IOException {
        Path p = DemoPack.copyTo(dir.resolve("demo"));
        Path drl = p.resolve("rules/grant.drl");
        String text = Files.readString(drl);
        Files.writeString(drl, text.replace("    Check.isTrue(drools, $f, \"hasPlatform\");", "    insert(Check.isTrue(drools, $f, \"hasPlatform\"));"));

        try {
            TalentRules.builder().packFolder(p).build();
            throw new AssertionError("the pack was accepted");
        } catch (InvalidPackException e) {
            assertThat(e.problems()).singleElement().asString()
                    .startsWith("rules/grant.drl:")
                    .contains("inserts what Check made; the helper records its finding itself");
        }
    }

    private static java.util.Set<String> batchReads(String conditions) {
        return DrlText.batchProgrammes(Map.of("rules/x.drl", """
                rule 'quota'
                    @scope( "batch" )
                when
                %s
                then
                    Across.atMost(drools, "n", $n, $p, "k");
                end
                """.formatted(conditions)), java.util.Set.of("quota"), java.util.Set.of("a", "b", "c"));
    }

    @Test
    void theBatchRulesReadTheProgrammesTheirCasePatternsNameAndAllWhenInDoubt() {
        assertThat(batchReads("    $f : Facts(programme == \"a\", has(\"x\"))\n    $n : Number() from accumulate(Facts(programme in (\"a\", \"b\")), count(1))"))
                .containsExactlyInAnyOrder("a", "b");
        assertThat(batchReads("    $n : Number() from accumulate(Facts(programme == \"a\" || programme == \"b\"), count(1))"))
                .containsExactlyInAnyOrder("a", "b", "c");
        assertThat(batchReads("    $n : Number() from accumulate(Facts(claims(\"x\"), programme == \"a\"), count(1))"))
                .containsExactlyInAnyOrder("a", "b", "c");
        assertThat(DrlText.batchProgrammes(Map.of("rules/x.drl", "// no rule text here\n"), java.util.Set.of("quota"),
                java.util.Set.of("a", "b"))).as("a batch rule whose text is not found").containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void aCaseRuleThatWaitsForParamsInAnyFormIsFound() {
        for (String lhs : java.util.List.of(
                "    $f : Facts(programme == \"a\") $p : Params()",
                "    $f : Facts(programme == \"a\") and $p : Params()",
                "    exists Params()",
                "    $p : io.github.talentrules.rule.Params()")) {
            java.util.List<String> problems = new java.util.ArrayList<>();
            DrlText.checkScopes(Map.of("rules/x.drl", "rule \"r\"\nwhen\n" + lhs + "\nthen\n    Check.isTrue(drools, $f, \"x\");\nend\n"),
                    java.util.Set.of(), problems);
            assertThat(problems).as(lhs).singleElement().asString().startsWith("rules/x.drl:3: rule 'r' waits for a Params fact");
        }
        java.util.List<String> none = new java.util.ArrayList<>();
        DrlText.checkScopes(Map.of("rules/x.drl", "rule \"q\"\nwhen\n    $p : Params()\nthen\nend\n"), java.util.Set.of("q"), none);
        assertThat(none).as("a rule over a batch may").isEmpty();
    }
}
