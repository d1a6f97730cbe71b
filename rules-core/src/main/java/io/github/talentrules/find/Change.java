package io.github.talentrules.find;

import io.github.talentrules.explain.Text;
import java.util.Objects;
import java.util.Optional;

/**
 * One value of a case changed, as a {@link Suggestion} proposes it: the field, its value now (empty when
 * the case does not give it) and the value that would turn the finding, computed from the clause the
 * rule compared and the parameter it compared with.
 *
 * @param field where the value sits in a case file: {@code facts.trainingDays}, {@code attestations.healthy},
 *        {@code facts.experts[1].activityDays}
 * @param from the value now; empty when the fact is absent
 * @param to the value that would turn the clause (the boundary itself, where the text includes it)
 * @param fixed why the value cannot change (a birth date, a nationality, a date in the past), when it cannot:
 *        then {@code to} is what the rule would need, and nothing is proposed
 * @param text the change in words, in both languages: "培养时间（天） 29 → 至少 30"
 */
public record Change(String field, Optional<Object> from, Object to, Optional<Text> fixed, Text text) {

    public Change {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(fixed, "fixed");
        Objects.requireNonNull(text, "text");
    }

    /** True when the value cannot change: the change is stated, never proposed. */
    public boolean isFixed() {
        return fixed.isPresent();
    }

    /** True when this is a reviewer's judgement rather than a fact of the case. */
    public boolean isAttestation() {
        return field.startsWith("attestations.");
    }
}
