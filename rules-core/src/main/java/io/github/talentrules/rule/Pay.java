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
 * Payment findings: how much (an exact amount, a cap, a range, a tier, a rate for some months), when
 * (tranches, papers filed), and what of the budget may be paid. Each records (as {@link Check} does)
 * and returns one finding: PASS, or REVIEW where a reviewer must act on the payment (an approval above
 * the limit, a budget line to revise, a cost to strike, a case the text does not fund by its tiers).
 *
 * <p>No payment helper ever gives FAIL: a condition about money changes the amount or a payment's state,
 * or asks for review; it never makes a case ineligible. Where the text itself takes eligibility away
 * over money (取消资格), the rule is written with {@link Check} and its article says so in the table.
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

    /**
     * The text gives a cap per record of a list (每名来访专家资助最高不超过20万元), for the record {@code each}
     * ({@code $e : Facts() from $f.records("experts")}): the case's cap is the sum over the records that
     * qualify, in yuan; the decision leaves out a record whose conditions fail.
     */
    public static Finding capEach(Object rule, Facts each, Params p, String key) {
        String place = each.getPlace().orElseThrow(() -> new IllegalArgumentException(
                "Pay.capEach takes one record of a list ($e : Facts() from $f.records(\"...\")), not the case"));
        Clause c = new Clause(Clause.Test.EQUALS, p.operand(key), List.of(new Operand(place, "", Operand.Source.FACT)), Truth.TRUE, key);
        return Check.record(rule, new Finding(Check.name(rule), Check.article(rule), Status.PASS, List.of(c), List.of(),
                Optional.empty(), Optional.empty(), Optional.of(Funding.capped(p.decimal(key), "yuan"))));
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
     * {@code {from, to, amount}} rows, both ends included, lowest first. Below the lowest tier or above
     * the highest the text states no amount: REVIEW, saying it is silent. Absent: REVIEW.
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
        return Check.silent(rule, tierClause(f, fact, subject, p, key, 0, rows.size() - 1, Truth.FALSE));   // recorded there
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

    /**
     * A request and the most the text gives (最高60万元): the case is funded at most the cap. PASS, with
     * the request; above the cap the finding shows by how much it is cut ({@link Note#OVER_LIMIT}).
     * The decision shows the request and the reduction ({@link Funding#reduction()}).
     */
    public static Finding requestUpTo(Object rule, Facts f, String requestFact, Params p, String capKey) {
        return requested(rule, f, requestFact, When.atMost(f, requestFact, p, capKey), p.decimal(capKey));
    }

    /**
     * A request and a cap per record of a list (每名来访专家最高20万元): the most is the cap times the records
     * the case lists ({@code recordsFact}); the decision then counts only the records that qualify.
     */
    public static Finding requestUpTo(Object rule, Facts f, String requestFact, Params p, String capKey, String recordsFact) {
        Operand most = new Operand("most", p.decimal(capKey).multiply(BigDecimal.valueOf(f.records(recordsFact).size())), Operand.Source.CONSTANT);
        Operand request = f.operand(requestFact);
        Truth t = request.isAbsent() ? Truth.UNKNOWN : Truth.of(f.decimal(requestFact).compareTo((BigDecimal) most.value()) <= 0);
        return requested(rule, f, requestFact, new Clause(Clause.Test.AT_MOST, request, List.of(most, p.operand(capKey)), t,
                f.missingPath(requestFact)), (BigDecimal) most.value());
    }

    /**
     * A request against a rate for some months (5-10万/月，资助周期最长不超过2个月): at most the rate's high
     * end times the months funded, and those at most the longest period. PASS, with the request; above
     * it the finding shows by how much it is cut. Without the months the total is not known: REVIEW,
     * naming them.
     */
    public static Finding requestPerMonth(Object rule, Facts f, String requestFact, String monthsFact, Params p,
                                          String maxRateKey, String maxMonthsKey) {
        Operand months = f.operand(monthsFact);
        Operand request = f.operand(requestFact);
        if (months.isAbsent() || request.isAbsent()) {
            Operand absent = request.isAbsent() ? request : months;
            return Check.record(rule, Check.finding(rule, Truth.UNKNOWN, List.of(new Clause(Clause.Test.AT_MOST, absent,
                    List.of(p.operand(maxRateKey), p.operand(maxMonthsKey)), Truth.UNKNOWN,
                    f.missingPath(request.isAbsent() ? requestFact : monthsFact)))));
        }
        BigDecimal most = p.decimal(maxRateKey).multiply(fundedMonths(f, monthsFact, p, maxMonthsKey));
        Operand limit = new Operand("most", most, Operand.Source.CONSTANT);
        BigDecimal asked = f.decimal(requestFact);
        return requested(rule, f, requestFact, new Clause(Clause.Test.AT_MOST, request, List.of(limit),
                Truth.of(asked.compareTo(most) <= 0), f.missingPath(requestFact)), most);
    }

    private static Finding requested(Object rule, Facts f, String requestFact, Clause c, BigDecimal most) {
        if (c.result() == Truth.UNKNOWN) {
            return Check.record(rule, Check.finding(rule, Truth.UNKNOWN, List.of(c)));
        }
        BigDecimal asked = f.decimal(requestFact);
        boolean over = c.result() == Truth.FALSE;
        Clause shown = over ? withExtra(c, "excess", asked.subtract(most)) : c;
        return Check.record(rule, new Finding(Check.name(rule), Check.article(rule), Status.PASS, List.of(shown), List.of(),
                over ? Optional.of(Note.OVER_LIMIT) : Optional.empty(), Optional.empty(), Optional.of(Funding.asked(asked))));
    }

    /**
     * The funding approved is within the text's limit (最高…). Above it the approval is in error, not the
     * applicant: REVIEW ({@link Note#APPROVAL_OVER_LIMIT}), showing by how much; the decision pays no more
     * than the cap. Never FAIL: the text gives no consequence for the applicant, and the approving body
     * corrects its own approval.
     */
    public static Finding approvedUpTo(Object rule, Facts f, String approvedFact, Params p, String capKey) {
        return approved(rule, f, approvedFact, When.atMost(f, approvedFact, p, capKey), p.decimal(capKey));
    }

    /** The approval against a cap per record of a list: at most the cap times the records the case lists. */
    public static Finding approvedUpTo(Object rule, Facts f, String approvedFact, Params p, String capKey, String recordsFact) {
        BigDecimal most = p.decimal(capKey).multiply(BigDecimal.valueOf(f.records(recordsFact).size()));
        Operand approved = f.operand(approvedFact);
        Truth t = approved.isAbsent() ? Truth.UNKNOWN : Truth.of(f.decimal(approvedFact).compareTo(most) <= 0);
        return approved(rule, f, approvedFact, new Clause(Clause.Test.AT_MOST, approved,
                List.of(new Operand("most", most, Operand.Source.CONSTANT), p.operand(capKey)), t, f.missingPath(approvedFact)), most);
    }

    private static Finding approved(Object rule, Facts f, String approvedFact, Clause c, BigDecimal most) {
        if (c.result() != Truth.FALSE) {
            return Check.record(rule, Check.finding(rule, c.result(), List.of(c)));
        }
        return Check.record(rule, new Finding(Check.name(rule), Check.article(rule), Status.REVIEW,
                List.of(withExtra(c, "excess", f.decimal(approvedFact).subtract(most))), List.of(),
                Optional.of(Note.APPROVAL_OVER_LIMIT), Optional.empty(), Optional.empty()));
    }

    /**
     * A budget line is at most a share of the funding (额度不超过资助经费的20%), compared exactly: PASS.
     * Over it the budget is to be revised: REVIEW with the most the line may take and the excess
     * ({@link Note#OVER_SHARE}); the case stays as eligible as it was.
     */
    public static Finding shareAtMost(Object rule, Facts f, String lineFact, Params p, String shareKey, String fundingFact) {
        Clause c = When.atMostTimes(f, lineFact, p, shareKey, fundingFact);
        if (c.result() == Truth.UNKNOWN) {
            return Check.record(rule, Check.finding(rule, Truth.UNKNOWN, List.of(c)));
        }
        BigDecimal allowed = p.decimal(shareKey).multiply(f.decimal(fundingFact));
        Clause shown = withExtra(c, "allowed", allowed);
        if (c.result() == Truth.TRUE) {
            return Check.record(rule, Check.finding(rule, Truth.TRUE, List.of(shown)));
        }
        return Check.record(rule, new Finding(Check.name(rule), Check.article(rule), Status.REVIEW,
                List.of(withExtra(shown, "excess", f.decimal(lineFact).subtract(allowed))), List.of(),
                Optional.of(Note.OVER_SHARE), Optional.empty(), Optional.empty()));
    }

    /**
     * The payment waits for papers the text asks for first (项目决算表和相关费用的票据, 拨付申请表): it is
     * DUE once the fact says they are filed (true, or a date given), PENDING until then
     * ({@link Note#PAYMENT_PENDING}). PASS either way: unfiled papers defer the money, they do not make the
     * case ineligible. The payment is of the whole amount, whatever other rules find it to be.
     */
    public static Finding pendingUntil(Object rule, Facts f, String papersFact) {
        Operand o = f.operand(papersFact);
        Clause c = o.value() instanceof Boolean || o.isAbsent() && f.isBoolean(papersFact) ? When.isTrue(f, papersFact)
                : new Clause(Clause.Test.EQUALS, o, List.of(), o.isAbsent() ? Truth.UNKNOWN : Truth.TRUE, f.missingPath(papersFact));
        boolean filed = c.result() == Truth.TRUE;
        return Check.record(rule, new Finding(Check.name(rule), Check.article(rule), Status.PASS, List.of(c), List.of(),
                filed ? Optional.empty() : Optional.of(Note.PAYMENT_PENDING), Optional.empty(),
                Optional.of(Funding.paymentIs(filed ? io.github.talentrules.Tranche.State.DUE : io.github.talentrules.Tranche.State.PENDING))));
    }

    /**
     * Settlement by the costs actually incurred, the total no more than the funding approved
     * (根据实际发生的费用核销，总额不超过批准资助的经费额度): the amount is the costs, or what the approval
     * leaves after what earlier payments ({@code paidFacts}) took, whichever is smaller, never below zero.
     * PASS; costs beyond that are cut ({@link Note#OVER_LIMIT}) and the decision shows the reduction. A
     * fact absent: REVIEW, naming it.
     */
    public static Finding settlement(Object rule, Facts f, String costsFact, String approvedFact, String... paidFacts) {
        List<Operand> refs = new java.util.ArrayList<>();
        refs.add(f.operand(approvedFact));
        for (String paid : paidFacts) {
            refs.add(f.operand(paid));
        }
        Operand costs = f.operand(costsFact);
        // The costs are compared with what the approval leaves, shown first where earlier payments took some.
        Optional<Operand> absent = java.util.stream.Stream.concat(java.util.stream.Stream.of(costs), refs.stream())
                .filter(Operand::isAbsent).findFirst();
        if (absent.isPresent()) {
            return Check.record(rule, Check.finding(rule, Truth.UNKNOWN,
                    List.of(new Clause(Clause.Test.AT_MOST, costs, refs, Truth.UNKNOWN, f.missingPath(costsFact)))));
        }
        BigDecimal left = f.decimal(approvedFact);
        for (String paid : paidFacts) {
            left = left.subtract(f.decimal(paid));
        }
        left = left.max(BigDecimal.ZERO);
        if (paidFacts.length > 0) {
            refs.add(0, new Operand("remaining", left, Operand.Source.CONSTANT));
        }
        BigDecimal claimed = f.decimal(costsFact);
        boolean within = claimed.compareTo(left) <= 0;
        Clause c = new Clause(Clause.Test.AT_MOST, costs, refs, Truth.of(within), f.missingPath(costsFact));
        Funding settled = new Funding(Optional.of(claimed.min(left)), Optional.empty(), Optional.empty(), Optional.empty(), "yuan",
                List.of(), false, Optional.of(claimed), Optional.empty(), Optional.empty());
        return Check.record(rule, new Finding(Check.name(rule), Check.article(rule), Status.PASS,
                List.of(within ? c : withExtra(c, "excess", claimed.subtract(left))), List.of(),
                within ? Optional.empty() : Optional.of(Note.OVER_LIMIT), Optional.empty(), Optional.of(settled)));
    }

    /**
     * A payment asked for a year of the schedule (分2年拨付, 分3年拨付): PASS within the years the text pays
     * over; a later year is outside the schedule: REVIEW ({@link Note#OUTSIDE_SCHEDULE}), not a failed case.
     */
    public static Finding inScheduleYear(Object rule, Facts f, String yearFact, Params p, String yearsKey) {
        return beyond(rule, When.atMost(f, yearFact, p, yearsKey), Note.OUTSIDE_SCHEDULE, null);
    }

    /**
     * At most so many of an item are paid for (每名外国专家最多报销2次往返国际机票): PASS within; beyond it
     * the items over the limit are not paid: REVIEW to strike them from the budget ({@link Note#OVER_LIMIT}),
     * showing how many.
     */
    public static Finding reimbursedAtMost(Object rule, Facts f, String countFact, Params p, String maxKey) {
        Clause c = When.atMost(f, countFact, p, maxKey);
        return beyond(rule, c, Note.OVER_LIMIT, c.result() == Truth.FALSE ? f.decimal(countFact).subtract(p.decimal(maxKey)) : null);
    }

    /**
     * A cost these funds may not pay (不得从专项经费中支出): a budget that charges it ({@code chargedFact}
     * true) gives REVIEW, the cost to be struck ({@link Note#STRUCK}); PASS where it does not; absent: REVIEW.
     */
    public static Finding struck(Object rule, Facts f, String chargedFact) {
        return beyond(rule, When.isFalse(f, chargedFact), Note.STRUCK, null);
    }

    /**
     * Every category of a budget is one the text lists (主要用于…, 等…费用): PASS. A list the text leaves
     * open, so a category it does not name gives REVIEW, saying the text is silent and naming it.
     */
    public static Finding categories(Object rule, Facts f, String codesFact, Params p, String key) {
        Clause c = When.allIn(f, codesFact, p, key);
        if (c.result() != Truth.FALSE) {
            return Check.record(rule, Check.finding(rule, c.result(), List.of(c)));
        }
        List<String> unlisted = f.codes(codesFact).stream().filter(x -> p.list(key).stream().noneMatch(y -> y.toString().equals(x))).toList();
        return Check.silent(rule, withExtra(c, "unlisted", unlisted));   // recorded there
    }

    /**
     * A rate for some months (5-10万/月，资助周期最长不超过2个月): with the months funded, the total for them
     * (the rate's ends times the months, the months at most the longest period; more asked are cut,
     * {@link Note#OVER_LIMIT}); without them, the monthly rate. PASS.
     */
    public static Finding perMonth(Object rule, Facts f, String monthsFact, Params p, String minKey, String maxKey, String maxMonthsKey) {
        if (!f.has(monthsFact)) {
            return range(rule, p, minKey, maxKey);
        }
        BigDecimal months = fundedMonths(f, monthsFact, p, maxMonthsKey);
        Clause c = When.atMost(f, monthsFact, p, maxMonthsKey);
        boolean cut = c.result() == Truth.FALSE;
        Funding total = Funding.range(p.decimal(minKey).multiply(months), p.decimal(maxKey).multiply(months), "yuan");
        return Check.record(rule, new Finding(Check.name(rule), Check.article(rule), Status.PASS,
                List.of(cut ? withExtra(c, "excess", f.decimal(monthsFact).subtract(months)) : c,
                        new Clause(Clause.Test.EQUALS, p.operand(minKey), List.of(), Truth.TRUE, minKey),
                        new Clause(Clause.Test.EQUALS, p.operand(maxKey), List.of(), Truth.TRUE, maxKey)),
                List.of(), cut ? Optional.of(Note.OVER_LIMIT) : Optional.empty(), Optional.empty(), Optional.of(total)));
    }

    /** The months funded: those the case gives, at most the text's longest period. */
    private static BigDecimal fundedMonths(Facts f, String monthsFact, Params p, String maxMonthsKey) {
        return f.decimal(monthsFact).min(p.decimal(maxMonthsKey));
    }

    /** PASS where the clause holds; where it does not, REVIEW with the note (and the excess, if given); absent: REVIEW. */
    private static Finding beyond(Object rule, Clause c, Note note, BigDecimal excess) {
        if (c.result() != Truth.FALSE) {
            return Check.record(rule, Check.finding(rule, c.result(), List.of(c)));
        }
        return Check.record(rule, new Finding(Check.name(rule), Check.article(rule), Status.REVIEW,
                List.of(excess == null ? c : withExtra(c, "excess", excess)), List.of(), Optional.of(note), Optional.empty(),
                Optional.empty()));
    }

    /** The clause with one more value shown after the comparison (the excess, the most allowed). */
    private static Clause withExtra(Clause c, String name, Object value) {
        List<Operand> refs = new java.util.ArrayList<>(c.references());
        refs.add(new Operand(name, value, Operand.Source.CONSTANT));
        return new Clause(c.test(), c.subject(), refs, c.result(), c.source());
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
