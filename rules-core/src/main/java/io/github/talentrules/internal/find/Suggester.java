package io.github.talentrules.internal.find;

import io.github.talentrules.Case;
import io.github.talentrules.Clause;
import io.github.talentrules.Decision;
import io.github.talentrules.Finding;
import io.github.talentrules.Funding;
import io.github.talentrules.InvalidCaseException;
import io.github.talentrules.Language;
import io.github.talentrules.Operand;
import io.github.talentrules.Outcome;
import io.github.talentrules.Status;
import io.github.talentrules.Truth;
import io.github.talentrules.explain.Text;
import io.github.talentrules.internal.RecordName;
import io.github.talentrules.find.Change;
import io.github.talentrules.find.Suggestion;
import io.github.talentrules.find.Suggestion.Kind;
import io.github.talentrules.find.Suggestion.Option;
import io.github.talentrules.pack.DerivedSpec;
import io.github.talentrules.pack.FactSpec;
import io.github.talentrules.pack.Programme;
import io.github.talentrules.pack.Vocabulary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What would turn each failing or review finding of a decision. For each clause of the finding that
 * does not hold, the change comes from the clause itself: its test (≤, ≥, &lt;, &gt;, =, one of, yes/no,
 * within a period, at most a share of another fact) and the value it compared with (the parameter, or
 * the other fact). No rule is named here. Every change proposed is applied to the case and the case
 * decided again: an option is shown only when the finding it names then passes.
 *
 * <p>A value that cannot change is stated, never proposed: a fact the pack lists as fixed
 * ({@code profile.yaml}: a birth date, a nationality), a value derived from a date (age), the reference
 * date, and a date the case gives that lies before it (what has happened).
 *
 * <p>One per case: not thread-safe (it remembers the changed cases it decided).
 */
public final class Suggester {
    /** A value of one record of a list: {@code experts[1].activityDays}. */
    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final Text REFERENCE_DATE = Text.of("基准日", "reference date");

    private final Function<Case, Decision> decide;
    private final Set<String> fixed;
    /** The changed cases decided so far, by their changes: a single change said to suffice was decided when it was confirmed. */
    private final Map<List<Change>, Optional<Decision>> decided = new java.util.HashMap<>();

    /**
     * @param decide decides a case (the engine's own {@code decide})
     * @param fixed the facts of the case's pack that cannot change
     */
    public Suggester(Function<Case, Decision> decide, Set<String> fixed) {
        this.decide = decide;
        this.fixed = fixed;
    }

    /** A suggestion for each finding of {@code d} that fails or asks for review and counts, in article order. */
    public List<Suggestion> suggest(Case c, Decision d) {
        List<Suggestion> out = new ArrayList<>();
        for (Finding f : d.findings()) {
            if (f.status() != Status.PASS && !d.isOverridden(f) && !d.isExcluded(f)) {
                out.add(suggest(c, d, f));
            }
        }
        return out;
    }

    /**
     * The changes of one fact, each from a suggestion, that alone lift the case: from ineligible to
     * not ineligible, or from needing review to eligible.
     */
    public List<Option> oneChange(Case c, Decision d, List<Suggestion> suggestions) {
        List<Option> out = new ArrayList<>();
        if (d.outcome() == Outcome.ELIGIBLE) {
            return out;
        }
        for (Suggestion s : suggestions) {
            for (Option o : s.options()) {
                if (s.kind() != Kind.CHANGE || o.changes().size() != 1 || o.changes().get(0).isAttestation()
                        || out.stream().anyMatch(x -> x.changes().equals(o.changes()))) {
                    continue;
                }
                Optional<Decision> after = decideChanged(c, o.changes());
                if (after.isPresent() && (d.outcome() == Outcome.INELIGIBLE ? after.get().outcome() != Outcome.INELIGIBLE
                        : after.get().outcome() == Outcome.ELIGIBLE)) {
                    out.add(o);
                }
            }
        }
        return out;
    }

    private Suggestion suggest(Case c, Decision d, Finding f) {
        String article = f.article();
        List<Clause> open = f.clauses().stream().filter(x -> x.result() != Truth.TRUE).toList();
        List<List<Change>> perClause = new ArrayList<>();
        for (Clause clause : open) {
            perClause.add(changes(c, d, clause));
        }
        if (open.isEmpty() || perClause.stream().anyMatch(List::isEmpty)) {
            List<String> missing = f.missing().stream().filter(m -> m.startsWith("facts.")).toList();
            if (!missing.isEmpty()) {
                List<Change> supply = missing.stream().map(m -> supply(d, m)).toList();
                Option o = option(supply, Optional.empty(), Optional.empty());
                return new Suggestion(f.rule(), article, Kind.MISSING, List.of(o), cite(article, o.text()));
            }
            Text why = f.note().map(n -> Text.of(n.text(Language.ZH), n.text(Language.EN)))
                    .orElse(Text.of("未找到可使本项符合的修改", "no change found that would meet this condition"));
            return new Suggestion(f.rule(), article, Kind.NONE, List.of(), cite(article, why));
        }
        // One clause at a time first: a finding of "any of" turns on each alone, and a finding of one clause is its own.
        List<Option> options = new ArrayList<>();
        List<Change> fixedNeeded = new ArrayList<>();
        for (List<Change> alternatives : perClause) {
            for (Change ch : alternatives) {
                if (ch.isFixed()) {
                    fixedNeeded.add(ch);
                    continue;
                }
                confirmed(c, d, f, List.of(ch)).ifPresent(options::add);
            }
        }
        if (options.isEmpty() && open.size() > 1) {
            // All of them: each clause's first change that can be made, together.
            List<Change> together = new ArrayList<>();
            boolean blocked = false;
            for (List<Change> alternatives : perClause) {
                Optional<Change> free = alternatives.stream().filter(x -> !x.isFixed()).findFirst();
                if (free.isEmpty()) {
                    blocked = true;
                    break;
                }
                together.add(free.get());
            }
            if (!blocked) {
                confirmed(c, d, f, together).ifPresent(options::add);
            }
        }
        if (!options.isEmpty()) {
            List<Text> words = options.stream().map(Option::text).toList();
            return new Suggestion(f.rule(), article, Kind.CHANGE, options, cite(article, join(words, "；或 ", "; or ")));
        }
        if (!fixedNeeded.isEmpty()) {
            Option o = option(fixedNeeded, Optional.empty(), Optional.empty());
            return new Suggestion(f.rule(), article, Kind.FIXED, List.of(o), cite(article, o.text()));
        }
        return new Suggestion(f.rule(), article, Kind.NONE, List.of(),
                cite(article, Text.of("未找到可使本项符合的修改", "no change found that would meet this condition")));
    }

    private static Text cite(String article, Text what) {
        return Text.of(article + "：", io.github.talentrules.explain.Citation.of(article, Language.EN) + ": ").then(what);
    }

    private static Text join(List<Text> parts, String zh, String en) {
        return Text.of(String.join(zh, parts.stream().map(t -> t.zh()).toList()), String.join(en, parts.stream().map(t -> t.en()).toList()));
    }

    /** An option, in words with the funding the changed case would have where it differs. */
    private static Option option(List<Change> changes, Optional<Funding> funding, Optional<String> fundingArticle) {
        Text t = join(changes.stream().map(Change::text).toList(), "，", ", ");
        if (funding.isPresent()) {
            String article = fundingArticle.orElse("");
            t = t.then(Text.of("（" + article + "：" + amount(funding.get(), Language.ZH) + "）",
                    " (" + io.github.talentrules.explain.Citation.of(article, Language.EN) + ": " + amount(funding.get(), Language.EN) + ")"));
        }
        return new Option(changes, funding, fundingArticle, t);
    }

    private static String amount(Funding f, Language lang) {
        return f.amount().or(f::cap).or(f::max).map(a -> (f.amount().isEmpty() ? lang.pick("最高", "at most ") : "")
                + io.github.talentrules.explain.Money.text(a, lang)).orElse(lang.pick("金额未规定", "amount unspecified"));
    }

    /** The option, when the changed case's finding passes; with the funding it would then have, if different. */
    private Optional<Option> confirmed(Case c, Decision d, Finding f, List<Change> changes) {
        Optional<Decision> after = decideChanged(c, changes);
        if (after.isEmpty() || !resolved(f, after.get())) {
            return Optional.empty();
        }
        Optional<Finding> paying = after.get().findings().stream().filter(x -> x.funding().isPresent()
                && x.funding().get().amount().or(x.funding().get()::cap).or(x.funding().get()::max).isPresent()).findFirst();
        Optional<Funding> before = d.findings().stream().filter(x -> x.funding().isPresent()).findFirst().flatMap(Finding::funding);
        if (paying.isPresent() && !paying.get().funding().equals(before)) {
            return Optional.of(option(changes, paying.get().funding(), Optional.of(paying.get().article())));
        }
        return Optional.of(option(changes, Optional.empty(), Optional.empty()));
    }

    /** True when no finding of the rule (about the same record), nor of the rule it relaxes, fails or asks for review. */
    static boolean resolved(Finding f, Decision after) {
        Optional<String> record = Decision.record(f);
        return after.findings().stream().noneMatch(g -> (g.rule().equals(f.rule()) || f.relaxes().map(g.rule()::equals).orElse(false))
                && g.status() != Status.PASS && !after.isOverridden(g) && !after.isExcluded(g)
                && (record.isEmpty() || Decision.record(g).equals(record)));
    }

    /** The case with the changes made, decided; empty when the changed case is not valid. */
    Optional<Decision> decideChanged(Case c, List<Change> changes) {
        return decided.computeIfAbsent(changes, k -> {
            try {
                return Optional.of(decide.apply(apply(c, k)));
            } catch (InvalidCaseException e) {
                return Optional.empty();
            }
        });
    }

    /** The case with each change's value put in its field. */
    public static Case apply(Case c, List<Change> changes) {
        Map<String, Object> facts = new LinkedHashMap<>(c.facts());
        Map<String, Boolean> attestations = new LinkedHashMap<>(c.attestations());
        for (Change ch : changes) {
            if (ch.isAttestation()) {
                attestations.put(ch.field().substring("attestations.".length()), (Boolean) ch.to());
                continue;
            }
            String path = ch.field().substring("facts.".length());
            Optional<RecordName> field = RecordName.parse(path).filter(r -> r.field().isPresent());
            if (field.isPresent()) {
                RecordName r = field.get();
                List<Object> list = new ArrayList<>((List<?>) facts.get(r.list()));
                Map<String, Object> record = new LinkedHashMap<>((Map<String, Object>) list.get(r.index()));
                record.put(r.field().get(), ch.to());
                list.set(r.index(), record);
                facts.put(r.list(), list);
            } else {
                facts.put(path, ch.to());
            }
        }
        return new Case(c.programme(), c.asOf(), facts, attestations, c.source());
    }

    // ----- the change a clause asks for -----

    /** The changes that would make the clause hold: alternatives (one of a list), or one; none when none can be computed. */
    private List<Change> changes(Case c, Decision d, Clause clause) {
        Operand s = clause.subject();
        Programme p = d.programme();
        if (s.source() == Operand.Source.ATTESTATION) {
            if (clause.test() != Clause.Test.IS_TRUE && clause.test() != Clause.Test.IS_FALSE) {
                return List.of();
            }
            boolean to = clause.test() == Clause.Test.IS_TRUE;
            Text label = label(p, d, s.name());
            return List.of(new Change("attestations." + s.name(), Optional.ofNullable(s.value()), to, Optional.empty(),
                    label.then(Text.of("：审核人认定" + yesNo(to, Language.ZH), ": a reviewer attests " + yesNo(to, Language.EN)))));
        }
        if (s.name().equals("asOf")) {
            return List.of(fixed(p, d, clause, s.value(), REFERENCE_DATE));
        }
        if (s.source() == Operand.Source.DERIVED) {
            return derived(c, d, clause);
        }
        if (s.source() != Operand.Source.FACT) {
            return List.of();
        }
        Optional<FactSpec> spec = spec(p, s.name());
        if (spec.isEmpty()) {
            return List.of();
        }
        List<Object> targets = targets(c, p, spec.get(), clause);
        List<Change> out = new ArrayList<>();
        for (Object to : targets) {
            Optional<Text> why = whyFixed(c, s, spec.get());
            out.add(why.isPresent() ? fixed(p, d, clause, to, why.get()) : change(p, d, clause, to));
        }
        return out;
    }

    /** The values of the subject that would make the clause hold: the nearest, or each of a list. */
    private static List<Object> targets(Case c, Programme p, FactSpec spec, Clause clause) {
        List<Operand> refs = clause.references();
        Operand s = clause.subject();
        switch (clause.test()) {
            case IS_TRUE -> {
                return spec.type() == FactSpec.Type.BOOLEAN ? List.of(true) : List.of();
            }
            case IS_FALSE -> {
                return spec.type() == FactSpec.Type.BOOLEAN ? List.of(false) : List.of();
            }
            case EQUALS -> {
                return typed(spec, refs.get(0).value(), 0).map(List::of).orElse(List.of());
            }
            case ONE_OF -> {
                if (!(refs.get(0).value() instanceof List<?> list)) {
                    return List.of();
                }
                return list.stream().map(x -> typed(spec, x, 0)).flatMap(Optional::stream).toList();
            }
            case ALL_IN -> {
                if (!(s.value() instanceof List<?> have) || !(refs.get(0).value() instanceof List<?> allowed)) {
                    return List.of();
                }
                List<String> ok = allowed.stream().map(Object::toString).toList();
                return List.of(have.stream().filter(x -> ok.contains(x.toString())).toList());
            }
            case AT_MOST_TIMES -> {
                if (refs.size() < 2 || refs.get(1).isAbsent() || !(refs.get(0).value() instanceof BigDecimal k)) {
                    return List.of();
                }
                BigDecimal limit = k.multiply(new BigDecimal(refs.get(1).value().toString()));
                return typed(spec, limit, -1).map(List::of).orElse(List.of());
            }
            case BETWEEN, IN_PERIOD -> {
                if (s.isAbsent() || refs.size() < 2) {
                    return typed(spec, refs.get(0).value(), 0).map(List::of).orElse(List.of());
                }
                int below = compare(spec, s.value(), refs.get(0).value());
                return typed(spec, below < 0 ? refs.get(0).value() : refs.get(1).value(), 0).map(List::of).orElse(List.of());
            }
            case AT_MOST, AT_LEAST, LESS_THAN, MORE_THAN -> {
                if (refs.isEmpty() || refs.get(0).isAbsent() || spec.type() == FactSpec.Type.RECORDS || spec.type() == FactSpec.Type.CODES) {
                    return List.of();
                }
                int step = switch (clause.test()) {
                    case LESS_THAN -> -1;
                    case MORE_THAN -> 1;
                    default -> 0;
                };
                int round = clause.test() == Clause.Test.AT_MOST ? -1 : clause.test() == Clause.Test.AT_LEAST ? 1 : 0;
                return typed(spec, refs.get(0).value(), step == 0 ? round : step * 2).map(List::of).orElse(List.of());
            }
            default -> {
                return List.of();
            }
        }
    }

    /**
     * A reference value as a value of the fact: {@code way} 0 as it is, -1 or 1 rounded down or up to
     * the fact's precision (at most, at least), -2 or 2 the next value below or above (less than, more than).
     */
    private static Optional<Object> typed(FactSpec spec, Object ref, int way) {
        try {
            return Optional.ofNullable(switch (spec.type()) {
                case INTEGER -> {
                    BigDecimal n = new BigDecimal(ref.toString());
                    BigDecimal r = switch (way) {
                        case -2 -> n.setScale(0, RoundingMode.CEILING).subtract(BigDecimal.ONE);
                        case 2 -> n.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE);
                        case -1 -> n.setScale(0, RoundingMode.FLOOR);
                        case 1 -> n.setScale(0, RoundingMode.CEILING);
                        default -> n;
                    };
                    yield r.intValueExact();
                }
                case DECIMAL, YUAN -> {
                    BigDecimal n = new BigDecimal(ref.toString());
                    yield way == -2 ? n.subtract(CENT) : way == 2 ? n.add(CENT) : n;
                }
                case DATE -> {
                    LocalDate day = ref instanceof LocalDate l ? l : LocalDate.parse(ref.toString());
                    yield way == -2 ? day.minusDays(1) : way == 2 ? day.plusDays(1) : day;
                }
                case LEVEL -> {
                    int i = spec.values().indexOf(ref.toString());
                    int j = way == -2 ? i - 1 : way == 2 ? i + 1 : i;
                    yield i < 0 || j < 0 || j >= spec.values().size() ? null : spec.values().get(j);
                }
                case CODE, TEXT -> way == 0 ? ref.toString() : null;
                case BOOLEAN -> ref instanceof Boolean b ? b : null;
                case CODES, RECORDS -> null;
            });
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static int compare(FactSpec spec, Object a, Object b) {
        if (spec.type() == FactSpec.Type.LEVEL) {
            return Integer.compare(spec.values().indexOf(a.toString()), spec.values().indexOf(b.toString()));
        }
        if (a instanceof LocalDate x) {
            return x.compareTo(LocalDate.parse(b.toString()));
        }
        return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString()));
    }

    /** A value derived from a date (age from the birth date): what the date would have to be; never proposed. */
    private List<Change> derived(Case c, Decision d, Clause clause) {
        Programme p = d.programme();
        Optional<DerivedSpec> spec = p.derivedValue(clause.subject().name());
        if (spec.isEmpty() || clause.references().isEmpty() || !(clause.references().get(0).value() instanceof BigDecimal n)) {
            return List.of();
        }
        DerivedSpec ds = spec.get();
        ChronoUnit unit = ds.unit() == DerivedSpec.Unit.YEARS ? ChronoUnit.YEARS : ChronoUnit.MONTHS;
        int bound = n.intValue();
        // The latest or earliest date from which the derived value meets the clause on asOf.
        LocalDate to = switch (clause.test()) {
            case AT_MOST -> c.asOf().minus(bound + 1, unit).plusDays(1);
            case LESS_THAN -> c.asOf().minus(bound, unit).plusDays(1);
            case AT_LEAST -> c.asOf().minus(bound, unit);
            case MORE_THAN -> c.asOf().minus(bound + 1, unit);
            default -> null;
        };
        if (to == null) {
            return List.of();
        }
        Text from = label(p, d, ds.from());
        if (clause.subject().isAbsent()) {
            // The date is missing, not wrong: to supply it is no change of what happened.
            Change supply = new Change("facts." + ds.from(), Optional.empty(), to, Optional.empty(),
                    Text.of("待补充 ", "supply ").then(from).then(Text.of("（" + label(p, d, ds.name()).zh() + " " + clause.test().symbol() + " " + bound + "）",
                            " (" + label(p, d, ds.name()).en() + " " + clause.test().symbol() + " " + bound + ")")));
            return List.of(supply);
        }
        return List.of(fixed(p, d, clause, to, from));
    }

    /** Why a fact cannot change: the pack lists it as fixed, or it is a date that lies before the reference date. */
    private Optional<Text> whyFixed(Case c, Operand s, FactSpec spec) {
        String name = RecordName.parse(s.name()).flatMap(RecordName::field).orElse(s.name());
        if (s.isAbsent()) {
            return Optional.empty();
        }
        if (fixed.contains(name)) {
            return Optional.of(Text.of(spec.zh(), spec.en()));
        }
        if (s.value() instanceof LocalDate day && day.isBefore(c.asOf())) {
            return Optional.of(Text.of("已过去的日期", "a date in the past"));
        }
        return Optional.empty();
    }

    /** The change that would make the clause hold, proposed. */
    private static Change change(Programme p, Decision d, Clause clause, Object to) {
        Operand s = clause.subject();
        Text label = label(p, d, s.name());
        if (s.isAbsent()) {
            return new Change("facts." + s.name(), Optional.empty(), to, Optional.empty(),
                    Text.of("待补充 ", "supply ").then(label).then(Text.of("：" + bounded(p, clause, to, Language.ZH), ": " + bounded(p, clause, to, Language.EN))));
        }
        return new Change("facts." + s.name(), Optional.of(s.value()), to, Optional.empty(),
                label.then(Text.of(" " + shown(p, s.name(), s.value(), Language.ZH) + " → " + bounded(p, clause, to, Language.ZH),
                        " " + shown(p, s.name(), s.value(), Language.EN) + " → " + bounded(p, clause, to, Language.EN))));
    }

    /** The new value as the clause bounds it: 至少 30, 至多 55, 是. */
    private static String bounded(Programme p, Clause clause, Object to, Language lang) {
        String v = shown(p, clause.subject().name(), to, lang);
        if (to instanceof Boolean || to instanceof List<?>) {
            return v;
        }
        if (clause.test() == Clause.Test.BETWEEN) {
            // Raised to the lower bound, or lowered to the upper one.
            boolean up = clause.references().get(0).value() != null && to.toString().equals(shown(clause.references().get(0).value(), lang));
            return (up ? lang.pick("至少 ", "at least ") : lang.pick("至多 ", "at most ")) + v;
        }
        return switch (clause.test()) {
            case AT_LEAST, MORE_THAN -> lang.pick("至少 ", "at least ") + v;
            case AT_MOST, LESS_THAN, AT_MOST_TIMES -> lang.pick("至多 ", "at most ") + v;
            default -> v;
        };
    }

    /** A value that cannot change: what it is, against what the clause needs, and why it cannot change. */
    private static Change fixed(Programme p, Decision d, Clause clause, Object to, Text why) {
        Operand s = clause.subject();
        Text label = label(p, d, s.name());
        String ref = clause.references().stream().map(r -> shown(p, s.name(), r.value(), Language.ZH)).reduce((a, b) -> a + ", " + b).orElse("");
        String refEn = clause.references().stream().map(r -> shown(p, s.name(), r.value(), Language.EN)).reduce((a, b) -> a + ", " + b).orElse("");
        String op = negated(clause.test());
        String field = s.source() == Operand.Source.DERIVED ? "facts." + p.derivedValue(s.name()).map(DerivedSpec::from).orElse(s.name())
                : s.name().equals("asOf") ? "asOf" : "facts." + s.name();
        boolean flag = clause.test() == Clause.Test.IS_TRUE || clause.test() == Clause.Test.IS_FALSE;
        String zh = flag ? " " + shown(p, s.name(), s.value(), Language.ZH) : " " + shown(p, s.name(), s.value(), Language.ZH) + " " + op + " " + ref;
        String en = flag ? " " + shown(p, s.name(), s.value(), Language.EN) : " " + shown(p, s.name(), s.value(), Language.EN) + " " + op + " " + refEn;
        // The reason in brackets where it is another fact than the one shown (年龄: 出生日期), else none.
        boolean self = why.equals(label);
        return new Change(field, Optional.ofNullable(s.value()), to, Optional.of(why),
                label.then(Text.of(zh + "：不可改变" + (self ? "" : "（" + why.zh() + "）"), en + ": cannot change" + (self ? "" : " (" + why.en() + ")"))));
    }

    private static String negated(Clause.Test t) {
        return switch (t) {
            case AT_MOST, AT_MOST_TIMES -> ">";
            case AT_LEAST -> "<";
            case LESS_THAN -> "≥";
            case MORE_THAN -> "≤";
            case EQUALS -> "≠";
            case BETWEEN, ONE_OF, IN_PERIOD -> "∉";
            case ALL_IN -> "⊄";
            case IS_TRUE, IS_FALSE -> "≠";
        };
    }

    /** A fact to supply, where no value that would settle the condition can be computed. */
    private static Change supply(Decision d, String path) {
        String name = path.substring("facts.".length());
        Text label = label(d.programme(), d, name);
        return new Change(path, Optional.empty(), "", Optional.empty(), Text.of("待补充 ", "supply ").then(label));
    }

    private static Optional<FactSpec> spec(Programme p, String name) {
        Optional<RecordName> field = RecordName.parse(name).filter(r -> r.field().isPresent());
        if (field.isPresent()) {
            return p.fact(field.get().list()).flatMap(f -> f.field(field.get().field().get()));
        }
        return p.fact(name);
    }

    /** The label of a fact, a record's field (来访专家2·在郑活动时间（天）), an attestation or a derived value. */
    private static Text label(Programme p, Decision d, String name) {
        Optional<RecordName> record = RecordName.parse(name).filter(r -> r.field().isPresent());
        if (record.isPresent()) {
            String place = record.get().place();
            String fieldName = record.get().field().get();
            Optional<FactSpec> field = spec(p, name);
            return Text.of(d.recordLabel(place, Language.ZH) + "·" + field.map(FactSpec::zh).orElse(fieldName),
                    d.recordLabel(place, Language.EN) + " · " + field.map(FactSpec::en).orElse(fieldName));
        }
        if (name.equals("asOf")) {
            return REFERENCE_DATE;
        }
        return p.fact(name).map(f -> Text.of(f.zh(), f.en()))
                .or(() -> p.attestation(name).map(f -> Text.of(f.zh(), f.en())))
                .or(() -> p.derivedValue(name).map(f -> Text.of(f.zh(), f.en())))
                .orElse(Text.same(name));
    }

    private static String yesNo(boolean b, Language lang) {
        return b ? lang.pick("是", "yes") : lang.pick("否", "no");
    }

    /** A value of a fact in words: a code or level by its vocabulary's label (副高级, not ASSOCIATE_SENIOR). */
    private static String shown(Programme p, String fact, Object v, Language lang) {
        Optional<Vocabulary> words = spec(p, fact).flatMap(FactSpec::vocabulary);
        if (words.isPresent() && v instanceof String code) {
            return words.get().word(code, lang);
        }
        if (words.isPresent() && v instanceof List<?> l && !l.isEmpty()) {
            return words.get().words(l, lang);
        }
        return shown(v, lang);
    }

    /** A value as a reader sees it. */
    static String shown(Object v, Language lang) {
        if (v == null) {
            return lang.pick("未提供", "not given");
        }
        if (v instanceof Boolean b) {
            return yesNo(b, lang);
        }
        if (v instanceof BigDecimal n) {
            return n.stripTrailingZeros().toPlainString();
        }
        if (v instanceof List<?> l) {
            return l.isEmpty() ? "[]" : String.join(", ", l.stream().map(x -> shown(x, lang)).toList());
        }
        return v.toString();
    }
}
