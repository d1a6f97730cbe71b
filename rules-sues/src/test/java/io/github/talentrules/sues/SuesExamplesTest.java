package io.github.talentrules.sues;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.Decision;
import io.github.talentrules.Funding;
import io.github.talentrules.Language;
import io.github.talentrules.Outcome;
import io.github.talentrules.TalentRules;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The example cases in examples/cases/sues, one per programme, decided as the README says. */
class SuesExamplesTest {
    static final TalentRules RULES = SuesPackTest.RULES;
    static final Path CASES = Path.of("../examples/cases/sues");

    private static Decision decide(String file) {
        return RULES.decide(RULES.readCase(CASES.resolve(file)));
    }

    @Test
    void thereIsOneExamplePerProgramme() throws Exception {
        try (Stream<Path> files = Files.list(CASES)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("expert-team.yaml", "foreign-teacher.yaml", "high-end-expert.yaml",
                            "short-exchange.yaml", "top-talent.yaml");
        }
        assertThat(RULES.packs()).singleElement().satisfies(p -> assertThat(p.programmes()).extracting(x -> x.id())
                .containsExactly("sues.expert-team", "sues.foreign-teacher", "sues.high-end-expert",
                        "sues.short-exchange", "sues.top-talent"));
    }

    @Test
    void theTeamIsEligibleForAtMost200000YuanAYear() {
        Decision d = decide("expert-team.yaml");
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        Funding f = d.funding().orElseThrow();
        assertThat(f.cap()).contains(new BigDecimal("200000"));
        assertThat(f.unit()).isEqualTo("yuan/year");
        assertThat(f.amount()).isEmpty();
    }

    @Test
    void theTeacherIsEligibleFor100000To150000YuanAYear() {
        Decision d = decide("foreign-teacher.yaml");
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        Funding f = d.funding().orElseThrow();
        assertThat(f.min()).contains(new BigDecimal("100000"));
        assertThat(f.max()).contains(new BigDecimal("150000"));
        assertThat(f.unit()).isEqualTo("yuan/year");
    }

    @Test
    void theAssociateProfessorAtAQsTop400UniversityIsEligibleFor50000To100000YuanAMonthForTwoMonths() {
        Decision d = decide("high-end-expert.yaml");
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        Funding f = d.funding().orElseThrow();
        assertThat(f.min()).contains(new BigDecimal("100000"));
        assertThat(f.max()).contains(new BigDecimal("200000"));
        assertThat(f.unit()).isEqualTo("yuan");
        assertThat(d.explain(Language.ZH)).contains("第十条");
    }

    @Test
    void theShortExchangeIsEligibleButItsAmountIsUnspecified() {
        Decision d = decide("short-exchange.yaml");
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        Funding f = d.funding().orElseThrow();
        assertThat(f.unspecified()).isTrue();
        assertThat(f.amount()).isEmpty();
        assertThat(f.cap()).isEmpty();
        assertThat(f.min()).isEmpty();
    }

    @Test
    void theTopTalentIsDecidedCaseByCase() {
        Decision d = decide("top-talent.yaml");
        assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(d.reviewArticles()).containsExactly("第十二条");
        assertThat(d.missing()).isEmpty();
        assertThat(d.funding().orElseThrow().unspecified()).isTrue();
    }
}
