package io.github.talentrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeTest {

    @Test
    void threeValuedLogicIsKleenes() {
        assertThat(Truth.UNKNOWN.or(Truth.TRUE)).isEqualTo(Truth.TRUE);
        assertThat(Truth.UNKNOWN.or(Truth.FALSE)).isEqualTo(Truth.UNKNOWN);
        assertThat(Truth.UNKNOWN.and(Truth.FALSE)).isEqualTo(Truth.FALSE);
        assertThat(Truth.UNKNOWN.and(Truth.TRUE)).isEqualTo(Truth.UNKNOWN);
        assertThat(Truth.UNKNOWN.not()).isEqualTo(Truth.UNKNOWN);
        assertThat(Truth.FALSE.or(Truth.FALSE)).isEqualTo(Truth.FALSE);
    }

    @Test
    void theOutcomeIsTheWorstStatus() {
        assertThat(Outcome.of(List.of(Status.PASS, Status.REVIEW, Status.FAIL))).isEqualTo(Outcome.INELIGIBLE);
        assertThat(Outcome.of(List.of(Status.PASS, Status.REVIEW))).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(Outcome.of(List.of(Status.PASS))).isEqualTo(Outcome.ELIGIBLE);
    }
}
