package io.github.talentrules.rule;

import io.github.talentrules.Case;
import io.github.talentrules.DerivedSpec;
import io.github.talentrules.FactSpec;
import io.github.talentrules.Operand;
import io.github.talentrules.Programme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The case as rules see it: one fact per evaluation. Accessors return {@code null} for an absent
 * fact, and the {@link Check} helpers turn that into a REVIEW finding that lists what is missing;
 * rules never compare an absent value themselves.
 *
 * <p>Values derived from date facts (age in completed years on {@code asOf}) are computed once here,
 * as the pack declares them, so that every rule reads the same age.
 */
public final class Facts {
    private final Case subject;
    private final Programme programme;
    private final Map<String, Object> derived;
    private final Params params;

    /** Made by the engine for each evaluation, with the pack's parameters as they stand on the case's {@code asOf}. */
    public Facts(Case subject, Programme programme, Params params) {
        this.subject = subject;
        this.programme = programme;
        this.params = params;
        this.derived = new HashMap<>();
        for (DerivedSpec d : programme.derived()) {
            Object from = subject.facts().get(d.from());
            if (from instanceof LocalDate date) {
                ChronoUnit unit = d.unit() == DerivedSpec.Unit.YEARS ? ChronoUnit.YEARS : ChronoUnit.MONTHS;
                derived.put(d.name(), Math.toIntExact(unit.between(date, subject.asOf())));
            }
        }
    }

    public String getProgramme() {
        return subject.programme();
    }

    public LocalDate getAsOf() {
        return subject.asOf();
    }

    /**
     * The pack's parameters on this case's reference date. A rule binds them in its case's pattern,
     * {@code $f : Facts(programme == "...", $p : params)}, so that each case reads its own.
     */
    public Params getParams() {
        return params;
    }

    /** The case itself. */
    public Case getCase() {
        return subject;
    }

    /** A fact or derived value by name, or {@code null} when absent. */
    public Object value(String name) {
        if (name.equals("asOf")) {
            return subject.asOf();
        }
        Object v = subject.facts().get(name);
        return v != null ? v : derived.get(name);
    }

    /** True when the fact (or the facts a derived value needs) is present. */
    public boolean has(String name) {
        return value(name) != null;
    }

    public Integer integer(String name) {
        Object v = value(name);
        return v == null ? null : ((Number) v).intValue();
    }

    public BigDecimal decimal(String name) {
        Object v = value(name);
        return v == null ? null : v instanceof BigDecimal d ? d : new BigDecimal(v.toString());
    }

    public LocalDate date(String name) {
        return (LocalDate) value(name);
    }

    public String text(String name) {
        Object v = value(name);
        return v == null ? null : v.toString();
    }

    /** A boolean fact, or {@code null} when absent. */
    public Boolean flag(String name) {
        return (Boolean) subject.facts().get(name);
    }

    /** True when the boolean fact is present and true: for rules that apply only when a case claims something. */
    public boolean claims(String name) {
        return Boolean.TRUE.equals(subject.facts().get(name)) || Boolean.TRUE.equals(subject.attestations().get(name));
    }

    @SuppressWarnings("unchecked")
    public List<String> codes(String name) {
        return (List<String>) subject.facts().get(name);
    }

    /** A reviewer's attestation, or {@code null} when none was given. */
    public Boolean attestation(String name) {
        return subject.attestations().get(name);
    }

    Operand operand(String name) {
        if (name.equals("asOf")) {
            return new Operand("asOf", subject.asOf(), Operand.Source.FACT);
        }
        if (programme.attestation(name).isPresent()) {
            return new Operand(name, attestation(name), Operand.Source.ATTESTATION);
        }
        boolean isDerived = programme.derivedValue(name).isPresent();
        if (!isDerived && programme.fact(name).isEmpty()) {
            throw new IllegalArgumentException("rule reads '" + name + "', which programme " + programme.id()
                    + " does not declare as a fact, derived value or attestation");
        }
        return new Operand(name, value(name), isDerived ? Operand.Source.DERIVED : Operand.Source.FACT);
    }

    /** Where an absent value would go in a case file: {@code facts.birthDate} for {@code age}. */
    String missingPath(String name) {
        if (name.equals("asOf")) {
            return "asOf";
        }
        if (programme.attestation(name).isPresent()) {
            return "attestations." + name;
        }
        return "facts." + programme.derivedValue(name).map(DerivedSpec::from).orElse(name);
    }

    /** The position of a level among the fact's declared levels, lowest first. */
    int rank(String fact, String level) {
        FactSpec spec = programme.fact(fact).orElseThrow();
        int i = spec.values().indexOf(level);
        if (i < 0) {
            throw new IllegalArgumentException("'" + level + "' is not a level of " + fact + ": " + spec.values());
        }
        return i;
    }

    boolean isBoolean(String fact) {
        return programme.fact(fact).map(s -> s.type() == FactSpec.Type.BOOLEAN).orElse(false);
    }

    boolean isLevel(String fact) {
        return programme.fact(fact).map(s -> s.type() == FactSpec.Type.LEVEL).orElse(false);
    }

    @Override
    public String toString() {
        return "Facts[" + subject.source() + " " + subject.programme() + " asOf " + subject.asOf() + "]";
    }
}
