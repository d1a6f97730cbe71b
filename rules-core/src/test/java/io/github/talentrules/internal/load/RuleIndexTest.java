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
 * What the rule index reads from a pack's DRL with Drools' parser. Each answer errs on the safe side: which findings go into the
 * session for other rules to read (a miss would silently stop an exception or relaxation), which
 * programmes the rules over a batch read (a miss would hide cases from them), and which case rules
 * wait for a Params fact that never comes.
 */
class RuleIndexTest {
    @TempDir
    Path dir;

    private static Predicate<String> read(String conditions) {
        return RuleIndex.of(Map.of("rules/x.drl", """
                rule "r"
                when
                    $f : Facts(programme == "demo.grant")
                %s
                then
                    Check.relax(drools, $base);
                end
                """.formatted(conditions))).findingsRead();
    }

    private static java.util.List<String> problems(String drl, java.util.Set<String> parameters, java.util.Set<String> facts) {
        java.util.List<String> problems = new java.util.ArrayList<>();
        RuleIndex index = RuleIndex.of(Map.of("rules/x.drl", drl));
        assertThat(index.unparsed()).isEmpty();
        index.check(parameters, facts, problems);
        return problems;
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
        assertThat(RuleIndex.of(Map.of("rules/x.drl", "rule \"r\"\nwhen\n    $f : Facts()\nthen\n    Check.isTrue(drools, $f, \"x\");\nend\n"))
                .findingsRead().test("r")).isFalse();
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
        assertThat(problems("rule \"r\"\nwhen\n    $f : Facts()\nthen\n    Across.conflict(drools, $f, java.util.List.of(), \"x\");\nend\n",
                java.util.Set.of(), java.util.Set.of("x"))).singleElement().asString().startsWith("rules/x.drl:5: rule 'r' calls Across");
    }

    @Test
    void anInsertOfWhatAHelperMadeIsFoundInEveryForm() {
        for (String rhs : java.util.List.of("insert(Check.isTrue(drools, $f, \"x\"));", "insertLogical(Pay.unspecified(drools));",
                "insert( io.github.talentrules.rule.Check.isTrue(drools, $f, \"x\"));")) {
            assertThat(problems("rule \"r\"\nwhen\n    $f : Facts()\nthen\n    " + rhs + "\nend\n", java.util.Set.of(), java.util.Set.of("x")))
                    .as(rhs).singleElement().asString().startsWith("rules/x.drl:5: rule 'r' inserts what ")
                    .contains("the helper records its finding itself");
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
        return RuleIndex.of(Map.of("rules/x.drl", """
                rule 'quota'
                    @scope( "batch" )
                when
                %s
                then
                    Across.atMost(drools, "n", $n, $p, "k");
                end
                """.formatted(conditions))).batchProgrammes(java.util.Set.of("a", "b", "c"));
    }

    @Test
    void theBatchRulesReadTheProgrammesTheirCasePatternsNameAndAllWhenInDoubt() {
        assertThat(batchReads("    $f : Facts(programme == \"a\", has(\"x\"))\n    $n : Number() from accumulate(Facts(programme in (\"a\", \"b\")), count(1))"))
                .containsExactlyInAnyOrder("a", "b");
        assertThat(batchReads("    $n : Number() from accumulate(Facts(programme == \"a\" || programme == \"b\"), count(1))"))
                .containsExactlyInAnyOrder("a", "b", "c");
        assertThat(batchReads("    $n : Number() from accumulate(Facts(claims(\"x\"), programme == \"a\"), count(1))"))
                .as("constraints are joined by and: one that names the programme restricts the pattern wherever it stands")
                .containsExactly("a");
        assertThat(batchReads("    $n : Number() from accumulate(Facts(programme not in (\"a\")), count(1))")).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(batchReads("    $f : Facts(programme == \"a\")\n    $e : Facts() from $f.records(\"experts\")\n    $n : Number() from accumulate(Facts(programme == \"b\"), count(1))"))
                .as("the records of a case are not cases of the batch").containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void aCaseRuleThatWaitsForParamsInAnyFormIsFound() {
        for (String lhs : java.util.List.of(
                "    $f : Facts(programme == \"a\") $p : Params()",
                "    $f : Facts(programme == \"a\") and $p : Params()",
                "    exists Params()",
                "    $p : io.github.talentrules.rule.Params()")) {
            assertThat(problems("rule \"r\"\nwhen\n" + lhs + "\nthen\n    Check.isTrue(drools, $f, \"x\");\nend\n", java.util.Set.of(),
                    java.util.Set.of("x"))).as(lhs).singleElement().asString().startsWith("rules/x.drl:3: rule 'r' waits for a Params fact");
        }
        assertThat(problems("rule \"q\" @scope(\"batch\")\nwhen\n    $p : Params()\nthen\nend\n", java.util.Set.of(), java.util.Set.of()))
                .as("a rule over a batch may").isEmpty();
    }

    @Test
    void aHelperCallSplitOverTwoLinesIsCheckedLikeAnyOther() {
        String drl = """
                rule "r"
                    @article("第一条") @programme("demo.grant")
                when
                    $f : Facts(programme == "demo.grant", $p : params)
                then
                    Pay.range(drools, $p, "min",
                        "maxx");
                end
                """;
        assertThat(problems(drl, java.util.Set.of("min", "max"), java.util.Set.of()))
                .containsExactly("rules/x.drl:7: the rule reads parameter 'maxx', which parameters.yaml does not have (did you mean 'max'?)");
    }

    @Test
    void theFactsAndParametersARuleReadsAreFoundInItsConditionsAndConsequence() {
        String drl = """
                rule "r"
                when
                    $f : Facts(programme == "a", $p : params, has("x"),
                               integer("y") > $p.integer("k1"))
                    $e : Facts(claims("z")) from $f.records("experts")
                then
                    Check.any(drools,
                        When.atLeast($f, "w", $p, "k2"),
                        When.atMostTimes($e, "v", $p, "k3", "u"));
                end
                """;
        RuleIndex.Entry e = RuleIndex.of(Map.of("rules/x.drl", drl)).rules().get("r");
        assertThat(e.reads()).extracting(r -> r.role() + " " + r.name() + " " + r.line()).containsExactly(
                "FACT x 3", "FACT y 4", "PARAMETER k1 4", "FACT z 5", "FACT experts 5",
                "FACT w 8", "PARAMETER k2 8", "FACT v 9", "PARAMETER k3 9", "FACT u 9");
        assertThat(e.calls()).extracting(c -> c.name() + " " + c.line()).containsExactly("Check.any 7", "When.atLeast 8", "When.atMostTimes 9");
        assertThat(e.foreign()).isEmpty();
        assertThat(e.rule().line()).hasValue(1);
    }

    @Test
    void everyStringParameterOfEveryHelperIsAFactAParameterKeyOrNamedAsNeither() {
        java.util.Set<String> neither = java.util.Set.of("unit", "counted");
        for (Class<?> helper : RuleIndex.helpers().values()) {
            for (java.lang.reflect.Method m : helper.getDeclaredMethods()) {
                if (!java.lang.reflect.Modifier.isPublic(m.getModifiers())) {
                    continue;
                }
                for (java.lang.reflect.Parameter p : m.getParameters()) {
                    if (p.getType() == String.class || p.getType() == String[].class) {
                        assertThat(RuleIndex.role(p) != null || neither.contains(p.getName()))
                                .as(helper.getSimpleName() + "." + m.getName() + "(" + p.getName() + ")").isTrue();
                    }
                }
            }
        }
    }

    @Test
    void theIndexReadsEveryRuleAsDroolsCompilesIt() {
        LoadedPack pack = LoadedPack.load(PackSource.folder(DemoPack.FOLDER));
        java.util.Map<String, java.util.Map<String, Object>> compiled = new java.util.HashMap<>();
        pack.kieBase().getKiePackages().forEach(p -> p.getRules().forEach(r -> compiled.put(r.getName(), r.getMetaData())));
        assertThat(pack.rules().keySet()).containsExactlyInAnyOrderElementsOf(compiled.keySet());
        pack.rules().values().forEach(r -> {
            java.util.Map<String, Object> meta = compiled.get(r.name());
            assertThat(r.article()).as(r.name()).isEqualTo(java.util.Optional.ofNullable(meta.get(io.github.talentrules.pack.Rule.ARTICLE)).map(Object::toString));
            assertThat(String.join(",", r.programmes())).as(r.name())
                    .isEqualTo(String.valueOf(meta.getOrDefault(io.github.talentrules.pack.Rule.PROGRAMME, "")).replaceAll("\\s*,\\s*", ","));
            assertThat(r.overBatch()).as(r.name()).isEqualTo(LoadedPack.isBatch(meta));
            assertThat(r.exceptionOf()).as(r.name()).isEqualTo(java.util.Optional.ofNullable(meta.get(io.github.talentrules.pack.Rule.EXCEPTION_OF)).map(Object::toString));
            assertThat(r.soft()).as(r.name()).isEqualTo(meta.containsKey(io.github.talentrules.pack.Rule.SOFT));
            assertThat(r.en()).as(r.name()).isEqualTo(java.util.Optional.ofNullable(meta.get(io.github.talentrules.pack.Rule.EN)).map(Object::toString));
            assertThat(r.line()).as(r.name()).isPresent();
        });
    }
}
