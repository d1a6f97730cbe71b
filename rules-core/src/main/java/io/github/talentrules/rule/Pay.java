package io.github.talentrules.rule;

import io.github.talentrules.Clause;
import io.github.talentrules.Finding;
import io.github.talentrules.Funding;
import io.github.talentrules.Note;
import io.github.talentrules.Operand;
import io.github.talentrules.pack.Parameter;
import io.github.talentrules.Status;
import io.github.talentrules.Truth;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Funding findings: an exact amount, a cap, a range or a tier, read from parameters, in yuan.
 * Each records (as {@link Check} does) and returns one PASS finding that carries the funding, or a
 * FAIL or REVIEW where the case falls outside what the text funds.
 */
public final class Pay {
    private Pay() {
    }

    /** The text fixes the amount (每人给予20万元). */
    public static Finding fixed(Object rule, Params p, String key) {
        return funded(rule, p, key, Funding.exact(p.decimal(key), p.leaf(key).unit()));
    }

    /** The text gives a cap (最高60万元、不超过20万元). */
    public static Finding cap(Object rule, Params p, String key) {
        return funded(rule, p, key, Funding.capped(p.decimal(key), p.leaf(key).unit()));
    }

    /** The text gives a range (10-15万元/年). */
    public static Finding range(Object rule, Params p, String minKey, String maxKey) {
        Funding f = Funding.range(p.decimal(minKey), p.decimal(maxKey), p.leaf(maxKey).unit());
        return Check.record(rule, new Finding(Check.name(rule), Check.article(rule), Status.PASS,
                List.of(new Clause(Clause.Test.EQUALS, p.operand(minKey), List.of(), Truth.TRUE, minKey),
                        new Clause(Clause.Test.EQUALS, p.operand(maxKey), List.of(), Truth.TRUE, maxKey)),
                List.of(), Optional.empty(), Optional.empty(), Optional.of(f)));
    }

    /**
     * An amount the case supplies where the text gives none (an approved amount, a figure from a
     * standards table the text refers to but does not include). The fact is of type {@code yuan}.
     */
    public static Finding fromCase(Object rule, Facts f, String fact, String unit) {
        Operand o = f.operand(fact);
        if (o.isAbsent()) {
            return unspecified(rule);
        }
        Clause c = new Clause(Clause.Test.EQUALS, o, List.of(), Truth.TRUE, f.missingPath(fact));
        return Check.record(rule, new Finding(Check.name(rule), Check.article(rule), Status.PASS, List.of(c), List.of(),
                Optional.empty(), Optional.empty(), Optional.of(Funding.exact(f.decimal(fact), unit))));
    }

    /** The text gives no amount: it is unspecified unless a later rule takes one the case supplies. */
    public static Finding unspecified(Object rule) {
        return Check.record(rule, new Finding(Check.name(rule), Check.article(rule), Status.PASS, List.of(), List.of(),
                Optional.of(Note.AMOUNT_UNSPECIFIED), Optional.empty(), Optional.of(Funding.unspecifiedAmount())));
    }

    /**
     * An amount by tier of a fact (培养时间30天至90天的，每人给予3万元…). The parameter is a table of
     * {@code {from, to, amount}} rows, both ends included, lowest first. Below the lowest tier the
     * text funds nothing: FAIL. Above the highest the text is silent: REVIEW. Absent: REVIEW.
     */
    public static Finding tier(Object rule, Facts f, String fact, Params p, String key) {
        Operand subject = f.operand(fact);
        List<?> rows = p.list(key);
        String unit = p.leaf(key).unit().equals("tiers") ? "yuan" : p.leaf(key).unit();
        if (subject.isAbsent()) {
            return Check.record(rule, Check.finding(rule, Truth.UNKNOWN,
                    List.of(tierClause(f, fact, subject, p, key, 0, rows.size() - 1, Truth.UNKNOWN))));
        }
        BigDecimal v = new BigDecimal(subject.value().toString());
        for (int i = 0; i < rows.size(); i++) {
            Map<?, ?> row = (Map<?, ?>) rows.get(i);
            if (v.compareTo(bound(row, "from", key)) >= 0 && v.compareTo(bound(row, "to", key)) <= 0) {
                Funding funding = Funding.exact(bound(row, "amount", key), unit);
                return Check.record(rule, new Finding(Check.name(rule), Check.article(rule), Status.PASS,
                        List.of(tierClause(f, fact, subject, p, key, i, i, Truth.TRUE)), List.of(), Optional.empty(),
                        Optional.empty(), Optional.of(funding)));
            }
        }
        Clause all = tierClause(f, fact, subject, p, key, 0, rows.size() - 1, Truth.FALSE);
        if (v.compareTo(bound((Map<?, ?>) rows.get(0), "from", key)) < 0) {
            return Check.record(rule, Check.finding(rule, Truth.FALSE, List.of(all)));
        }
        return Check.silent(rule, all);   // recorded there
    }

    /**
     * An amount paid in tranches (按6:4比例分两期拨付). The schedule parameter is a list of
     * {@code {share, when, en}} rows, shares summing to 1; each payment is the amount times its share,
     * exactly. This finding gives the total; one rule per payment records it, with how far the case
     * has got, through {@link #tranche}.
     */
    public static Finding inTranches(Object rule, Params p, String amountKey, String scheduleKey) {
        BigDecimal total = p.decimal(amountKey);   // the schedule's shares were checked to add up to 1 when the pack loaded
        Funding f = Funding.exact(total, p.leaf(amountKey).unit());
        Clause c = new Clause(Clause.Test.EQUALS, p.operand(amountKey), List.of(p.operand(scheduleKey)), Truth.TRUE, amountKey);
        return Check.record(rule, new Finding(Check.name(rule), Check.article(rule), Status.PASS, List.of(c), List.of(),
                Optional.empty(), Optional.empty(), Optional.of(f)));
    }

    /**
     * One payment of a schedule (see {@link #inTranches}) and how far it has got: the rule's LHS says
     * why (confirmed, assessment passed or failed). {@code sequence} counts from 1.
     */
    public static Finding tranche(Object rule, Params p, String amountKey, String scheduleKey, int sequence,
                                  io.github.talentrules.Tranche.State state) {
        Map<?, ?> row = (Map<?, ?>) p.list(scheduleKey).get(sequence - 1);
        BigDecimal amount = p.decimal(amountKey).multiply(bound(row, "share", scheduleKey));
        Object when = row.get("when");
        Object en = row.get("en");
        io.github.talentrules.Tranche t = new io.github.talentrules.Tranche(sequence, amount,
                when == null ? "" : when.toString(), en == null ? "" : en.toString(), state);
        Funding f = new Funding(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                p.leaf(amountKey).unit(), List.of(t), false);
        Clause c = new Clause(Clause.Test.EQUALS, new Operand(amountKey + "[" + sequence + "]", amount, Operand.Source.PARAMETER),
                List.of(), Truth.TRUE, scheduleKey);
        return Check.record(rule, new Finding(Check.name(rule), Check.article(rule), Status.PASS, List.of(c), List.of(),
                Optional.empty(), Optional.empty(), Optional.of(f)));
    }

    private static Clause tierClause(Facts f, String fact, Operand subject, Params p, String key, int first, int last, Truth t) {
        List<?> rows = p.list(key);
        Map<?, ?> lo = (Map<?, ?>) rows.get(first);
        Map<?, ?> hi = (Map<?, ?>) rows.get(last);
        return new Clause(Clause.Test.BETWEEN, subject,
                List.of(new Operand(key + "[" + (first + 1) + "].from", bound(lo, "from", key), Operand.Source.PARAMETER),
                        new Operand(key + "[" + (last + 1) + "].to", bound(hi, "to", key), Operand.Source.PARAMETER)),
                t, f.missingPath(fact));
    }

    private static BigDecimal bound(Map<?, ?> row, String field, String key) {
        Object v = row.get(field);
        if (!(v instanceof BigDecimal d)) {
            throw new IllegalArgumentException("parameter '" + key + "': each tier needs a number '" + field + "', got " + row);
        }
        return d;
    }

    private static Finding funded(Object rule, Params p, String key, Funding funding) {
        Parameter leaf = p.leaf(key);
        Clause c = new Clause(Clause.Test.EQUALS, p.operand(key), List.of(), Truth.TRUE, leaf.key());
        return Check.record(rule, new Finding(Check.name(rule), Check.article(rule), Status.PASS, List.of(c), List.of(),
                Optional.empty(), Optional.empty(), Optional.of(funding)));
    }
}
