package io.github.talentrules;

import io.github.talentrules.pack.FactSpec;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A submitted case: the programme applied for, the reference date on which it is judged, the
 * facts about the person or unit, and the attestations a reviewer supplies. A fact that is absent
 * is simply not in the map: it is never read as zero or false.
 *
 * <p>Values are typed as the programme declares them ({@link FactSpec.Type}): {@link LocalDate},
 * {@link Integer}, {@link java.math.BigDecimal}, {@link Boolean}, {@link String} or a list of strings.
 * {@link TalentRules#decide(Case)} checks them against the programme and names any field that is wrong.
 *
 * @param programme the programme id ({@code zhengzhou.intl-training})
 * @param asOf the reference date: ages, durations and the document's in-force dates are judged on it
 * @param facts objective attributes, by name
 * @param attestations judgements a reviewer supplies, by name
 * @param source where the case came from (a file name, a row), for messages
 */
public record Case(String programme, LocalDate asOf, Map<String, Object> facts, Map<String, Boolean> attestations,
                   String source) {

    public Case {
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(asOf, "asOf");
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        attestations = Collections.unmodifiableMap(new LinkedHashMap<>(attestations));
        facts.forEach((k, v) -> Objects.requireNonNull(v, () -> "facts." + k + " is null: leave an absent fact out"));
        attestations.forEach((k, v) -> Objects.requireNonNull(v, () -> "attestations." + k + " is null: leave it out"));
        source = source == null || source.isBlank() ? "case" : source;
    }

    /** Starts a case for {@code programme}, judged on {@code asOf}. */
    public static Builder builder(String programme, LocalDate asOf) {
        return new Builder(programme, asOf);
    }

    /** Builds a case fact by fact. Not thread-safe. */
    public static final class Builder {
        private final String programme;
        private final LocalDate asOf;
        private final Map<String, Object> facts = new LinkedHashMap<>();
        private final Map<String, Boolean> attestations = new LinkedHashMap<>();
        private String source = "case";

        private Builder(String programme, LocalDate asOf) {
            this.programme = programme;
            this.asOf = asOf;
        }

        /** Sets a fact; a {@code null} value leaves it absent. */
        public Builder fact(String name, Object value) {
            if (value == null) {
                facts.remove(name);
            } else {
                facts.put(name, value);
            }
            return this;
        }

        /** Records a reviewer's judgement. */
        public Builder attest(String name, boolean value) {
            attestations.put(name, value);
            return this;
        }

        /** Names where the case came from, for messages. */
        public Builder source(String name) {
            this.source = name;
            return this;
        }

        public Case build() {
            return new Case(programme, asOf, facts, attestations, source);
        }
    }
}
