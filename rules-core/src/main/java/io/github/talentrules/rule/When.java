package io.github.talentrules.rule;

import io.github.talentrules.Clause;
import io.github.talentrules.Clause.Test;
import io.github.talentrules.Operand;
import io.github.talentrules.Truth;
import java.math.BigDecimal;
import java.util.List;

/**
 * The comparisons a rule makes, each a {@link Clause} with three-valued truth: a fact that is
 * absent makes the clause UNKNOWN, never false. Boundaries follow the text's words: 以上/以下/不超过/
 * 不少于 include the boundary ({@link #atLeast}, {@link #atMost}); 超过/不满 exclude it
 * ({@link #moreThan}, {@link #lessThan}). Combine clauses with {@link Check#all} or {@link Check#any}.
 */
public final class When {
    private When() {
    }

    /** 以下、不超过、以内: fact ≤ parameter. */
    public static Clause atMost(Facts f, String fact, Params p, String key) {
        return compare(Test.AT_MOST, f, fact, p, key);
    }

    /** 以上、不少于: fact ≥ parameter. */
    public static Clause atLeast(Facts f, String fact, Params p, String key) {
        return compare(Test.AT_LEAST, f, fact, p, key);
    }

    /** 不满、低于: fact &lt; parameter. */
    public static Clause lessThan(Facts f, String fact, Params p, String key) {
        return compare(Test.LESS_THAN, f, fact, p, key);
    }

    /** 超过、高于: fact &gt; parameter. */
    public static Clause moreThan(Facts f, String fact, Params p, String key) {
        return compare(Test.MORE_THAN, f, fact, p, key);
    }

    /** …至…, both bounds included. */
    public static Clause between(Facts f, String fact, Params p, String minKey, String maxKey) {
        Operand s = f.operand(fact);
        Operand lo = p.operand(minKey);
        Operand hi = p.operand(maxKey);
        Truth t = s.isAbsent() ? Truth.UNKNOWN
                : Truth.of(order(f, fact, s.value(), lo.value()) >= 0 && order(f, fact, s.value(), hi.value()) <= 0);
        return new Clause(Test.BETWEEN, s, List.of(lo, hi), t, f.missingPath(fact));
    }

    /** The fact equals the parameter (a code such as the nationality CN). */
    public static Clause equalTo(Facts f, String fact, Params p, String key) {
        Operand s = f.operand(fact);
        Operand r = p.operand(key);
        Truth t = s.isAbsent() ? Truth.UNKNOWN : Truth.of(s.value().toString().equals(r.value().toString()));
        return new Clause(Test.EQUALS, s, List.of(r), t, f.missingPath(fact));
    }

    /** The fact is one of the parameter's list of codes. */
    public static Clause oneOf(Facts f, String fact, Params p, String key) {
        Operand s = f.operand(fact);
        Operand r = p.operand(key);
        Truth t = s.isAbsent() ? Truth.UNKNOWN
                : Truth.of(p.list(key).stream().anyMatch(c -> c.toString().equals(s.value().toString())));
        return new Clause(Test.ONE_OF, s, List.of(r), t, f.missingPath(fact));
    }

    /** A boolean fact or attestation is true (absent: UNKNOWN). */
    public static Clause isTrue(Facts f, String name) {
        Operand s = f.operand(name);
        return new Clause(Test.IS_TRUE, s, List.of(), s.isAbsent() ? Truth.UNKNOWN : Truth.of((Boolean) s.value()), f.missingPath(name));
    }

    /** A boolean fact or attestation is false, as for an exclusion (absent: UNKNOWN). */
    public static Clause isFalse(Facts f, String name) {
        Operand s = f.operand(name);
        return new Clause(Test.IS_FALSE, s, List.of(), s.isAbsent() ? Truth.UNKNOWN : Truth.of(!(Boolean) s.value()), f.missingPath(name));
    }

    /**
     * A date fact ({@code "asOf"} for the reference date) falls no later than a number of years after
     * another date fact (…之日起2年内): the deadline is the same calendar day that many years on.
     */
    public static Clause withinYearsOf(Facts f, String dateFact, String startFact, Params p, String yearsKey) {
        return within(f, dateFact, startFact, p, yearsKey, java.time.temporal.ChronoUnit.YEARS);
    }

    /**
     * A date fact ({@code "asOf"} for the reference date) falls no later than a number of months after
     * another date fact (回国后1个月内): the deadline is the same day of the month that many months on
     * (or the month's last day), and is included.
     */
    public static Clause withinMonthsOf(Facts f, String dateFact, String startFact, Params p, String monthsKey) {
        return within(f, dateFact, startFact, p, monthsKey, java.time.temporal.ChronoUnit.MONTHS);
    }

    private static Clause within(Facts f, String dateFact, String startFact, Params p, String key, java.time.temporal.ChronoUnit unit) {
        Operand s = f.operand(dateFact);
        Operand start = f.operand(startFact);
        if (s.isAbsent() || start.isAbsent()) {
            Operand absent = s.isAbsent() ? s : start;
            return new Clause(Test.AT_MOST, absent, List.of(p.operand(key)), Truth.UNKNOWN,
                    f.missingPath(s.isAbsent() ? dateFact : startFact));
        }
        java.time.LocalDate deadline = ((java.time.LocalDate) start.value()).plus(p.integer(key), unit);
        Operand limit = new Operand(startFact + " + " + key, deadline, Operand.Source.PARAMETER);
        return new Clause(Test.AT_MOST, s, List.of(limit),
                Truth.of(!((java.time.LocalDate) s.value()).isAfter(deadline)), f.missingPath(dateFact));
    }

    /** One fact is at most another of the same case (actual costs ≤ approved funding). */
    public static Clause atMostFact(Facts f, String fact, String otherFact) {
        return betweenFacts(Test.AT_MOST, f, fact, otherFact);
    }

    /** One fact exceeds another of the same case (project funds exceed this funding). */
    public static Clause moreThanFact(Facts f, String fact, String otherFact) {
        return betweenFacts(Test.MORE_THAN, f, fact, otherFact);
    }

    private static Clause betweenFacts(Test test, Facts f, String fact, String otherFact) {
        Operand s = f.operand(fact);
        Operand o = f.operand(otherFact);
        if (s.isAbsent() || o.isAbsent()) {
            return new Clause(test, s, List.of(o), Truth.UNKNOWN, f.missingPath(s.isAbsent() ? fact : otherFact));
        }
        int c = order(f, fact, s.value(), o.value());
        return new Clause(test, s, List.of(o), Truth.of(test == Test.AT_MOST ? c <= 0 : c > 0), f.missingPath(fact));
    }

    /**
     * A fact is at most a parameter times another fact, compared exactly without dividing: 中方团队
     * 出国经费不超过资助经费的20% ({@code abroadBudget ≤ 0.2 × funding}); 中外方人员比例不超过3:1
     * ({@code chineseMembers ≤ 3 × foreignMembers}).
     */
    public static Clause atMostTimes(Facts f, String fact, Params p, String key, String otherFact) {
        Operand s = f.operand(fact);
        Operand o = f.operand(otherFact);
        Operand k = p.operand(key);
        if (s.isAbsent() || o.isAbsent()) {
            return new Clause(Test.AT_MOST_TIMES, s, List.of(k, o), Truth.UNKNOWN, f.missingPath(s.isAbsent() ? fact : otherFact));
        }
        BigDecimal limit = p.decimal(key).multiply(new BigDecimal(o.value().toString()));
        return new Clause(Test.AT_MOST_TIMES, s, List.of(k, o),
                Truth.of(new BigDecimal(s.value().toString()).compareTo(limit) <= 0), f.missingPath(fact));
    }

    /** A list fact (codes, or records such as the visiting experts) has at least one element; absent: UNKNOWN. */
    public static Clause notEmpty(Facts f, String listFact) {
        Operand s = f.operand(listFact);
        Operand count = new Operand(listFact, s.isAbsent() ? null : ((List<?>) s.value()).size(), Operand.Source.FACT);
        return new Clause(Test.AT_LEAST, count, List.of(new Operand("least", 1, Operand.Source.CONSTANT)),
                s.isAbsent() ? Truth.UNKNOWN : Truth.of(!((List<?>) s.value()).isEmpty()), f.missingPath(listFact));
    }

    /** Every code of a list fact is one of the parameter's codes (spending categories, fields). */
    public static Clause allIn(Facts f, String codesFact, Params p, String key) {
        Operand s = f.operand(codesFact);
        Operand r = p.operand(key);
        Truth t = s.isAbsent() ? Truth.UNKNOWN : Truth.of(((List<?>) s.value()).stream()
                .allMatch(x -> p.list(key).stream().anyMatch(c -> c.toString().equals(x.toString()))));
        return new Clause(Test.ALL_IN, s, List.of(r), t, f.missingPath(codesFact));
    }

    private static Clause compare(Test test, Facts f, String fact, Params p, String key) {
        Operand s = f.operand(fact);
        Operand r = p.operand(key);
        if (s.isAbsent()) {
            return new Clause(test, s, List.of(r), Truth.UNKNOWN, f.missingPath(fact));
        }
        int c = order(f, fact, s.value(), r.value());
        boolean holds = switch (test) {
            case AT_MOST -> c <= 0;
            case AT_LEAST -> c >= 0;
            case LESS_THAN -> c < 0;
            case MORE_THAN -> c > 0;
            default -> throw new IllegalArgumentException(test.name());
        };
        return new Clause(test, s, List.of(r), Truth.of(holds), f.missingPath(fact));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int order(Facts f, String fact, Object value, Object reference) {
        if (f.isLevel(fact)) {
            return Integer.compare(f.rank(fact, value.toString()), f.rank(fact, reference.toString()));
        }
        if (value instanceof Number a && reference instanceof Number b) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString()));
        }
        if (value instanceof java.time.LocalDate a) {
            return a.compareTo(java.time.LocalDate.parse(reference.toString()));
        }
        if (value instanceof Comparable a && value.getClass().isInstance(reference)) {
            return a.compareTo(reference);
        }
        throw new IllegalArgumentException("cannot compare " + fact + " (" + value + ") with " + reference);
    }
}
