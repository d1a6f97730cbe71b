package io.github.talentrules.henan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.Decision;
import io.github.talentrules.Funding;
import io.github.talentrules.Outcome;
import io.github.talentrules.TalentRules;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The example cases in examples/cases/henan, one per programme, each decided as its comment says. */
class HenanExampleCasesTest {
    static final TalentRules RULES = HenanPackTest.RULES;
    static final Path CASES = Path.of("../examples/cases/henan");

    @Test
    void thereIsOneExampleCasePerProgramme() throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(CASES)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).map(n -> "henan." + n.replace(".yaml", "")).toList();
        }
        List<String> programmes = RULES.packs().stream().filter(p -> p.id().equals("henan")).findFirst().orElseThrow()
                .programmes().stream().map(p -> p.id()).toList();
        assertThat(files).containsExactlyInAnyOrderElementsOf(programmes);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "scientist-studio  | ELIGIBLE      | unspecified | ''",
        "discipline-base   | NEEDS_REVIEW  | unspecified | attestations.backbonesFromWorldClassTeams",
        "intl-cooperation  | ELIGIBLE      | 300000      | ''",
        "talent-priority   | ELIGIBLE      | none        | ''",
        "training-abroad   | ELIGIBLE      | unspecified | ''",
        "returnee-startup  | INELIGIBLE    | none        | ''",
        "annual-record     | ELIGIBLE      | none        | ''",
    })
    void decides(String programme, Outcome outcome, String funding, String missing) {
        Decision d = RULES.decide(RULES.readCase(CASES.resolve(programme + ".yaml")));
        assertThat(d.programme().id()).isEqualTo("henan." + programme);
        assertThat(d.outcome()).isEqualTo(outcome);
        assertThat(d.missing()).containsExactlyElementsOf(missing.isEmpty() ? List.of() : List.of(missing.split(",")));
        Optional<Funding> f = d.funding();
        switch (funding) {
            case "none" -> assertThat(f).isEmpty();
            case "unspecified" -> assertThat(f).hasValueSatisfying(x -> {
                assertThat(x.unspecified()).isTrue();
                assertThat(x.amount()).isEmpty();
            });
            default -> assertThat(f.flatMap(Funding::amount)).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo(new BigDecimal(funding)));
        }
        if (outcome == Outcome.INELIGIBLE) {
            assertThat(d.failedRules()).containsExactly("0 基准日在文件施行期内");
        }
    }
}
