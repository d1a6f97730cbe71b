package io.github.talentrules.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** DRL errors at their real place, quoted with a caret, in plain words: each as Drools would have hidden it. */
class DrlDiagnosticsTest {
    private static final Path GRANT = Path.of("src/test/resources/packs/demo/rules/grant.drl");

    /** The demo's rules with {@code from} (once) replaced by {@code to}. */
    private static String broken(String from, String to) {
        try {
            String text = Files.readString(GRANT);
            assertThat(text).contains(from);
            return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> problems(String text) {
        return DrlDiagnostics.of(text).problems("rules/grant.drl");
    }

    @Test
    void aMissingParenthesisInAConditionIsAtTheEndOfItsPatternNotOnTheNextLine() {
        // Drools: "Line 28:4 mismatched input '$base'", then "Parser returned a null Package".
        assertThat(problems(broken("claims(\"westernRegion\") == true)", "claims(\"westernRegion\") == true"))).containsExactly("""
                rules/grant.drl:27:74: ')' is missing here: the '(' at line 27, column 15 is not closed
                  27 |     $f : Facts(programme == "demo.grant", claims("westernRegion") == true
                     |                                                                          ^""");
    }

    @Test
    void aMissingParenthesisInAConsequenceIsAtItsSemicolonNotAtTheRulesFirstLine() {
        // Drools: "grant.drl:16: Rule Compilation error Syntax error, insert ")" to complete Expression".
        assertThat(problems(broken("\"grant.max-age\");", "\"grant.max-age\";"))).singleElement().asString()
                .startsWith("rules/grant.drl:21:56: ')' is missing before ';': the '(' at line 21, column 17 is not closed\n");
    }

    @Test
    void aRuleWithoutEndOrThenSaysWhichRuleAndWhereToWriteIt() {
        assertThat(problems(broken("    Check.relax(drools, $base);\nend", "    Check.relax(drools, $base);\n"))).singleElement().asString()
                .startsWith("rules/grant.drl:30:32: rule \"2.1 西部地区可适当放宽年龄\" (line 24) has no 'end': write 'end' on a line of its own"
                        + " after its consequence, before the rule at line 33\n");
        assertThat(problems(broken("then\n    Check.relax(drools, $base);", "    Check.relax(drools, $base);"))).singleElement().asString()
                .startsWith("rules/grant.drl:29:5: rule \"2.1 西部地区可适当放宽年龄\" (line 24) has no 'then': write 'then' on a line of its"
                        + " own above line 29, where its consequence starts\n");
    }

    @Test
    void fullWidthPunctuationIsNamedWithEveryCaretAndTheLineToWrite() {
        // Drools: "Line 21:29 no viable alternative at input ''", twice.
        assertThat(problems(broken("$f, \"age\", $p", "$f, “age”, $p"))).containsExactly("""
                rules/grant.drl:21:30: '“' '”' are typed full-width (a Chinese input method), where DRL needs '"': write 'Check.atMost(drools, $f, "age", $p, "grant.max-age");'
                  21 |     Check.atMost(drools, $f, “age”, $p, "grant.max-age");
                     |                              ^   ^""");
        assertThat(problems(broken("Check.atMost(drools, $f", "Check.atMost（drools，$f"))).singleElement().asString()
                .startsWith("rules/grant.drl:21:17: '（' '，' are typed full-width (a Chinese input method), where DRL needs '(' ',':"
                        + " write 'Check.atMost(drools, $f, \"age\", $p, \"grant.max-age\");'");
        assertThat(problems(broken("    $f : Facts(programme == \"demo.grant\", $p : params)", "    $f ： Facts(programme == \"demo.grant\", $p : params)")))
                .singleElement().asString().startsWith("rules/grant.drl:19:8: '：' is typed full-width");
    }

    @Test
    void theCaretStandsUnderTheCharacterAfterChineseTextWhichTakesTwoPlaces() {
        String text = "rule \"甲\" @en(\"x\") when\n    $f : Facts(programme == \"甲乙\"， claims(\"y\"))\nthen\nend\n";
        assertThat(problems(text)).containsExactly("""
                rules/grant.drl:2:33: '，' is typed full-width (a Chinese input method), where DRL needs ',': write '$f : Facts(programme == "甲乙", claims("y"))'
                   2 |     $f : Facts(programme == "甲乙"， claims("y"))
                     |                                   ^""");
    }

    @Test
    void aStrayCharacterIsNamedWhereDroolsFailsWithAnInternalError() {
        // Drools: "Unexpected error: Cannot invoke "org.antlr.runtime.BitSet.toArray()" because "set" is null".
        assertThat(problems(broken("    Check.relax(drools, $base);", "    Check.relax(drools, $base);`"))).singleElement().asString()
                .startsWith("rules/grant.drl:30:32: '`' (U+0060 grave accent) cannot stand in DRL outside a string or a comment: delete it\n");
    }

    @Test
    void fullWidthTextInStringsAndCommentsIsLeftAlone() {
        assertThat(problems("// 第二条（一）：年龄，“四十”\nrule \"2.1 年龄（一）\" @article(\"第二条第（一）项\")\nwhen\n"
                + "    $f : Facts(programme == \"x\", text(\"备注\") == '是，否')\nthen\n    Check.isTrue(drools, $f, \"a\");\nend\n")).isEmpty();
    }

    @Test
    void validDrlAndJavaBeyondThePacksOwnIsLeftAlone() {
        assertThat(problems("""
                package x;
                query adults
                    Facts(programme == "x")
                end
                declare Extra
                    name : String
                end
                rule plain @en("Master's degree") when
                    $base : Finding(
                        rule in ("a（甲）",
                                 "b"),
                        status == Status.FAIL)
                    accumulate(Facts(programme == "x"); $n : count())
                then
                    for (int i = 0; i < 3; i++) { System.out.println(i); }
                    java.util.List<String> l = java.util.List.of("(", ")", '"' + "", String.valueOf('\\''));
                    l.forEach(s -> { System.out.println(s); });
                    String t = \"""
                        （全角）"
                        \""";
                end
                """)).isEmpty();
    }

    @Test
    void theCompilersErrorInAConsequenceIsPutOnTheLineOfTheCallItNames() {
        DrlDiagnostics t = DrlDiagnostics.of(broken("Check.atMost(drools, $f, \"age\", $p, \"grant.max-age\");", "Check.atMots(drools, $f, \"age\", $p);"));
        assertThat(compileError(t, "rules/grant.drl", 16, "Rule Compilation error The method atMots(KnowledgeHelper, Facts, String, Params)"
                + " is undefined for the type Check")).isEqualTo("""
                rules/grant.drl:21:11: Check has no method atMots (did you mean 'atMost'?)
                  21 |     Check.atMots(drools, $f, "age", $p);
                     |           ^""");
        t = DrlDiagnostics.of(broken("Check.atMost(drools, $f, \"age\", $p, \"grant.max-age\");", "Check.atMost(drools, $f, \"age\", $p);"));
        assertThat(compileError(t, "rules/grant.drl", 16, "Rule Compilation error The method atMost(Object, Facts, String, Params, String)"
                + " in the type Check is not applicable for the arguments (KnowledgeHelper, Facts, String, Params)"))
                .startsWith("rules/grant.drl:21:11: Check.atMost takes 5 arguments, not 4; it is written Check.atMost(drools, f, fact, p, key)\n");
        t = DrlDiagnostics.of(broken("Check.relax(drools, $base);", "Check.relax(drools, $bse);"));
        assertThat(compileError(t, "rules/grant.drl", 24, "Rule Compilation error $bse cannot be resolved to a variable"))
                .startsWith("rules/grant.drl:30:25: $bse is bound by no pattern of the rule's conditions (did you mean '$base'?)\n");
    }

    private static String compileError(DrlDiagnostics t, String file, int line, String raw) {
        return t.compileError(file, line, raw).orElseThrow();
    }

    @Test
    void aConsequenceThatIsNotJavaIsNamedWhereItStopsBeingJavaNotWhereTheCompilerLooked() {
        // Drools: "grant.drl:16: Rule Compilation error The method atMost(...) in the type Check is not applicable for the arguments".
        DrlDiagnostics t = DrlDiagnostics.of(broken("Check.atMost(drools, $f, \"age\"", "Check.atMost(drools, $f \"age\""));
        assertThat(compileError(t, "rules/grant.drl", 16, "Rule Compilation error The method atMost(Object, Facts, String, Params, String)"
                + " in the type Check is not applicable for the arguments (KnowledgeHelper, Facts, Params, String)")).isEqualTo("""
                rules/grant.drl:21:29: '"age"' cannot come here in the consequence: is a ',', an operator or a ')' missing before it?
                  21 |     Check.atMost(drools, $f "age", $p, "grant.max-age");
                     |                             ^""");
    }

    @Test
    void aVariableWhosePatternDoesNotCompileIsNotASecondError() {
        DrlDiagnostics t = DrlDiagnostics.of(broken("$base : Finding(rule", "$base : Findings(rule"));
        assertThat(t.compileError("rules/grant.drl", 24, "Rule Compilation error $base cannot be resolved to a variable")).isEmpty();
        assertThat(compileError(t, "rules/grant.drl", 28, "Unable to resolve ObjectType 'Findings'"))
                .startsWith("rules/grant.drl:28:13: 'Findings' is no type the rules know (did you mean 'Finding'?): is it imported and spelt right?\n");
    }

    @Test
    void aMisspeltFieldOfAPatternIsNamedWithTheFieldMeant() {
        DrlDiagnostics t = DrlDiagnostics.of(broken("Facts(programme == \"demo.grant\", claims(", "Facts(programm == \"demo.grant\", claims("));
        assertThat(compileError(t, "rules/grant.drl", 27, """
                Unable to Analyse Expression programm == "demo.grant":
                [Error: unable to resolve method using strict-mode: io.github.talentrules.rule.Facts.programm()]
                [Near : {... programm == "demo.grant" ....}]""")).startsWith("rules/grant.drl:27:16: Facts has no 'programm' to read (did you mean 'programme'?)\n");
    }

    @Test
    void everyDrlFileOfTheProjectReadsWithoutAProblem() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(".."))) {
            List<Path> drl = files.filter(f -> f.toString().endsWith(".drl") && !f.toString().contains("/target/")).toList();
            assertThat(drl).hasSizeGreaterThan(5);
            for (Path f : drl) {
                assertThat(DrlDiagnostics.of(Files.readString(f)).problems(f.toString())).as(f.toString()).isEmpty();
            }
        }
    }
}
