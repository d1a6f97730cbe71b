package io.github.talentrules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A programme one can apply for: a project type of a document.
 *
 * @param id stable, lower-case, {@code pack.programme} ({@code zhengzhou.intl-training})
 * @param document the document number it belongs to
 * @param zh its Chinese name
 * @param en its English name
 * @param applicant who applies: {@code person} or {@code unit}
 * @param facts the facts its rules read
 * @param attestations the judgements a reviewer supplies
 * @param derived the values derived from date facts (age)
 */
public record Programme(String id, String document, String zh, String en, String applicant,
                        List<FactSpec> facts, List<FactSpec> attestations, List<DerivedSpec> derived) {

    public Programme {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("programme id '" + id + "' is not lower-case pack.programme");
        }
        facts = List.copyOf(facts);
        attestations = List.copyOf(attestations);
        derived = List.copyOf(derived);
    }

    public String name(Language language) {
        return language.pick(zh, en);
    }

    // Plain loops: rules ask these for every clause of every case.

    public Optional<FactSpec> fact(String name) {
        for (FactSpec f : facts) {
            if (f.name().equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public Optional<FactSpec> attestation(String name) {
        for (FactSpec f : attestations) {
            if (f.name().equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public Optional<DerivedSpec> derivedValue(String name) {
        for (DerivedSpec d : derived) {
            if (d.name().equals(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
