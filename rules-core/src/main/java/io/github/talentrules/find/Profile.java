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
 * <p>Read one from a file with {@link io.github.talentrules.TalentRules#readProfile}, or make one:
 * {@code new Profile(Applicant.PERSON, asOf, Map.of("birthDate", LocalDate.of(1983, 4, 20)), Map.of(), "me")}.
 *
 * @param facts facts by name, typed as the programmes declare them ({@link io.github.talentrules.Case}); an
 *        absent fact is left out, never null
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
        if (facts.containsValue(null) || attestations.containsValue(null)) {
            throw new NullPointerException("a fact or attestation is null: leave an absent one out");
        }
        source = source == null || source.isBlank() ? "profile" : source;
    }
}
