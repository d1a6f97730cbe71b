package io.github.talentrules.find;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A case without a programme: the facts and attestations about one person or one unit, and the
 * reference date. {@link io.github.talentrules.TalentRules#find(Profile)} decides it against every
 * programme of the applicant's kind, each programme reading the facts it declares; a pack may fill a
 * fact of its own from a profile's fact of another name ({@code profile.yaml} beside its {@code pack.yaml}).
 *
 * @param applicant who the profile is about: a person is never offered a unit's programme
 * @param asOf the reference date
 * @param facts facts by name, typed as the programmes declare them; an absent fact is left out
 * @param attestations a reviewer's judgements by name
 * @param source where the profile came from, for messages
 */
public record Profile(Applicant applicant, LocalDate asOf, Map<String, Object> facts, Map<String, Boolean> attestations,
                      String source) {

    /** Who applies: the programmes of a pack say {@code applicant: person} or {@code applicant: unit}. */
    public enum Applicant {
        PERSON, UNIT;

        /** As a pack writes it: {@code person}, {@code unit}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Profile {
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(asOf, "asOf");
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        attestations = Collections.unmodifiableMap(new LinkedHashMap<>(attestations));
        facts.forEach((k, v) -> Objects.requireNonNull(v, () -> "facts." + k + " is null: leave an absent fact out"));
        attestations.forEach((k, v) -> Objects.requireNonNull(v, () -> "attestations." + k + " is null: leave it out"));
        source = source == null || source.isBlank() ? "profile" : source;
    }

    /** Starts a profile of {@code applicant}, judged on {@code asOf}. */
    public static Builder builder(Applicant applicant, LocalDate asOf) {
        return new Builder(applicant, asOf);
    }

    /** Builds a profile fact by fact. Not thread-safe. */
    public static final class Builder {
        private final Applicant applicant;
        private final LocalDate asOf;
        private final Map<String, Object> facts = new LinkedHashMap<>();
        private final Map<String, Boolean> attestations = new LinkedHashMap<>();
        private String source = "profile";

        private Builder(Applicant applicant, LocalDate asOf) {
            this.applicant = applicant;
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

        /** Names where the profile came from, for messages. */
        public Builder source(String name) {
            this.source = name;
            return this;
        }

        public Profile build() {
            return new Profile(applicant, asOf, facts, attestations, source);
        }
    }
}
