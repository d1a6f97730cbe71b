package io.github.talentrules.rule;

import io.github.talentrules.Clause;
import io.github.talentrules.Finding;
import io.github.talentrules.Operand;
import io.github.talentrules.Status;
import io.github.talentrules.Truth;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Findings of rules over a batch of cases ({@code @scope("batch")}): a condition across cases
 * (one applicant per company, one exchange per expert per month) found on one case, or a count over
 * the whole batch (a quota, progress towards a target). Each records what it makes, as {@link Check}
 * does; only a rule over a batch may call them (the pack is refused otherwise).
 */
public final class Across {
    private Across() {
    }

    /** A finding that belongs to one case of the batch. */
    public record OnCase(Facts subject, Finding finding) {
    }

    /** REVIEW on {@code subject}: other cases of the batch share its value of {@code fact}. */
    public static OnCase conflict(Object rule, Facts subject, Collection<?> sharing, String fact) {
        return onCase(rule, subject, sharing, fact, Status.REVIEW);
    }

    /** FAIL on {@code subject}: other cases of the batch share its value of {@code fact}, which the text forbids. */
    public static OnCase conflictFail(Object rule, Facts subject, Collection<?> sharing, String fact) {
        return onCase(rule, subject, sharing, fact, Status.FAIL);
    }

    private static OnCase onCase(Object rule, Facts subject, Collection<?> sharing, String fact, Status status) {
        List<Operand> others = new ArrayList<>();
        for (Object o : sharing) {
            if (o instanceof Facts other && other != subject) {
                others.add(new Operand("case[" + (others.size() + 1) + "]", other.getCase().source(), Operand.Source.CONSTANT));
            }
        }
        Operand s = subject.operand(fact);
        boolean alone = others.isEmpty();
        Clause c = new Clause(Clause.Test.EQUALS, s, others, Truth.of(!alone), subject.missingPath(fact));
        Finding f = new Finding(Check.name(rule), Check.article(rule), alone ? Status.PASS : status, List.of(c), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty());
        return Check.record(rule, new OnCase(subject, f));
    }

    /** A count over the batch no greater than a limit (a quota); {@code @soft} for 左右. */
    public static Finding atMost(Object rule, String counted, Number count, Params p, String key) {
        return Check.record(rule, count(rule, Clause.Test.AT_MOST, counted, count, p, key));
    }

    /**
     * Progress towards a target over the batch (力争全年…): PASS when the count reaches it, otherwise
     * REVIEW with the shortfall ({@link io.github.talentrules.Note#TARGET_SHORTFALL}): a target not yet
     * met is a fact to report, not a case that fails.
     */
    public static Finding target(Object rule, String counted, Number count, Params p, String key) {
        Finding f = count(rule, Clause.Test.AT_LEAST, counted, count, p, key);
        if (f.clauses().get(0).result() == Truth.TRUE) {
            return Check.record(rule, f);
        }
        return Check.record(rule, new Finding(f.rule(), f.article(), Status.REVIEW, f.clauses(), List.of(),
                Optional.of(io.github.talentrules.Note.TARGET_SHORTFALL), Optional.empty(), Optional.empty()));
    }

    private static Finding count(Object rule, Clause.Test test, String counted, Number count, Params p, String key) {
        BigDecimal n = new BigDecimal(count.toString());
        BigDecimal limit = p.decimal(key);
        boolean holds = test == Clause.Test.AT_MOST ? n.compareTo(limit) <= 0 : n.compareTo(limit) >= 0;
        List<Operand> refs = new ArrayList<>();
        refs.add(p.operand(key));
        if (test == Clause.Test.AT_LEAST) {
            refs.add(new Operand("shortfall", limit.subtract(n).max(BigDecimal.ZERO), Operand.Source.CONSTANT));
        }
        Clause c = new Clause(test, new Operand(counted, n, Operand.Source.CONSTANT), refs, Truth.of(holds), counted);
        return Check.finding(rule, c.result(), List.of(c));
    }
}
