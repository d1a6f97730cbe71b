package io.github.talentrules.analysis;

import io.github.talentrules.Case;
import io.github.talentrules.Decision;
import io.github.talentrules.Finding;
import io.github.talentrules.InvalidCaseException;
import io.github.talentrules.Language;
import io.github.talentrules.Outcome;
import io.github.talentrules.Status;
import io.github.talentrules.TalentRules;
import io.github.talentrules.explain.Money;
import io.github.talentrules.explain.Text;
import io.github.talentrules.pack.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a reform changes over a population of cases: each case decided under the baseline and under
 * the reform, the rows whose outcome or amount changes first, each with the rules and the values
 * behind its change, and per programme how many cases move from each outcome to each other and how
 * much funding moves, gross and net.
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
 * row shows them (its amount before and after), a total, a gain or a loss does not count them.
 * Immutable and thread-safe.
 */
public final class Impact {

    /**
     * One rule whose finding differs between the baseline and the reform: its status, or the values
     * it compared (a tier's amount, a limit).
     *
     * @param rule the rule's name
     * @param title the rule as a reader names it: its name in Chinese, its number and English title in English
     * @param before its status under the baseline, empty when it found nothing
     * @param after its status under the reform, empty when it found nothing
     * @param valuesBefore its comparisons in words under the baseline ({@code 年龄（周岁） 53 ≤ 55})
     * @param valuesAfter the same under the reform ({@code 年龄（周岁） 53 > 50})
     */
    public record Change(String rule, Text title, Optional<Status> before, Optional<Status> after, Text valuesBefore, Text valuesAfter) {

        /** The status changed, not only the values. */
        public boolean statusChanged() {
            return !before.equals(after);
        }

        /** In words: {@code 9.2 年龄上限：符合 → 不符合（年龄（周岁） 53 ≤ 55 → 53 > 50）}. */
        public String text(Language lang) {
            boolean zh = lang == Language.ZH;
            StringBuilder s = new StringBuilder(title.in(lang)).append(zh ? "：" : ": ");
            if (statusChanged()) {
                s.append(before.map(x -> x.label(lang)).orElse("—")).append(" → ").append(after.map(x -> x.label(lang)).orElse("—"));
            }
            String b = valuesBefore.in(lang);
            String a = valuesAfter.in(lang);
            if (!b.isEmpty() || !a.isEmpty()) {
                String values = (b.isEmpty() ? "—" : b) + " → " + (a.isEmpty() ? "—" : a);
                s.append(statusChanged() ? (zh ? "（" + values + "）" : " (" + values + ")") : values);
            }
            return s.toString();
        }
    }

    /**
     * One case before and after.
     *
     * @param index the case's place in the input, from 0
     * @param source where the case came from
     * @param identity who the case is: the input's own columns that no programme reads (序号, 姓名,
     *        工作单位), by header, in the input's order; empty for a case file
     * @param programme its programme
     * @param before the outcome under the baseline
     * @param amountBefore the amount (or cap) under the baseline, where one is given
     * @param after the outcome under the reform
     * @param amountAfter the amount (or cap) under the reform
     * @param changes the rules behind the change: those whose status changed, or when none did
     *        (only the amount moved), those whose values changed
     */
    public record Row(int index, String source, Map<String, String> identity, String programme, Outcome before,
                      Optional<BigDecimal> amountBefore, Outcome after, Optional<BigDecimal> amountAfter, List<Change> changes) {
        public Row {
            identity = Collections.unmodifiableMap(new LinkedHashMap<>(identity));
            changes = List.copyOf(changes);
        }

        /** The outcome changed. */
        public boolean outcomeChanged() {
            return before != after;
        }

        /** The outcome or the amount changed. */
        public boolean changed() {
            return outcomeChanged() || !same(amountBefore, amountAfter);
        }

        /** The change in the amount: after minus before, an absent amount (nothing awarded) counted as 0. */
        public BigDecimal difference() {
            return amountAfter.orElse(BigDecimal.ZERO).subtract(amountBefore.orElse(BigDecimal.ZERO));
        }

        /** The change in funding counted as committed: the amount of an ELIGIBLE case, after minus before. */
        public BigDecimal fundedDifference() {
            return funded(after, amountAfter).subtract(funded(before, amountBefore));
        }

        /** Why it changed, in words, one rule after another. */
        public String reason(Language lang) {
            return String.join(lang == Language.ZH ? "；" : "; ", changes.stream().map(c -> c.text(lang)).toList());
        }

        /** Who the case is, in a few words: its identity cells joined, else its source. */
        public String who() {
            return identity.values().stream().filter(v -> !v.isBlank()).reduce((a, b) -> a + " " + b).orElse(source);
        }
    }

    /**
     * One programme's totals.
     *
     * @param programme the programme id
     * @param name its name
     * @param cases how many cases it has
     * @param changed how many changed outcome or amount
     * @param transitions how many moved from one outcome to another
     * @param fundingBefore the funding of the cases ELIGIBLE under the baseline
     * @param fundingAfter the same under the reform
     * @param gains the sum of the funding gained, case by case (ELIGIBLE cases)
     * @param losses the sum of the funding lost, case by case, as a negative number
     * @param reviewBefore the funding of the cases that NEED_REVIEW under the baseline
     * @param reviewAfter the same under the reform
     * @param reasons how many changed cases each rule's change is behind, by rule name
     */
    public record Summary(String programme, Text name, int cases, int changed, Map<Move, Integer> transitions,
                          BigDecimal fundingBefore, BigDecimal fundingAfter, BigDecimal gains, BigDecimal losses,
                          BigDecimal reviewBefore, BigDecimal reviewAfter, Map<String, Integer> reasons) {
        public Summary {
            transitions = Collections.unmodifiableMap(new LinkedHashMap<>(transitions));
            reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
        }

        /** Net: funding after minus before. */
        public BigDecimal difference() {
            return fundingAfter.subtract(fundingBefore);
        }
    }

    /** A move from one outcome to another. */
    public record Move(Outcome from, Outcome to) implements Comparable<Move> {
        public String text(Language lang) {
            return from.label(lang) + " → " + to.label(lang);
        }

        @Override
        public int compareTo(Move o) {
            return from != o.from ? from.compareTo(o.from) : to.compareTo(o.to);
        }
    }

    private final List<Row> rows;
    private final List<Summary> summaries;
    /** The rules behind the changes, as a reader names them in each language, by name. */
    private final Map<String, Text> titles = new LinkedHashMap<>();

    /** What a case adds to the totals before and after ({@link Money#counted}), by the row's index. */
    private record Counted(Optional<BigDecimal> before, Optional<BigDecimal> after) {
        BigDecimal of(Row r, boolean before, Outcome outcome) {
            Outcome o = before ? r.before() : r.after();
            return o == outcome ? (before ? this.before : after).orElse(BigDecimal.ZERO) : BigDecimal.ZERO;
        }
    }

    private Impact(List<Row> rows, Map<String, Text> names, List<Counted> counted) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((Row r) -> !r.changed()).thenComparing(r -> !r.outcomeChanged()).thenComparingInt(Row::index));
        this.rows = List.copyOf(sorted);
        rows.forEach(r -> r.changes().forEach(c -> titles.putIfAbsent(c.rule(), c.title())));
        Map<String, List<Row>> byProgramme = new TreeMap<>();
        rows.forEach(r -> byProgramme.computeIfAbsent(r.programme(), k -> new ArrayList<>()).add(r));
        List<Summary> s = new ArrayList<>();
        byProgramme.forEach((p, rs) -> {
            Map<Move, Integer> moves = new TreeMap<>();
            Map<String, Integer> reasons = new TreeMap<>(Rule.ORDER);
            BigDecimal gains = BigDecimal.ZERO;
            BigDecimal losses = BigDecimal.ZERO;
            for (Row r : rs) {
                if (r.outcomeChanged()) {
                    moves.merge(new Move(r.before(), r.after()), 1, Integer::sum);
                }
                if (r.changed()) {
                    r.changes().stream().map(Change::rule).distinct().forEach(rule -> reasons.merge(rule, 1, Integer::sum));
                }
                Counted c = counted.get(r.index());
                BigDecimal d = c.of(r, false, Outcome.ELIGIBLE).subtract(c.of(r, true, Outcome.ELIGIBLE));
                if (d.signum() > 0) {
                    gains = gains.add(d);
                } else {
                    losses = losses.add(d);
                }
            }
            s.add(new Summary(p, names.getOrDefault(p, Text.same(p)), rs.size(), (int) rs.stream().filter(Row::changed).count(), moves,
                    sum(rs, counted, true, Outcome.ELIGIBLE), sum(rs, counted, false, Outcome.ELIGIBLE), gains, losses,
                    sum(rs, counted, true, Outcome.NEEDS_REVIEW), sum(rs, counted, false, Outcome.NEEDS_REVIEW), reasons));
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
        return of(before, after, Collections.nCopies(before.size(), Map.of()));
    }

    /**
     * The same, each case with who it is ({@link Row#identity}): one map per case, in the same order.
     *
     * @throws IllegalArgumentException when the three lists differ in length
     */
    public static Impact of(List<Decision> before, List<Decision> after, List<Map<String, String>> identity) {
        if (before.size() != after.size() || before.size() != identity.size()) {
            throw new IllegalArgumentException(before.size() + " decisions before, " + after.size() + " after, "
                    + identity.size() + " identities");
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Text> names = new LinkedHashMap<>();
        List<Counted> counted = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            Decision b = before.get(i);
            Decision a = after.get(i);
            counted.add(new Counted(Money.counted(b), Money.counted(a)));
            names.putIfAbsent(b.programme().id(), Text.of(b.programme().name(Language.ZH), b.programme().name(Language.EN)));
            Row row = new Row(i, b.source(), identity.get(i), b.programme().id(), b.outcome(), amount(b), a.outcome(), amount(a), List.of());
            rows.add(row.changed() ? new Row(i, b.source(), identity.get(i), b.programme().id(), b.outcome(), amount(b),
                    a.outcome(), amount(a), changes(b, a)) : row);
        }
        return new Impact(rows, names, counted);
    }

    /** Every case, those whose outcome changed first, then those whose amount changed, then the rest, each in input order. */
    public List<Row> rows() {
        return rows;
    }

    /** The totals per programme, by programme id. */
    public List<Summary> byProgramme() {
        return summaries;
    }

    /**
     * A rule behind a change as a reader names it in {@code lang} ({@link Summary#reasons} are by name):
     * its name in Chinese, its number and English title in English.
     */
    public String ruleTitle(String rule, Language lang) {
        Text t = titles.get(rule);
        return t == null ? rule : t.in(lang);
    }

    /** How many cases changed outcome or amount. */
    public long changed() {
        return rows.stream().filter(Row::changed).count();
    }

    /** The headers of the identity columns over every row, in the order first met. */
    public List<String> identityHeaders() {
        Set<String> h = new LinkedHashSet<>();
        rows.stream().sorted(Comparator.comparingInt(Row::index)).forEach(r -> h.addAll(r.identity().keySet()));
        return List.copyOf(h);
    }

    private static Optional<BigDecimal> amount(Decision d) {
        return d.funding().flatMap(f -> f.payable().or(f::cap));
    }

    /**
     * The rules whose status changed; when none did (only the amount moved), those whose funding
     * changed; when none did either, those whose values changed.
     */
    private static List<Change> changes(Decision before, Decision after) {
        Map<String, Finding> b = new LinkedHashMap<>();
        before.findings().forEach(f -> b.putIfAbsent(f.rule(), f));
        Map<String, Finding> a = new LinkedHashMap<>();
        after.findings().forEach(f -> a.putIfAbsent(f.rule(), f));
        Set<String> names = new TreeSet<>(Rule.ORDER);
        names.addAll(b.keySet());
        names.addAll(a.keySet());
        List<Change> status = new ArrayList<>();
        List<Change> funding = new ArrayList<>();
        List<Change> values = new ArrayList<>();
        for (String n : names) {
            Finding x = b.get(n);
            Finding y = a.get(n);
            Text vx = words(before, x);
            Text vy = words(after, y);
            Text title = Text.of(before.ruleTitle(n, Language.ZH), before.ruleTitle(n, Language.EN));
            Change c = new Change(n, title, Optional.ofNullable(x).map(Finding::status), Optional.ofNullable(y).map(Finding::status), vx, vy);
            if (c.statusChanged()) {
                status.add(c);
            } else if (!x.funding().equals(y.funding())) {
                funding.add(c);
            } else if (!vx.equals(vy)) {
                values.add(c);
            }
        }
        return !status.isEmpty() ? status : !funding.isEmpty() ? funding : values;
    }

    /** A finding's comparisons in words, and the amount it found if any: {@code 培养时间（天） 200 ∈ [181, 360]，资助 100000元（10万元）}. */
    private static Text words(Decision d, Finding f) {
        if (f == null) {
            return Text.same("");
        }
        Optional<BigDecimal> amount = f.funding().flatMap(x -> x.amount().or(x::cap));
        return Text.of(d.explain(f, Language.ZH) + amount.map(x -> "，资助 " + money(x, Language.ZH)).orElse(""),
                d.explain(f, Language.EN) + amount.map(x -> ", funding " + money(x, Language.EN)).orElse(""));
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
            total = total.add(counted.get(r.index()).of(r, before, outcome));
        }
        return total;
    }

    /**
     * The summary for a reader: per programme, the cases that changed, the moves between outcomes,
     * the rules behind them, the money net and gross, and the cases awaiting review with their
     * difference.
     */
    public String summary(Language lang) {
        boolean zh = lang == Language.ZH;
        StringBuilder s = new StringBuilder();
        for (Summary p : summaries) {
            s.append(p.name().in(lang)).append(zh ? "（" : " (").append(p.programme()).append(zh ? "）：" : "): ").append(p.cases())
                    .append(zh ? " 个案例，" : p.cases() == 1 ? " case, " : " cases, ").append(p.changed())
                    .append(zh ? " 个结论或金额改变\n" : p.changed() == 1 ? " changes outcome or amount\n" : " change outcome or amount\n");
            if (p.transitions().isEmpty()) {
                s.append(zh ? "  结论均未改变\n" : "  no outcome changes\n");
            }
            p.transitions().forEach((move, n) -> s.append("  ").append(move.text(lang)).append(zh ? "：" : ": ").append(n).append('\n'));
            if (!p.reasons().isEmpty()) {
                s.append(zh ? "  改变的原因（条款：案例数）：" : "  behind the changes (rule: cases): ");
                List<String> parts = new ArrayList<>();
                p.reasons().forEach((rule, n) -> parts.add(ruleTitle(rule, lang) + (zh ? "：" : ": ") + n));
                s.append(String.join(zh ? "；" : "; ", parts)).append('\n');
            }
            s.append(zh ? "  资助（符合条件者）：改前 " : "  funding (eligible): before ").append(money(p.fundingBefore(), lang))
                    .append(zh ? "，改后 " : ", after ").append(money(p.fundingAfter(), lang))
                    .append(zh ? "，净差额 " : ", net difference ").append(signed(p.difference(), lang)).append('\n')
                    .append(zh ? "    其中增加 " : "    of which gains ").append(signed(p.gains(), lang))
                    .append(zh ? "，减少 " : ", losses ").append(money(p.losses().negate(), lang)).append('\n');
            if (p.reviewBefore().signum() != 0 || p.reviewAfter().signum() != 0) {
                s.append(zh ? "  待审核者的资助：改前 " : "  funding awaiting review: before ").append(money(p.reviewBefore(), lang))
                        .append(zh ? "，改后 " : ", after ").append(money(p.reviewAfter(), lang)).append('\n');
            }
            List<Row> review = rows.stream().filter(r -> r.programme().equals(p.programme()) && r.changed()
                    && (r.before() == Outcome.NEEDS_REVIEW || r.after() == Outcome.NEEDS_REVIEW)).toList();
            if (!review.isEmpty()) {
                s.append(zh ? "  涉及待审核的案例：\n" : "  cases awaiting review:\n");
                review.forEach(r -> s.append("    ").append(line(r, lang)).append('\n'));
            }
        }
        if (summaries.isEmpty()) {
            s.append(zh ? "没有案例\n" : "no cases\n");
        }
        return s.toString();
    }

    /** The rows that changed, one line each and a line per rule behind the change, for a reader. */
    public String changes(Language lang) {
        StringBuilder s = new StringBuilder();
        for (Row r : rows) {
            if (!r.changed()) {
                break;
            }
            s.append(line(r, lang)).append('\n');
            r.changes().forEach(c -> s.append("    ").append(c.text(lang)).append('\n'));
        }
        return s.toString();
    }

    /** A case in one line: where and who, outcome and amount before and after, the difference. */
    private static String line(Row r, Language lang) {
        boolean zh = lang == Language.ZH;
        return r.source() + (r.identity().isEmpty() ? "" : " " + r.who()) + (zh ? "：" : ": ")
                + r.before().label(lang) + ' ' + r.amountBefore().map(x -> money(x, lang)).orElse("—")
                + " → " + r.after().label(lang) + ' ' + r.amountAfter().map(x -> money(x, lang)).orElse("—")
                + (zh ? "，差额 " : ", difference ") + signed(r.difference(), lang);
    }

    private static String money(BigDecimal yuan, Language lang) {
        return Money.text(yuan, lang);
    }

    /** Money with its sign: {@code +20000元（2万元）}. */
    public static String signed(BigDecimal yuan, Language lang) {
        return (yuan.signum() > 0 ? "+" : "") + money(yuan, lang);
    }

    /**
     * The columns of the impact tables (CSV, XLSX) after the identity columns, in {@code lang}: where
     * the case came from, its programme, what changed, the outcome and amount before and after, the
     * difference in the amount and the rules and values behind it.
     */
    public static List<String> columns(Language lang) {
        return lang == Language.ZH
                ? List.of("来源", "项目", "改变", "改前结论", "改前金额（元）", "改后结论", "改后金额（元）", "差额（元）", "改变的条款与数值（改前 → 改后）")
                : List.of("source", "programme", "changed", "outcome before", "amount before (yuan)", "outcome after",
                        "amount after (yuan)", "difference (yuan)", "rules and values behind the change (before → after)");
    }

    /** What changed, in words: the outcome, the amount alone, or nothing. */
    public static String changedWord(Row r, Language lang) {
        boolean zh = lang == Language.ZH;
        return r.outcomeChanged() ? (zh ? "结论" : "outcome") : r.changed() ? (zh ? "金额" : "amount") : "";
    }

    /**
     * Writes one CSV row per case, the rows that change first: a UTF-8 byte-order mark (written as
     * U+FEFF, so that Excel reads the Chinese right when the writer encodes UTF-8), the identity
     * columns, then {@link #columns}. Outcomes are in words; text cells that a spreadsheet would read
     * as a formula are prefixed with {@code '}.
     */
    public void writeCsv(Writer out, Language lang) {
        writeCsv(Map.of("", this), out, lang);
    }

    /**
     * The same for several comparisons (a reform against the law, two reforms against each other),
     * one after another; with more than one, a first column names the comparison of each row.
     */
    public static void writeCsv(Map<String, Impact> comparisons, Writer out, Language lang) {
        boolean named = comparisons.size() > 1;
        Set<String> ids = new LinkedHashSet<>();
        comparisons.values().forEach(i -> ids.addAll(i.identityHeaders()));
        List<String> identity = List.copyOf(ids);
        try {
            out.write('\uFEFF');
            List<String> header = new ArrayList<>();
            if (named) {
                header.add(lang == Language.ZH ? "对比" : "comparison");
            }
            header.addAll(identity);
            header.addAll(columns(lang));
            out.write(String.join(",", header.stream().map(Impact::text).map(Impact::csv).toList()) + "\r\n");
            for (var c : comparisons.entrySet()) {
                for (Row r : c.getValue().rows) {
                    List<String> cells = new ArrayList<>();
                    if (named) {
                        cells.add(text(c.getKey()));
                    }
                    identity.forEach(h -> cells.add(text(r.identity().getOrDefault(h, ""))));
                    cells.addAll(List.of(text(r.source()), r.programme(), changedWord(r, lang),
                            r.before().label(lang), r.amountBefore().map(BigDecimal::toPlainString).orElse(""),
                            r.after().label(lang), r.amountAfter().map(BigDecimal::toPlainString).orElse(""),
                            r.difference().toPlainString(), text(r.reason(lang))));
                    out.write(String.join(",", cells.stream().map(Impact::csv).toList()) + "\r\n");
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text cell made harmless as a formula (CWE-1236): one that begins with = + - @, a tab, CR or NUL gets a leading '. */
    private static String text(String cell) {
        return !cell.isEmpty() && "=+-@\t\r\0".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static String csv(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
