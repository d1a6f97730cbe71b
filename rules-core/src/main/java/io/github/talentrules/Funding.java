package io.github.talentrules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What the text gives: an exact amount, a cap, a range, and the payments, in yuan. A part the text
 * does not state is empty; when the text states no amount at all, {@link #unspecified()} is true.
 *
 * @param amount the exact amount, where the text fixes one
 * @param cap the most that may be given (最高…), where the text states one
 * @param min the low end of a range (…-…万元), with {@code max}
 * @param max the high end of a range
 * @param unit what the amounts are per: {@code yuan} (the award), {@code yuan/year}, {@code yuan/month}, {@code yuan/person}
 * @param tranches the payments, in order
 * @param unspecified true where the text gives no amount and the case supplied none
 */
public record Funding(Optional<BigDecimal> amount, Optional<BigDecimal> cap, Optional<BigDecimal> min,
                      Optional<BigDecimal> max, String unit, List<Tranche> tranches, boolean unspecified) {

    public Funding {
        tranches = List.copyOf(tranches);
        if (min.isPresent() != max.isPresent()) {
            throw new IllegalArgumentException("a range needs both ends");
        }
        if (unit == null || unit.isBlank()) {
            unit = "yuan";
        }
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

    /** Only the payments to be returned, with no award: what an ineligible case still owes. */
    Funding reclaimedOnly() {
        return new Funding(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), unit,
                tranches.stream().filter(t -> t.state() == Tranche.State.RECLAIMED).toList(), false);
    }

    public Funding withTranches(List<Tranche> payments) {
        return new Funding(amount, cap, min, max, unit, payments, unspecified);
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
                (unspecified || other.unspecified) && amount.isEmpty() && other.amount.isEmpty());
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
