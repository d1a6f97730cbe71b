package io.github.talentrules.analysis;

import io.github.talentrules.Case;
import io.github.talentrules.Decision;
import io.github.talentrules.InvalidCaseException;
import io.github.talentrules.Language;
import io.github.talentrules.Outcome;
import io.github.talentrules.Status;
import io.github.talentrules.TalentRules;
import io.github.talentrules.explain.Money;
import io.github.talentrules.pack.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a reform changes over a population of cases: each case decided under the baseline and under
 * the reform, the rows whose outcome or amount changes first, and per programme how many cases move
 * from each outcome to each other and how much funding moves.
 *
 * <pre>{@code
 * TalentRules baseline = TalentRules.fromClasspath();
 * TalentRules reformed = baseline.withReform(Reform.read(Path.of("age-50.yaml")));
 * Impact impact = Impact.compare(baseline, reformed, cases);
 * System.out.print(impact.summary(Language.ZH));
 * }</pre>
 *
 * <p>Funding is the sum of what will be paid in yuan ({@link Money#counted}, as a decided sheet sums it)
 * to the cases decided ELIGIBLE; cases that NEED_REVIEW are summed apart, as funding that may yet be
 * given. A cap is the most that may be given, not what is given, and a rate a month is not a sum: a
 * row shows them (its amount before and after), a total does not count them.
 */
public final class Impact {

    /**
     * One case before and after.
     *
     * @param index the case's place in the input, from 0
     * @param source where the case came from
     * @param programme its programme
     * @param before the outcome under the baseline
     * @param amountBefore the amount (or cap) under the baseline, where one is given
     * @param after the outcome under the reform
     * @param amountAfter the amount (or cap) under the reform
     * @param rulesChanged the rules whose finding changed, as {@code rule: PASS → FAIL}
     */
    public record Row(int index, String source, String programme, Outcome before, Optional<BigDecimal> amountBefore,
                      Outcome after, Optional<BigDecimal> amountAfter, List<String> rulesChanged) {
        public Row {
            rulesChanged = List.copyOf(rulesChanged);
        }

        /** The outcome changed. */
        public boolean outcomeChanged() {
            return before != after;
        }

        /** The outcome or the amount changed. */
        public boolean changed() {
            return outcomeChanged() || !same(amountBefore, amountAfter);
        }

        /** Funding counted after minus before (ELIGIBLE cases only). */
        public BigDecimal difference() {
            return funded(after, amountAfter).subtract(funded(before, amountBefore));
        }
    }

    /**
     * One programme's totals.
     *
     * @param programme the programme id
     * @param cases how many cases it has
     * @param changed how many changed outcome or amount
     * @param transitions how many moved from one outcome to another, by {@code "ELIGIBLE → INELIGIBLE"}
     * @param fundingBefore the funding of the cases ELIGIBLE under the baseline
     * @param fundingAfter the same under the reform
     * @param reviewBefore the funding of the cases that NEED_REVIEW under the baseline
     * @param reviewAfter the same under the reform
     */
    public record Summary(String programme, int cases, int changed, Map<String, Integer> transitions,
                          BigDecimal fundingBefore, BigDecimal fundingAfter, BigDecimal reviewBefore, BigDecimal reviewAfter) {
        public Summary {
            transitions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(transitions));
        }

        public BigDecimal difference() {
            return fundingAfter.subtract(fundingBefore);
        }
    }

    private final List<Row> rows;
    private final List<Summary> summaries;

    /** What each case adds to the totals before and after ({@link Money#counted}), by the row's index. */
    private record Counted(Optional<BigDecimal> before, Optional<BigDecimal> after) {
    }

    private Impact(List<Row> rows, List<Counted> counted) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((Row r) -> !r.changed()).thenComparing(r -> !r.outcomeChanged()).thenComparingInt(Row::index));
        this.rows = List.copyOf(sorted);
        Map<String, List<Row>> byProgramme = new TreeMap<>();
        rows.forEach(r -> byProgramme.computeIfAbsent(r.programme(), k -> new ArrayList<>()).add(r));
        List<Summary> s = new ArrayList<>();
        byProgramme.forEach((p, rs) -> {
            Map<String, Integer> moves = new TreeMap<>();
            rs.stream().filter(Row::outcomeChanged).forEach(r -> moves.merge(r.before() + " → " + r.after(), 1, Integer::sum));
            s.add(new Summary(p, rs.size(), (int) rs.stream().filter(Row::changed).count(), moves,
                    sum(rs, counted, true, Outcome.ELIGIBLE), sum(rs, counted, false, Outcome.ELIGIBLE),
                    sum(rs, counted, true, Outcome.NEEDS_REVIEW), sum(rs, counted, false, Outcome.NEEDS_REVIEW)));
        });
        this.summaries = List.copyOf(s);
    }

    /**
     * Decides every case under both engines ({@link TalentRules#decideAll}, so that the rules over a
     * batch apply to the population) and compares them.
     *
     * @throws InvalidCaseException on the first case that is invalid
     */
    public static Impact compare(TalentRules baseline, TalentRules reform, List<Case> cases) {
        return of(baseline.decideAll(cases).decisions(), reform.decideAll(cases).decisions());
    }

    /** Compares two lists of decisions of the same cases, in the same order. */
    public static Impact of(List<Decision> before, List<Decision> after) {
        if (before.size() != after.size()) {
            throw new IllegalArgumentException(before.size() + " decisions before, " + after.size() + " after");
        }
        List<Row> rows = new ArrayList<>();
        List<Counted> counted = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            Decision b = before.get(i);
            Decision a = after.get(i);
            rows.add(new Row(i, b.source(), b.programme().id(), b.outcome(), amount(b), a.outcome(), amount(a), rulesChanged(b, a)));
            counted.add(new Counted(Money.counted(b), Money.counted(a)));
        }
        return new Impact(rows, counted);
    }

    /** Every case, those whose outcome changed first, then those whose amount changed, then the rest, each in input order. */
    public List<Row> rows() {
        return rows;
    }

    /** The totals per programme, by programme id. */
    public List<Summary> byProgramme() {
        return summaries;
    }

    /** How many cases changed outcome or amount. */
    public long changed() {
        return rows.stream().filter(Row::changed).count();
    }

    private static Optional<BigDecimal> amount(Decision d) {
        return d.funding().flatMap(f -> f.payable().or(f::cap));
    }

    private static List<String> rulesChanged(Decision before, Decision after) {
        Map<String, Status> b = new LinkedHashMap<>();
        before.findings().forEach(f -> b.put(f.rule(), f.status()));
        Map<String, Status> a = new LinkedHashMap<>();
        after.findings().forEach(f -> a.put(f.rule(), f.status()));
        java.util.Set<String> names = new java.util.TreeSet<>(Rule.ORDER);
        names.addAll(b.keySet());
        names.addAll(a.keySet());
        List<String> out = new ArrayList<>();
        for (String n : names) {
            Status x = b.get(n);
            Status y = a.get(n);
            if (x != y) {
                out.add(n + ": " + (x == null ? "—" : x) + " → " + (y == null ? "—" : y));
            }
        }
        return out;
    }

    private static boolean same(Optional<BigDecimal> a, Optional<BigDecimal> b) {
        return a.isPresent() == b.isPresent() && (a.isEmpty() || a.get().compareTo(b.get()) == 0);
    }

    private static BigDecimal funded(Outcome o, Optional<BigDecimal> amount) {
        return o == Outcome.ELIGIBLE ? amount.orElse(BigDecimal.ZERO) : BigDecimal.ZERO;
    }

    private static BigDecimal sum(List<Row> rows, List<Counted> counted, boolean before, Outcome outcome) {
        BigDecimal total = BigDecimal.ZERO;
        for (Row r : rows) {
            Outcome o = before ? r.before() : r.after();
            Counted c = counted.get(r.index());
            if (o == outcome) {
                total = total.add((before ? c.before() : c.after()).orElse(BigDecimal.ZERO));
            }
        }
        return total;
    }

    /** The summary for a reader: per programme, the cases that changed, the moves between outcomes, the money. */
    public String summary(Language lang) {
        boolean zh = lang == Language.ZH;
        StringBuilder s = new StringBuilder();
        for (Summary p : summaries) {
            s.append(p.programme()).append(": ").append(p.cases()).append(zh ? " 个案例，" : " cases, ")
                    .append(p.changed()).append(zh ? " 个结论或金额改变\n" : " change outcome or amount\n");
            if (p.transitions().isEmpty()) {
                s.append(zh ? "  结论均未改变\n" : "  no outcome changes\n");
            }
            p.transitions().forEach((move, n) -> s.append("  ").append(move).append(": ").append(n).append('\n'));
            s.append(zh ? "  资助（符合条件者）：改前 " : "  funding (eligible): before ").append(money(p.fundingBefore(), lang))
                    .append(zh ? "，改后 " : ", after ").append(money(p.fundingAfter(), lang))
                    .append(zh ? "，差额 " : ", difference ").append(signed(p.difference(), lang)).append('\n');
            if (p.reviewBefore().signum() != 0 || p.reviewAfter().signum() != 0) {
                s.append(zh ? "  待审核者的资助：改前 " : "  funding awaiting review: before ").append(money(p.reviewBefore(), lang))
                        .append(zh ? "，改后 " : ", after ").append(money(p.reviewAfter(), lang)).append('\n');
            }
        }
        if (summaries.isEmpty()) {
            s.append(zh ? "没有案例\n" : "no cases\n");
        }
        return s.toString();
    }

    /** The rows that changed, one line each, for a reader. */
    public String changes(Language lang) {
        StringBuilder s = new StringBuilder();
        for (Row r : rows) {
            if (!r.changed()) {
                break;
            }
            s.append(r.source()).append(": ").append(r.before()).append(' ').append(r.amountBefore().map(x -> money(x, lang)).orElse("—"))
                    .append(" → ").append(r.after()).append(' ').append(r.amountAfter().map(x -> money(x, lang)).orElse("—")).append('\n');
            r.rulesChanged().forEach(c -> s.append("    ").append(c).append('\n'));
        }
        return s.toString();
    }

    private static String money(BigDecimal yuan, Language lang) {
        return Money.text(yuan, lang);
    }

    private static String signed(BigDecimal yuan, Language lang) {
        return (yuan.signum() > 0 ? "+" : "") + money(yuan, lang);
    }

    /** The header of {@link #writeCsv}. */
    public static final List<String> CSV_HEADER = List.of("source", "programme", "changed", "outcome_before", "amount_before",
            "outcome_after", "amount_after", "difference", "rules_changed");

    /**
     * Writes one CSV row per case, the rows that change first, under {@link #CSV_HEADER}. Text cells
     * that a spreadsheet would read as a formula are prefixed with {@code '}.
     */
    public void writeCsv(Writer out) {
        try {
            out.write(String.join(",", CSV_HEADER) + "\r\n");
            for (Row r : rows) {
                List<String> cells = List.of(text(r.source()), r.programme(), r.outcomeChanged() ? "outcome" : r.changed() ? "amount" : "",
                        r.before().name(), r.amountBefore().map(BigDecimal::toPlainString).orElse(""),
                        r.after().name(), r.amountAfter().map(BigDecimal::toPlainString).orElse(""),
                        r.difference().toPlainString(), text(String.join("; ", r.rulesChanged())));
                out.write(String.join(",", cells.stream().map(Impact::csv).toList()) + "\r\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String cell) {
        return !cell.isEmpty() && "=+-@\t\r\0".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static String csv(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
