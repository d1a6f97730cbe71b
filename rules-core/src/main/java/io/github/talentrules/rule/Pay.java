package io.github.talentrules.rule;

import io.github.talentrules.Clause;
import io.github.talentrules.Finding;
import io.github.talentrules.Funding;
import io.github.talentrules.Note;
import io.github.talentrules.Operand;
import io.github.talentrules.Parameter;
import io.github.talentrules.Status;
import io.github.talentrules.Truth;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Funding findings: an exact amount, a cap, a range or a tier, read from parameters, in yuan.
 * Each returns one PASS finding that carries the funding, or a FAIL or REVIEW where the case falls
 * outside what the text funds.
 */
public final class Pay {
    private Pay() {
    }

    /** The text fixes the amount (每人给予20万元). */
    public static Finding fixed(RuleContext rule, Params p, String key) {
        return funded(rule, p, key, Funding.exact(p.decimal(key), p.leaf(key).unit()));
    }

    /** The text gives a cap (最高60万元、不超过20万元). */
    public static Finding cap(RuleContext rule, Params p, String key) {
        return funded(rule, p, key, Funding.capped(p.decimal(key), p.leaf(key).unit()));
    }

    /** The text gives a range (10-15万元/年). */
    public static Finding range(RuleContext rule, Params p, String minKey, String maxKey) {
        Funding f = Funding.range(p.decimal(minKey), p.decimal(maxKey), p.leaf(maxKey).unit());
        return new Finding(Check.name(rule), Check.article(rule), Status.PASS,
                List.of(new Clause(Clause.Test.BETWEEN, p.operand(minKey), List.of(p.operand(maxKey)), Truth.TRUE, minKey)),
                List.of(), Optional.empty(), Optional.empty(), Optional.of(f));
    }

    /** The text gives no amount: it is unspecified unless a later rule takes one the case supplies. */
    public static Finding unspecified(RuleContext rule) {
        return new Finding(Check.name(rule), Check.article(rule), Status.PASS, List.of(), List.of(),
                Optional.of(Note.AMOUNT_UNSPECIFIED), Optional.empty(), Optional.of(Funding.unspecifiedAmount()));
    }

    /**
     * An amount by tier of a fact (培养时间30天至90天的，每人给予3万元…). The parameter is a table of
     * {@code {from, to, amount}} rows, both ends included, lowest first. Below the lowest tier the
     * text funds nothing: FAIL. Above the highest the text is silent: REVIEW. Absent: REVIEW.
     */
    public static Finding tier(RuleContext rule, Facts f, String fact, Params p, String key) {
        Operand subject = f.operand(fact);
        List<?> rows = p.list(key);
        String unit = p.leaf(key).unit().equals("tiers") ? "yuan" : p.leaf(key).unit();
        if (subject.isAbsent()) {
            return Check.finding(rule, Truth.UNKNOWN, List.of(tierClause(f, fact, subject, p, key, 0, rows.size() - 1, Truth.UNKNOWN)));
        }
        BigDecimal v = new BigDecimal(subject.value().toString());
        for (int i = 0; i < rows.size(); i++) {
            Map<?, ?> row = (Map<?, ?>) rows.get(i);
            if (v.compareTo(bound(row, "from", key)) >= 0 && v.compareTo(bound(row, "to", key)) <= 0) {
                Funding funding = Funding.exact(bound(row, "amount", key), unit);
                return new Finding(Check.name(rule), Check.article(rule), Status.PASS,
                        List.of(tierClause(f, fact, subject, p, key, i, i, Truth.TRUE)), List.of(), Optional.empty(),
                        Optional.empty(), Optional.of(funding));
            }
        }
        Clause all = tierClause(f, fact, subject, p, key, 0, rows.size() - 1, Truth.FALSE);
        if (v.compareTo(bound((Map<?, ?>) rows.get(0), "from", key)) < 0) {
            return Check.finding(rule, Truth.FALSE, List.of(all));
        }
        return Check.silent(rule, all);
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

    private static Finding funded(RuleContext rule, Params p, String key, Funding funding) {
        Parameter leaf = p.leaf(key);
        Clause c = new Clause(Clause.Test.EQUALS, p.operand(key), List.of(), Truth.TRUE, leaf.key());
        return new Finding(Check.name(rule), Check.article(rule), Status.PASS, List.of(c), List.of(), Optional.empty(),
                Optional.empty(), Optional.of(funding));
    }
}
