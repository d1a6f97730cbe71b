package io.github.talentrules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What the text gives: an exact amount, a cap, a range, and the payments, in yuan. A part the text
 * does not state is empty; when the text states no amount at all, {@link #unspecified()} is true.
 *
 * <p>In a {@link Decision} the funding is what will be paid: an amount is never above the cap (最高),
 * what the case asked for beyond what the text allows is the {@code reduction}, and a payment
 * stopped or to be returned is not counted as paid ({@link #payable()}).
 *
 * @param amount the exact amount, where the text fixes one or the case gives it (approved, settled),
 *        never above the cap
 * @param cap the most that may be given (最高…), where the text states one
 * @param min the low end of a range (…-…万元), with {@code max}
 * @param max the high end of a range
 * @param unit what the amounts are per: {@code yuan} (the award), {@code yuan/year}, {@code yuan/month}, {@code yuan/person}
 * @param tranches the payments, in order
 * @param unspecified true where the text gives no amount and the case supplied none
 * @param requested what the case asked to be paid, where a rule reads it: the application's request,
 *        or the costs claimed at settlement
 * @param reduction how much of what was asked (or approved) the text's limits cut: the cap, the range's
 *        high end, the funding approved
 * @param state how far the payment of the whole amount has got, where a rule says so apart from the
 *        amount (paid once the papers are filed); a decision shows it as the amount's one tranche
 */
public record Funding(Optional<BigDecimal> amount, Optional<BigDecimal> cap, Optional<BigDecimal> min,
                      Optional<BigDecimal> max, String unit, List<Tranche> tranches, boolean unspecified,
                      Optional<BigDecimal> requested, Optional<BigDecimal> reduction, Optional<Tranche.State> state) {

    public Funding {
        tranches = List.copyOf(tranches);
        if (min.isPresent() != max.isPresent()) {
            throw new IllegalArgumentException("a range needs both ends");
        }
        if (unit == null || unit.isBlank()) {
            unit = "yuan";
        }
        java.util.Objects.requireNonNull(requested, "requested");
        java.util.Objects.requireNonNull(reduction, "reduction");
        java.util.Objects.requireNonNull(state, "state");
    }

    /** Funding as the text gives it, before anything is asked or cut. */
    public Funding(Optional<BigDecimal> amount, Optional<BigDecimal> cap, Optional<BigDecimal> min,
                   Optional<BigDecimal> max, String unit, List<Tranche> tranches, boolean unspecified) {
        this(amount, cap, min, max, unit, tranches, unspecified, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static Funding exact(BigDecimal amount, String unit) {
        return new Funding(Optional.of(amount), Optional.empty(), Optional.empty(), Optional.empty(), unit, List.of(), false);
    }

    public static Funding capped(BigDecimal cap, String unit) {
        return new Funding(Optional.empty(), Optional.of(cap), Optional.empty(), Optional.empty(), unit, List.of(), false);
    }

    public static Funding range(BigDecimal min, BigDecimal max, String unit) {
        return new Funding(Optional.empty(), Optional.empty(), Optional.of(min), Optional.of(max), unit, List.of(), false);
    }

    public static Funding unspecifiedAmount() {
        return new Funding(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "yuan", List.of(), true);
    }

    /** What the case asks to be paid, in yuan; what the text's limits cut from it is worked out in the decision. */
    public static Funding asked(BigDecimal requested) {
        return new Funding(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "yuan", List.of(), false,
                Optional.of(requested), Optional.empty(), Optional.empty());
    }

    /** How far the payment of the whole amount has got (papers filed or not), whatever the amount turns out to be. */
    public static Funding paymentIs(Tranche.State state) {
        return new Funding(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "yuan", List.of(), false,
                Optional.empty(), Optional.empty(), Optional.of(state));
    }

    /** The sum of the payments in {@code state}; zero when there are none. */
    public BigDecimal total(Tranche.State state) {
        return tranches.stream().filter(t -> t.state() == state).map(Tranche::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * What will be paid of the amount: the amount less the payments stopped (停止拨付) and those to be
     * returned (退回). Empty where the amount is not known.
     */
    public Optional<BigDecimal> payable() {
        return amount.map(a -> a.subtract(total(Tranche.State.STOPPED)).subtract(total(Tranche.State.RECLAIMED)));
    }

    /** Only the payments to be returned, with no award: what an ineligible case still owes. */
    Funding reclaimedOnly() {
        return new Funding(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), unit,
                tranches.stream().filter(t -> t.state() == Tranche.State.RECLAIMED).toList(), false);
    }

    public Funding withTranches(List<Tranche> payments) {
        return new Funding(amount, cap, min, max, unit, payments, unspecified, requested, reduction, state);
    }

    /**
     * Joins the funding parts that several rules found. Two rules that set the same part is a defect
     * of the pack, reported rather than resolved silently.
     */
    Funding merge(Funding other) {
        return new Funding(
                one("amount", amount, other.amount),
                one("cap", cap, other.cap),
                one("range", min, other.min),
                one("range", max, other.max),
                "yuan".equals(unit) ? other.unit : unit,
                joined(tranches, other.tranches),
                (unspecified || other.unspecified) && amount.isEmpty() && other.amount.isEmpty(),
                one("request", requested, other.requested),
                one("reduction", reduction, other.reduction),
                one("payment state", state, other.state));
    }

    /**
     * The funding a decision states, from the parts merged: an amount above the cap (or the range's high
     * end) is cut to it; what was asked (or, without a request, the amount found) beyond what may be
     * paid is the reduction; the state of the whole payment becomes its one tranche. Limits are applied
     * only where the amounts are in yuan (a monthly rate does not limit a total).
     */
    Funding settled() {
        Optional<BigDecimal> limit = "yuan".equals(unit) ? cap.or(() -> max) : Optional.empty();
        Optional<BigDecimal> paid = amount.map(a -> limit.filter(l -> a.compareTo(l) > 0).orElse(a));
        Optional<BigDecimal> asked = requested.or(() -> amount);
        Optional<BigDecimal> most = paid.or(() -> limit);
        Optional<BigDecimal> cut = asked.flatMap(a -> most.filter(m -> a.compareTo(m) > 0).map(a::subtract));
        List<Tranche> payments = tranches;
        if (state.isPresent() && paid.isPresent() && tranches.isEmpty()) {
            payments = List.of(new Tranche(1, paid.get(), "", "", state.get()));
        }
        return new Funding(paid, cap, min, max, unit, payments, unspecified, requested, cut,
                payments.isEmpty() ? state : Optional.empty());
    }

    /** Adds the parts found for several records of a list (each visiting expert's cap): the case's total. */
    Funding plus(Funding other) {
        return new Funding(sum(amount, other.amount), sum(cap, other.cap), sum(min, other.min), sum(max, other.max),
                "yuan".equals(unit) ? other.unit : unit, joined(tranches, other.tranches), unspecified || other.unspecified,
                one("request", requested, other.requested), one("reduction", reduction, other.reduction),
                one("payment state", state, other.state));
    }

    private static Optional<BigDecimal> sum(Optional<BigDecimal> a, Optional<BigDecimal> b) {
        return a.isPresent() && b.isPresent() ? Optional.of(a.get().add(b.get())) : a.or(() -> b);
    }

    private static <T> Optional<T> one(String part, Optional<T> a, Optional<T> b) {
        if (a.isPresent() && b.isPresent()) {
            throw new IllegalStateException("two rules set the funding " + part + ": " + a.get() + " and " + b.get());
        }
        return a.isPresent() ? a : b;
    }

    /** Tranches found by several rules, in order of sequence; two rules giving the same payment is a defect. */
    private static List<Tranche> joined(List<Tranche> a, List<Tranche> b) {
        List<Tranche> all = new java.util.ArrayList<>(a);
        for (Tranche t : b) {
            if (all.stream().anyMatch(x -> x.sequence() == t.sequence())) {
                throw new IllegalStateException("two rules set payment " + t.sequence());
            }
            all.add(t);
        }
        all.sort(java.util.Comparator.comparingInt(Tranche::sequence));
        return all;
    }
}
