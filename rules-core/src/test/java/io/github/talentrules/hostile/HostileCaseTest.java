package io.github.talentrules.hostile;

import static io.github.talentrules.DemoPack.RULES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.talentrules.DemoPack;
import io.github.talentrules.InvalidCaseException;
import io.github.talentrules.Language;
import io.github.talentrules.analysis.Reform;
import io.github.talentrules.analysis.Scenario;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Hostile and faulty cases given to the Java API ({@code readCase}, {@code decide}): each is refused
 * with an {@link InvalidCaseException} of one line naming the source and the field, never decided.
 */
class HostileCaseTest {

    private static final String GOOD = """
            program: demo.grant
            asOf: 2024-06-01
            facts:
              birthDate: 1990-01-01
              degree: MASTER
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a birth date in year 0000    | birthDate: 1990-01-01 | birthDate: 0000-01-01       | facts.birthDate",
        "a birth date before 1900     | birthDate: 1990-01-01 | birthDate: 1899-12-31       | facts.birthDate",
        "a reference date far ahead   | asOf: 2024-06-01      | asOf: +999999999-12-31      | asOf",
        "a reference date after 2199  | asOf: 2024-06-01      | asOf: 2200-01-01            | asOf",
    })
    void datesOutsideTheAcceptedRangeAreRefusedNamingTheField(String what, String from, String to, String field) {
        assertThatThrownBy(() -> RULES.decide(RULES.readCase(GOOD.replace(from, to), "c.yaml")))
                .isInstanceOf(InvalidCaseException.class)
                .satisfies(e -> {
                    InvalidCaseException ice = (InvalidCaseException) e;
                    assertThat(ice.field()).isEqualTo(field);
                    assertThat(ice.getMessage()).startsWith("c.yaml: " + field + ": ")
                            .contains("1900-01-01 to 2199-12-31").doesNotContain("\n");
                    assertThat(ice.message(Language.ZH)).contains("1900-01-01 至 2199-12-31");
                });
    }

    @Test
    void theEdgesOfTheRangeAreAccepted() {
        assertThat(RULES.decide(DemoPack.eligible().fact("birthDate", LocalDate.of(1900, 1, 1)).build())).isNotNull();
        assertThat(RULES.decide(io.github.talentrules.Case.builder("demo.grant", LocalDate.of(2199, 12, 31))
                .fact("birthDate", LocalDate.of(1990, 1, 1)).build())).isNotNull();
    }

    @Test
    void aCaseBuiltInJavaIsCheckedTheSameWay() {
        assertThatThrownBy(() -> RULES.decide(DemoPack.eligible().fact("birthDate", LocalDate.of(0, 1, 1)).build()))
                .isInstanceOf(InvalidCaseException.class).hasMessageContaining("facts.birthDate: 0000-01-01 is outside");
        assertThatThrownBy(() -> RULES.decide(io.github.talentrules.Case.builder("demo.grant", LocalDate.MAX).build()))
                .isInstanceOf(InvalidCaseException.class).hasMessageContaining("asOf: +999999999-12-31 is outside");
    }

    @TempDir
    Path dir;

    /** A case of {@code mib} MiB: a valid head, then one long comment-free scalar (YAML takes quadratic time on it). */
    private Path big(String name, int mib) throws IOException {
        Path f = dir.resolve(name);
        try (Writer w = Files.newBufferedWriter(f)) {
            w.write(GOOD);
            w.write("  note: ");
            char[] chunk = "x".repeat(1 << 16).toCharArray();
            for (int i = 0; i < mib * 16; i++) {
                w.write(chunk);
            }
            w.write("\n");
        }
        return f;
    }

    @Test
    void aCaseFileLargerThanOneMibIsRefusedUnread() throws IOException {
        Path f = big("huge.yaml", 90);
        assertThatThrownBy(() -> RULES.readCase(f)).isInstanceOf(InvalidCaseException.class)
                .hasMessage(f + ": is larger than 1 MiB, more than any case, reform or scenario file needs: refused unread");
        String text = GOOD + "  note: " + "x".repeat(2 << 20) + "\n";
        assertThatThrownBy(() -> RULES.readCase(text, "mem.yaml")).isInstanceOf(InvalidCaseException.class)
                .hasMessageStartingWith("mem.yaml: is larger than 1 MiB");
    }

    @Test
    void reformAndScenarioFilesAreCappedToo() throws IOException {
        Path reform = big("reform.yaml", 2);
        assertThatThrownBy(() -> Reform.read(reform)).isInstanceOf(InvalidCaseException.class)
                .hasMessage(reform + ": is larger than 1 MiB, more than any case, reform or scenario file needs: refused unread");
        Path scenarios = big("scenarios.yaml", 2);
        assertThatThrownBy(() -> Scenario.read(scenarios)).isInstanceOf(InvalidCaseException.class)
                .hasMessageContaining("is larger than 1 MiB");
    }

    /** Found by fuzzing: a value quoted in a message kept its line breaks, and the message ran over lines. */
    /** Nesting a hundred thousand deep overflowed the reader's stack: a StackOverflowError and a stack trace. */
    @Test
    void listsNestedDeeperThanAnyFileNeedsAreRefusedWithTheirLine() {
        assertThatThrownBy(() -> RULES.readCase("program: demo.grant\nasOf: 2024-06-01\nfacts: " + "[".repeat(100_000) + "\n", "deep.yaml"))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessage("deep.yaml: line 3: lists or mappings nested more than 64 deep are not read");
        assertThatThrownBy(() -> RULES.readCase("{\"program\": " + "[".repeat(100_000), "deep.json"))
                .isInstanceOf(InvalidCaseException.class).hasMessage("deep.json: line 1: lists or objects nested more than 64 deep are not read");
    }

    @Test
    void aValueWithLineBreaksIsQuotedOnOneLine() {
        assertThatThrownBy(() -> RULES.readCase("program: \"demo.grant\\nx\"\nasOf: 2024-06-01\n", "f.yaml"))
                .isInstanceOf(InvalidCaseException.class)
                .satisfies(e -> {
                    assertThat(e.getMessage()).startsWith("f.yaml: program: ").doesNotContain("\n").contains("demo.grant\\nx");
                    assertThat(((InvalidCaseException) e).message(Language.ZH)).doesNotContain("\n");
                });
        assertThatThrownBy(() -> RULES.readCase(":prog01t\n\nac:fs bidegree: MAS", "f.yaml"))
                .isInstanceOf(InvalidCaseException.class).hasMessageStartingWith("f.yaml: ").hasMessageNotContaining("\n");
    }

    /** The cap's edge: 1 MiB is read (and then judged), one byte more is refused unread. */
    @Test
    void aFileOfExactlyOneMibIsRead() throws IOException {
        String head = "program: demo.grant\nasOf: 2024-06-01\n# ";
        Path f = dir.resolve("edge.yaml");
        Files.writeString(f, head + "x".repeat(io.github.talentrules.internal.TextFile.MAX_BYTES - head.length() - 1) + "\n");
        assertThat(Files.size(f)).isEqualTo(io.github.talentrules.internal.TextFile.MAX_BYTES);
        assertThat(RULES.readCase(f).programme()).isEqualTo("demo.grant");
        Files.writeString(f, "\n", java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> RULES.readCase(f)).isInstanceOf(InvalidCaseException.class).hasMessageContaining("is larger than 1 MiB");
    }
}
