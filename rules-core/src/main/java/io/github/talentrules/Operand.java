package io.github.talentrules;

import java.util.Objects;

/**
 * One value a rule compared: a fact of the case, a value derived from facts (age), an attestation,
 * or a parameter of the pack.
 *
 * @param name the fact, attestation or parameter key
 * @param value the value, or {@code null} when the fact is absent
 * @param source where the value comes from
 */
public record Operand(String name, Object value, Source source) {

    /** Where an operand's value comes from. */
    public enum Source { FACT, DERIVED, ATTESTATION, PARAMETER, CONSTANT }

    public Operand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }

    public boolean isAbsent() {
        return value == null;
    }
}
