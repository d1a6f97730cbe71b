package io.github.talentrules.rule;

import io.github.talentrules.Case;
import io.github.talentrules.pack.DerivedSpec;
import io.github.talentrules.pack.FactSpec;
import io.github.talentrules.Operand;
import io.github.talentrules.pack.Programme;
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
 *
 * <p>A fact that is a list of records (several visiting experts) is read one record at a time:
 * {@code $e : Facts() from $f.records("experts")} gives each record as a {@code Facts} of its own fields,
 * which the helpers take as they take the case ({@code Check.atLeast(drools, $e, "activityDays", ...)}).
 * Its values are named by their place ({@code experts[1].activityDays}), so each finding names its record.
 */
public final class Facts {
    private final Case subject;
    private final Programme programme;
    private final Map<String, Object> derived;
    private final Params params;
    /** For one record of a list: its place ({@code experts[1]}), its fields and their declarations; else null. */
    private final String place;
    private final Map<String, Object> record;
    private final FactSpec recordSpec;

    /** Made by the engine for each evaluation, with the pack's parameters as they stand on the case's {@code asOf}. */
    public Facts(Case subject, Programme programme, Params params) {
        this.subject = subject;
        this.programme = programme;
        this.params = params;
        this.place = null;
        this.record = null;
        this.recordSpec = null;
        this.derived = new HashMap<>();
        for (DerivedSpec d : programme.derived()) {
            Object from = subject.facts().get(d.from());
            if (from instanceof LocalDate date) {
                ChronoUnit unit = d.unit() == DerivedSpec.Unit.YEARS ? ChronoUnit.YEARS : ChronoUnit.MONTHS;
                derived.put(d.name(), Math.toIntExact(unit.between(date, subject.asOf())));
            }
        }
    }

    /** One record of a list fact of the case {@code of}. */
    private Facts(Facts of, String place, Map<String, Object> record, FactSpec recordSpec) {
        this.subject = of.subject;
        this.programme = of.programme;
        this.params = of.params;
        this.derived = Map.of();
        this.place = place;
        this.record = record;
        this.recordSpec = recordSpec;
    }

    /**
     * The records of a list fact ({@code experts}), each as the facts of one record, in the case's order;
     * none when the case gives none.
     */
    public List<Facts> records(String name) {
        FactSpec spec = programme.fact(name).filter(s -> s.type() == FactSpec.Type.RECORDS).orElseThrow(() ->
                new IllegalArgumentException("rule reads records of '" + name + "', which programme " + programme.id()
                        + " does not declare as a list of records"));
        Object v = subject.facts().get(name);
        if (!(v instanceof List<?> list)) {
            return List.of();
        }
        List<Facts> out = new java.util.ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) list.get(i);
            out.add(new Facts(this, name + "[" + i + "]", r, spec));
        }
        return out;
    }

    /** For a record of a list, its place in the case ({@code experts[1]}); empty for the case itself. */
    public java.util.Optional<String> getPlace() {
        return java.util.Optional.ofNullable(place);
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

    /** A fact or derived value by name (a record's field, for a record), or {@code null} when absent. */
    public Object value(String name) {
        if (name.equals("asOf")) {
            return subject.asOf();
        }
        if (record != null) {
            return record.get(name);
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
        return (Boolean) (record != null ? record.get(name) : subject.facts().get(name));
    }

    /** True when the boolean fact is present and true: for rules that apply only when a case claims something. */
    public boolean claims(String name) {
        return Boolean.TRUE.equals(flag(name)) || record == null && Boolean.TRUE.equals(subject.attestations().get(name));
    }

    @SuppressWarnings("unchecked")
    public List<String> codes(String name) {
        return (List<String>) (record != null ? record.get(name) : subject.facts().get(name));
    }

    /** A reviewer's attestation, or {@code null} when none was given. */
    public Boolean attestation(String name) {
        return subject.attestations().get(name);
    }

    Operand operand(String name) {
        if (name.equals("asOf")) {
            return new Operand("asOf", subject.asOf(), Operand.Source.FACT);
        }
        if (record != null) {
            if (recordSpec.field(name).isEmpty()) {
                throw new IllegalArgumentException("rule reads '" + name + "' of a record of " + recordSpec.name()
                        + ", which declares no such field");
            }
            return new Operand(place + "." + name, record.get(name), Operand.Source.FACT);
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
        if (record != null) {
            return "facts." + place + "." + name;
        }
        if (programme.attestation(name).isPresent()) {
            return "attestations." + name;
        }
        return "facts." + programme.derivedValue(name).map(DerivedSpec::from).orElse(name);
    }

    /** The declaration of a fact of the case, or of a field of the record. */
    private java.util.Optional<FactSpec> spec(String fact) {
        return record != null ? recordSpec.field(fact) : programme.fact(fact);
    }

    /** The position of a level among the fact's declared levels, lowest first. */
    int rank(String fact, String level) {
        FactSpec spec = spec(fact).orElseThrow();
        int i = spec.values().indexOf(level);
        if (i < 0) {
            throw new IllegalArgumentException("'" + level + "' is not a level of " + fact + ": " + spec.values());
        }
        return i;
    }

    boolean isBoolean(String fact) {
        return spec(fact).map(s -> s.type() == FactSpec.Type.BOOLEAN).orElse(false);
    }

    boolean isLevel(String fact) {
        return spec(fact).map(s -> s.type() == FactSpec.Type.LEVEL).orElse(false);
    }

    @Override
    public String toString() {
        return "Facts[" + subject.source() + " " + subject.programme() + (place == null ? "" : " " + place) + " asOf " + subject.asOf() + "]";
    }
}
