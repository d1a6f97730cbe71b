package io.github.talentrules.pack;

import io.github.talentrules.Language;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A programme one can apply for: a project type of a document.
 */
public final class Programme {
    private final String id;
    private final String document;
    private final String zh;
    private final String en;
    private final String applicant;
    private final List<FactSpec> facts;
    private final List<FactSpec> attestations;
    private final List<DerivedSpec> derived;
    // Rules ask for a fact's declaration in every clause of every case: by name, not by scanning.
    private final Map<String, FactSpec> factsByName;
    private final Map<String, FactSpec> attestationsByName;
    private final Map<String, DerivedSpec> derivedByName;

    /**
     * @param id stable, lower-case, {@code pack.programme} ({@code zhengzhou.intl-training})
     * @param document the document number it belongs to
     * @param zh its Chinese name
     * @param en its English name
     * @param applicant who applies: {@code person} or {@code unit}
     * @param facts the facts its rules read
     * @param attestations the judgements a reviewer supplies
     * @param derived the values derived from date facts (age)
     */
    public Programme(String id, String document, String zh, String en, String applicant,
                     List<FactSpec> facts, List<FactSpec> attestations, List<DerivedSpec> derived) {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("programme id '" + id + "' is not lower-case pack.programme");
        }
        this.id = id;
        this.document = document;
        this.zh = zh;
        this.en = en;
        this.applicant = applicant;
        this.facts = List.copyOf(facts);
        this.attestations = List.copyOf(attestations);
        this.derived = List.copyOf(derived);
        this.factsByName = byName(this.facts, FactSpec::name);
        this.attestationsByName = byName(this.attestations, FactSpec::name);
        this.derivedByName = byName(this.derived, DerivedSpec::name);
    }

    private static <T> Map<String, T> byName(List<T> specs, Function<T, String> name) {
        Map<String, T> out = new HashMap<>();
        specs.forEach(s -> out.put(name.apply(s), s));
        return out;
    }

    public String id() {
        return id;
    }

    public String document() {
        return document;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public String applicant() {
        return applicant;
    }

    public List<FactSpec> facts() {
        return facts;
    }

    public List<FactSpec> attestations() {
        return attestations;
    }

    public List<DerivedSpec> derived() {
        return derived;
    }

    public String name(Language language) {
        return language.pick(zh, en);
    }

    public Optional<FactSpec> fact(String name) {
        return Optional.ofNullable(factsByName.get(name));
    }

    public Optional<FactSpec> attestation(String name) {
        return Optional.ofNullable(attestationsByName.get(name));
    }

    public Optional<DerivedSpec> derivedValue(String name) {
        return Optional.ofNullable(derivedByName.get(name));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Programme p && id.equals(p.id) && Objects.equals(document, p.document)
                && Objects.equals(zh, p.zh) && Objects.equals(en, p.en) && Objects.equals(applicant, p.applicant)
                && facts.equals(p.facts) && attestations.equals(p.attestations) && derived.equals(p.derived);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, document, zh, en, applicant, facts, attestations, derived);
    }

    @Override
    public String toString() {
        return "Programme[id=" + id + ", document=" + document + ", zh=" + zh + ", en=" + en + ", applicant=" + applicant
                + ", facts=" + facts + ", attestations=" + attestations + ", derived=" + derived + "]";
    }
}
