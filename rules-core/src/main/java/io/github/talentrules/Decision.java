package io.github.talentrules;

import io.github.talentrules.explain.Explanation;
import io.github.talentrules.explain.Glossary;
import io.github.talentrules.internal.RecordName;
import io.github.talentrules.pack.Document;
import io.github.talentrules.pack.FactSpec;
import io.github.talentrules.pack.Programme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The answer for one case: the outcome, the funding, and every finding with its article. The
 * outcome and funding are aggregated here from the findings the rules made; no rule sets them.
 * Immutable and thread-safe.
 */
public final class Decision {

    private final Programme programme;
    private final Document document;
    private final LocalDate asOf;
    private final String source;
    private final Outcome outcome;
    private final Optional<Funding> funding;
    private final List<Finding> findings;
    private final List<String> missing;
    private final Set<String> overridden;
    /** The records of a list fact by place ({@code experts[1]}), each with its name ({@code name} field) or "". */
    private final Map<String, String> records;
    /** The records left out: a condition of theirs fails while another record qualifies. */
    private final Set<String> excluded;
    private final Glossary glossary;

    private Decision(Programme programme, Document document, LocalDate asOf, String source, Outcome outcome,
                     Optional<Funding> funding, List<Finding> findings, List<String> missing, Set<String> overridden,
                     Map<String, String> records, Set<String> excluded, Glossary glossary) {
        this.programme = programme;
        this.document = document;
        this.asOf = asOf;
        this.source = source;
        this.outcome = outcome;
        this.funding = funding;
        this.findings = List.copyOf(findings);
        this.missing = List.copyOf(missing);
        this.overridden = Set.copyOf(overridden);
        this.records = Map.copyOf(records);
        this.excluded = Set.copyOf(excluded);
        this.glossary = glossary;
    }

    /**
     * Aggregates the findings: a finding relaxed or excepted by another ({@link Finding#relaxes()})
     * no longer counts; then any FAIL gives INELIGIBLE, else any REVIEW gives NEEDS_REVIEW, else
     * ELIGIBLE. Funding is given unless the case is ineligible, as it will be paid ({@link Funding}).
     *
     * <p>The records of a list (several visiting experts) are judged one by one: a record one of whose
     * findings fails is left out, its findings shown but counted neither for the outcome nor for the
     * funding, whose parts of the records that qualify add up (each expert's cap); only when no record
     * qualifies do their failures make the case ineligible.
     */
    static Decision of(Case c, Programme programme, Document document, List<Finding> raw, Glossary glossary) {
        List<Finding> findings = glossary.inOrder(raw);
        Set<String> relaxed = new java.util.HashSet<>();
        findings.forEach(f -> f.relaxes().ifPresent(relaxed::add));
        List<Finding> counted = findings.stream().filter(f -> !relaxed.contains(f.rule())).toList();
        Map<String, String> records = records(c, programme);
        Set<String> failing = new java.util.HashSet<>();
        if (!records.isEmpty()) {
            counted.stream().filter(f -> f.status() == Status.FAIL).forEach(f -> record(f).ifPresent(failing::add));
        }
        Set<String> excluded = failing.containsAll(records.keySet()) ? Set.of() : failing;
        if (!excluded.isEmpty()) {
            counted = counted.stream().filter(f -> record(f).map(r -> !excluded.contains(r)).orElse(true)).toList();
        }
        Outcome outcome = Outcome.of(counted.stream().map(Finding::status).toList());
        Optional<Funding> funding = Optional.empty();
        Optional<Funding> fromRecords = Optional.empty();
        for (Finding f : counted) {
            if (f.funding().isPresent() && !records.isEmpty() && record(f).isPresent()) {
                fromRecords = Optional.of(fromRecords.map(x -> x.plus(f.funding().get())).orElse(f.funding().get()));
            } else if (f.funding().isPresent()) {
                funding = Optional.of(funding.map(x -> x.merge(f.funding().get())).orElse(f.funding().get()));
            }
        }
        if (fromRecords.isPresent()) {
            Funding each = fromRecords.get();
            funding = Optional.of(funding.map(x -> x.merge(each)).orElse(each));
        }
        funding = funding.map(Funding::settled);
        if (outcome == Outcome.INELIGIBLE) {
            // Nothing is awarded; only money already paid and now to be returned (弄虚作假) is kept.
            funding = funding.map(Funding::reclaimedOnly).filter(x -> !x.tranches().isEmpty());
        }
        Set<String> missing = new LinkedHashSet<>();
        counted.stream().filter(f -> f.status() == Status.REVIEW).forEach(f -> missing.addAll(f.missing()));
        return new Decision(programme, document, c.asOf(), c.source(), outcome, funding, findings, List.copyOf(missing),
                relaxed, records, excluded, glossary);
    }

    /** The records of the case's list facts, by place, each with the value of its {@code name} field or "". */
    private static Map<String, String> records(Case c, Programme programme) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (FactSpec spec : programme.facts()) {
            if (spec.type() == FactSpec.Type.RECORDS && c.facts().get(spec.name()) instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    Object name = ((Map<?, ?>) list.get(i)).get("name");
                    out.put(spec.name() + "[" + i + "]", name == null ? "" : name.toString());
                }
            }
        }
        return out;
    }

    /** The record of a list a finding is about: the one every value it compared from a record belongs to. */
    public static Optional<String> record(Finding f) {
        String found = null;
        for (Clause c : f.clauses()) {
            String place = place(c.subject());
            if (place != null) {
                if (found != null && !found.equals(place)) {
                    return Optional.empty();
                }
                found = place;
            }
            for (Operand o : c.references()) {
                place = place(o);
                if (place != null) {
                    if (found != null && !found.equals(place)) {
                        return Optional.empty();
                    }
                    found = place;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** The record a fact's value belongs to ({@code experts[1]} of {@code experts[1].activityDays}), else null. */
    private static String place(Operand o) {
        if (o.source() != Operand.Source.FACT || o.name().indexOf('[') < 0) {
            return null;
        }
        return RecordName.place(o.name());
    }


    /** The record of a list a finding is about, with the record's name where it has one: "来访专家2 Jane Doe". */
    public Optional<String> recordOf(Finding f, Language language) {
        return record(f).map(place -> recordLabel(place, language));
    }

    /** A record of a list by its place, counted from 1, with its name: experts[1] is "来访专家2 Jane Doe". */
    public String recordLabel(String place, Language language) {
        return glossary.recordLabel(place, language) + (records.getOrDefault(place, "").isEmpty() ? "" : " " + records.get(place));
    }

    /** True when the finding is about a record of a list left out because a condition of its fails. */
    public boolean isExcluded(Finding f) {
        return !excluded.isEmpty() && record(f).map(excluded::contains).orElse(false);
    }

    /** The records left out ({@code experts[1]}), in the case's order. */
    public List<String> excludedRecords() {
        return excluded.isEmpty() ? List.of() : records.keySet().stream().filter(excluded::contains).toList();
    }

    public Programme programme() {
        return programme;
    }

    public Document document() {
        return document;
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** Where the case came from (a file name or a row). */
    public String source() {
        return source;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The funding, unless the case is ineligible or the programme funds nothing. */
    public Optional<Funding> funding() {
        return funding;
    }

    /**
     * The exact amount the text fixes for this case, in the unit of its {@link Funding#unit()} (yuan
     * for an award): the one number most callers want, the same as
     * {@code funding().flatMap(Funding::amount)}. Empty when the case is ineligible, when the
     * programme funds nothing, and when the text fixes no exact amount (only a cap or a range, or
     * none at all): {@link #funding()} says which.
     */
    public Optional<BigDecimal> amount() {
        return funding.flatMap(Funding::amount);
    }

    /** Every finding, in article order, including those a relaxation or exception overrode. */
    public List<Finding> findings() {
        return findings;
    }

    /** The facts and attestations still needed before the case can be decided. */
    public List<String> missing() {
        return missing;
    }

    /** The articles of the findings that failed, in article order, each once. */
    public List<String> failedArticles() {
        return articles(Status.FAIL);
    }

    /** The articles of the findings that need review, in article order, each once. */
    public List<String> reviewArticles() {
        return articles(Status.REVIEW);
    }

    /** The names of the rules whose findings failed, leaving out those a relaxation or exception overrode. */
    public List<String> failedRules() {
        return counted(Status.FAIL).map(Finding::rule).toList();
    }

    /** The names of the rules whose findings need review, leaving out those a relaxation or exception overrode. */
    public List<String> reviewRules() {
        return counted(Status.REVIEW).map(Finding::rule).toList();
    }

    /** True when a relaxation or exception (可适当放宽, 但…除外) overrode this finding: it no longer counts. */
    public boolean isOverridden(Finding finding) {
        return overridden.contains(finding.rule());
    }

    private java.util.stream.Stream<Finding> counted(Status status) {
        return findings.stream().filter(f -> f.status() == status && !isOverridden(f) && !isExcluded(f));
    }

    private List<String> articles(Status status) {
        List<String> out = new ArrayList<>(4);
        for (Finding f : findings) {
            if (f.status() == status && !out.contains(f.article()) && !isOverridden(f) && !isExcluded(f)) {
                out.add(f.article());
            }
        }
        return List.copyOf(out);
    }

    /** The decision in words, each finding with its article and the values compared. */
    public String explain(Language language) {
        return Explanation.text(this, glossary, language);
    }

    /**
     * A rule of this decision's pack as a reader names it in {@code language}: by its name in Chinese,
     * by its number and English title ({@code @en}) in English ({@code 9.2 Age limit}).
     */
    public String ruleTitle(String rule, Language language) {
        return glossary.ruleTitle(rule, language);
    }

    /**
     * One finding of this decision in words: its comparisons with the values compared
     * ({@code 年龄（周岁） 51 > 50}), or its note; empty when it has neither.
     */
    public String explain(Finding finding, Language language) {
        return Explanation.message(finding, asOf, glossary, language);
    }

    /** The decision as one JSON object (see the README for its fields), messages in {@code language}. */
    public String toJson(Language language) {
        return Explanation.json(this, glossary, language);
    }

    /** A one-line reason: the outcome and the first articles that decided it. */
    public String summary(Language language) {
        return Explanation.summary(this, glossary, language);
    }

    @Override
    public String toString() {
        return "Decision[" + programme.id() + " " + asOf + " " + outcome + " " + amount().map(Object::toString).orElse("") + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Decision d && d.programme.id().equals(programme.id()) && d.asOf.equals(asOf)
                && d.outcome == outcome && d.funding.equals(funding) && d.findings.equals(findings) && d.missing.equals(missing);
    }

    @Override
    public int hashCode() {
        return Objects.hash(programme.id(), asOf, outcome, funding, findings, missing);
    }
}
