package io.github.talentrules.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.talentrules.DemoPack;
import io.github.talentrules.InvalidPackException;
import io.github.talentrules.TalentRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packs and reforms are code, and Drools has no sandbox: a rule from a folder may only call the rule
 * helpers in its consequence and read the case's facts and parameters in its conditions, unless the
 * user trusts that folder. Checked on the parsed rules, with file and line.
 */
class TrustTest {
    @TempDir
    Path dir;

    private static final String HEADER = """
            package demo.rules;

            import io.github.talentrules.rule.Facts;
            import io.github.talentrules.rule.Check;

            """;

    /** A reform of the demo pack adding one rule with these conditions and this consequence; its DRL starts at line 1. */
    private Path reform(String conditions, String consequence) throws IOException {
        Path rules = Files.createDirectories(dir.resolve("reform/rules"));
        Files.writeString(rules.resolve("added.drl"), HEADER + """
                rule "2.9 新增"
                    @article("第二条第（二）项") @programme("demo.grant")
                when
                    $f : Facts(programme == "demo.grant", $p : params%s)
                then
                    %s
                end
                """.formatted(conditions, consequence));
        Path file = dir.resolve("reform/reform.yaml");
        Files.writeString(file, "reform: added\npack: demo\nrules:\n  folder: rules\n");
        return file;
    }

    @Test
    void aReformThatCallsSystemExitIsRefusedWithFileAndLine() throws IOException {
        Path file = reform("", "System.exit(0);");
        assertThatThrownBy(() -> DemoPack.RULES.withReform(Reform.read(file)))
                .isInstanceOf(InvalidPackException.class)
                .satisfies(e -> assertThat(((InvalidPackException) e).problems()).singleElement().asString()
                        .startsWith(dir.resolve("reform/rules/added.drl") + ":11: rule '2.9 新增' calls System.exit(...), which is not a rule helper")
                        .contains("--trust-code " + dir.resolve("reform").toAbsolutePath()));
    }

    @Test
    void everyWayOutOfTheHelpersIsRefused() throws IOException {
        List<String[]> ways = List.of(
                new String[] {"", "new java.io.File(\"x\").delete();"},
                new String[] {"", "Check.isTrue(drools, $f, new java.io.File(\"x\").getName());"},
                new String[] {"", "Runtime.getRuntime().exec(\"sh\");"},
                new String[] {"", "Check.isTrue(drools, $f, $f.getClass().getName());"},
                new String[] {"", "insert(new Object());"},
                new String[] {"", "drools.halt();"},
                new String[] {"", "java.nio.file.Files.delete(java.nio.file.Path.of(\"x\"));"},
                new String[] {"", "String s = \"x\"; Check.isTrue(drools, $f, s);"},
                new String[] {", eval(java.lang.System.getenv(\"HOME\") != null)", "Check.isTrue(drools, $f, \"hasPlatform\");"},
                new String[] {", java.time.LocalDate.now().getYear() > 2000", "Check.isTrue(drools, $f, \"hasPlatform\");"},
                new String[] {", has(new java.net.Socket(\"example.org\", 80).toString())", "Check.isTrue(drools, $f, \"hasPlatform\");"});
        for (String[] way : ways) {
            Path file = reform(way[0], way[1]);
            assertThat(Validation.ofReform(file, DemoPack.RULES).runs()).as(way[0] + " " + way[1]).isNotEmpty()
                    .allSatisfy(r -> assertThat(r).startsWith(dir.resolve("reform/rules/added.drl") + ":"));
            assertThatThrownBy(() -> DemoPack.RULES.withReform(Reform.read(file))).as(way[0] + " " + way[1])
                    .isInstanceOf(InvalidPackException.class);
        }
    }

    @Test
    void theHelpersAndTheReadsOfFactsAndParametersRunAnywhere() throws IOException {
        Path file = reform(", has(\"degree\"), integer(\"age\") <= $p.integer(\"grant.max-age\")",
                "Check.any(drools, When.isTrue($f, \"hasPlatform\"), When.atMost($f, \"age\", $p, \"grant.max-age\"));");
        Files.writeString(file.resolveSibling("rules/added.drl"), Files.readString(file.resolveSibling("rules/added.drl"))
                .replace("import io.github.talentrules.rule.Check;", "import io.github.talentrules.rule.Check;\nimport io.github.talentrules.rule.When;"));
        Validation v = Validation.ofReform(file, DemoPack.RULES);
        assertThat(v.runs()).isEmpty();
        assertThat(v.errors()).isEmpty();
    }

    @Test
    void aTrustedFolderMayRunJava() throws IOException {
        Path file = reform("", "Check.isTrue(drools, $f, new java.io.File(\"hasPlatform\").getName());");
        TalentRules trusting = TalentRules.builder().packFolder(DemoPack.FOLDER).trustCode(dir.resolve("reform")).build();
        Validation v = Validation.ofReform(file, trusting);
        assertThat(v.errors()).isEmpty();
        assertThat(v.runs()).singleElement().asString().startsWith(dir.resolve("reform/rules/added.drl") + ":11: rule '2.9 新增' creates java.io.File");
        assertThat(trusting.withReform(Reform.read(file)).rules("demo")).containsKey("2.9 新增");
    }

    @Test
    void aPackFolderIsCheckedAsAReformIs() throws IOException {
        Path p = DemoPack.copyTo(dir.resolve("demo"));
        Path drl = p.resolve("rules/grant.drl");
        List<String> lines = Files.readAllLines(drl);
        int at = lines.indexOf("    Check.isTrue(drools, $f, \"hasPlatform\");");
        assertThat(at).isNotNegative();
        lines.set(at, "    Check.isTrue(drools, $f, \"hasPlatform\"); System.exit(0);");
        Files.write(drl, lines);

        Validation untrusted = Validation.ofPackFolder(p, false);
        assertThat(untrusted.runs()).singleElement().asString().startsWith("rules/grant.drl:" + (at + 1) + ": rule '");
        assertThat(untrusted.errors()).singleElement().asString().startsWith(untrusted.runs().get(0)).contains("refused");
        assertThat(Validation.ofPackFolder(p, true).errors()).isEmpty();
        assertThatThrownBy(() -> TalentRules.builder().packFolder(p).build()).isInstanceOf(InvalidPackException.class);
        assertThat(TalentRules.builder().packFolder(p).trustCode(dir).build().packs()).hasSize(1);
    }

    @Test
    void theDemoPackRunsOnlyTheHelpers() {
        assertThat(Validation.ofPackFolder(DemoPack.FOLDER, false).runs()).isEmpty();
    }

    @Test
    void aReformsRulesFolderStaysInsideTheReformsFolder() throws IOException {
        Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(dir.resolve("elsewhere/x.drl"), HEADER);
        Path reformDir = Files.createDirectories(dir.resolve("reform"));
        for (String folder : List.of("../elsewhere", dir.resolve("elsewhere").toAbsolutePath().toString(), "rules/../../elsewhere")) {
            Path file = reformDir.resolve("r.yaml");
            Files.writeString(file, "reform: r\npack: demo\nrules:\n  folder: '" + folder + "'\n");
            assertThatThrownBy(() -> Reform.read(file)).as(folder).isInstanceOf(InvalidPackException.class)
                    .hasMessageContaining("rules.folder").hasMessageContaining("lies outside the reform's folder");
        }
    }
}
