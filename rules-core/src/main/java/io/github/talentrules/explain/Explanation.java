package io.github.talentrules.explain;

import io.github.talentrules.Clause;
import io.github.talentrules.Decision;
import io.github.talentrules.Finding;
import io.github.talentrules.Funding;
import io.github.talentrules.Language;
import io.github.talentrules.Note;
import io.github.talentrules.Operand;
import io.github.talentrules.Tranche;
import io.github.talentrules.Truth;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Renders a decision in words (Chinese or English) and as JSON. */
public final class Explanation {
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

    private Explanation() {
    }

    public static String text(Decision d, Glossary g, Language lang) {
        StringBuilder out = new StringBuilder();
        boolean zh = lang == Language.ZH;
        out.append(d.programme().name(lang)).append(" (").append(d.programme().id()).append(")\n");
        out.append(zh ? "依据：" : "Document: ").append(d.document().id()).append(zh ? "《" : " ").append(d.document().title())
                .append(zh ? "》\n" : "\n");
        out.append(zh ? "案例：" : "Case: ").append(d.source()).append(zh ? "　基准日：" : ", judged on ").append(d.asOf()).append('\n');
        out.append(zh ? "结论：" : "Outcome: ").append(d.outcome().label(lang)).append(" (").append(d.outcome()).append(")\n");
        d.funding().ifPresent(f -> {
            out.append(zh ? "资助：" : "Funding: ").append(funding(f, lang));
            List<String> asked = asked(f, lang);
            if (!asked.isEmpty()) {
                out.append(zh ? "（" : " (").append(String.join(zh ? "，" : ", ", asked)).append(zh ? "）" : ")");
            }
            out.append('\n');
            for (Tranche t : f.tranches()) {
                out.append(zh ? "  第" + t.sequence() + "期 " : "  payment " + t.sequence() + ": ").append(money(t.amount(), lang));
                if (!t.when(lang).isEmpty()) {
                    out.append(zh ? "，" : ", ").append(t.when(lang));
                }
                out.append(" [").append(t.state().label(lang)).append("]\n");
            }
        });
        out.append(zh ? "逐条说明：\n" : "Findings:\n");
        for (Finding f : d.findings()) {
            out.append("  [").append(f.status().label(lang)).append("] ").append(g.ruleTitle(f.rule(), lang));
            d.recordOf(f, lang).ifPresent(r -> out.append(zh ? "【" + r + (d.isExcluded(f) ? "，不计入" : "") + "】"
                    : " [" + r + (d.isExcluded(f) ? ", left out" : "") + "]"));
            out.append(" — ").append(article(f.article(), lang));
            String m = message(f, g, lang);
            if (!m.isEmpty()) {
                out.append(zh ? "：" : ": ").append(m);
            }
            if (d.isOverridden(f)) {
                out.append(zh ? "（已被放宽或例外条款覆盖）" : " (overridden by a relaxation or exception)");
            }
            out.append('\n');
        }
        if (!d.missing().isEmpty()) {
            out.append(zh ? "待补充：" : "Still needed: ").append(String.join(", ", d.missing())).append('\n');
        }
        return out.toString();
    }

    public static String summary(Decision d, Glossary g, Language lang) {
        boolean zh = lang == Language.ZH;
        List<String> why = switch (d.outcome()) {
            case INELIGIBLE -> d.failedArticles();
            case NEEDS_REVIEW -> d.reviewArticles();
            case ELIGIBLE -> List.of();
        };
        StringBuilder s = new StringBuilder(64).append(d.outcome().label(lang));
        for (int i = 0; i < why.size(); i++) {
            s.append(i > 0 ? (zh ? "、" : ", ") : (zh ? "（" : " (")).append(article(why.get(i), lang));
        }
        if (!why.isEmpty()) {
            s.append(zh ? "）" : ")");
        }
        if (!d.missing().isEmpty()) {
            s.append(zh ? "；待补充 " : "; still needed: ").append(String.join(zh ? "、" : ", ", d.missing()));
        }
        if (d.funding().isPresent()) {
            s.append(zh ? "；" : "; ").append(paid(d.funding().get(), lang));
        }
        for (Note n : headlineNotes(d)) {
            s.append(zh ? "；" : "; ").append(n.text(lang));
        }
        List<String> left = d.excludedRecords();
        for (int i = 0; i < left.size(); i++) {
            s.append(i > 0 ? (zh ? "、" : ", ") : (zh ? "；不符合条件、不计入资助：" : "; left out, not qualifying: "))
                    .append(d.recordLabel(left.get(i), lang));
        }
        return s.toString();
    }

    /**
     * What will be paid, in a few words: what was asked and cut, then the payments by how far they have
     * got (已拨付…，停止拨付…) where the text pays in tranches, else the funding.
     */
    private static String paid(Funding f, Language lang) {
        boolean zh = lang == Language.ZH;
        List<String> parts = new java.util.ArrayList<>(asked(f, lang));
        if (f.tranches().isEmpty()) {
            parts.add((zh ? "资助 " : "funding ") + funding(f, lang));
        } else {
            for (Tranche.State state : List.of(Tranche.State.PAID, Tranche.State.DUE, Tranche.State.PENDING,
                    Tranche.State.STOPPED, Tranche.State.RECLAIMED)) {
                if (f.tranches().stream().anyMatch(t -> t.state() == state)) {
                    parts.add(state.label(lang) + " " + money(f.total(state), lang));
                }
            }
        }
        return String.join(zh ? "，" : ", ", parts);
    }

    /**
     * What the case asked for, where it says more than the amount does (a request before approval, or one
     * the text's limits cut), and what they cut from it (申请…，核减…).
     */
    private static List<String> asked(Funding f, Language lang) {
        boolean zh = lang == Language.ZH;
        List<String> out = new java.util.ArrayList<>();
        f.requested().filter(r -> f.amount().isEmpty() || f.reduction().isPresent())
                .ifPresent(r -> out.add((zh ? "申请 " : "asked ") + money(r, lang)));
        f.reduction().ifPresent(r -> out.add((zh ? "核减 " : "cut by ") + money(r, lang)));
        return out;
    }

    /** The consequences the text states that the summary names (有关优惠政策终止), each once. */
    private static List<Note> headlineNotes(Decision d) {
        List<Note> out = List.of();
        for (Finding f : d.findings()) {
            if (f.note().isPresent() && f.note().get().inHeadline() && !d.isOverridden(f)) {
                if (out.isEmpty()) {
                    out = new java.util.ArrayList<>(2);
                }
                if (!out.contains(f.note().get())) {
                    out.add(f.note().get());
                }
            }
        }
        return out;
    }

    /** The decision as one JSON object, every value typed ({@link DecisionJson}). */
    public static String json(Decision d, Glossary g, Language lang) {
        return DecisionJson.write(d, g, lang);
    }

    public static String message(Finding f, Glossary g, Language lang) {
        boolean zh = lang == Language.ZH;
        StringBuilder out = new StringBuilder(96);
        for (Clause c : f.clauses()) {
            if (out.length() > 0) {
                out.append(zh ? "；" : "; ");
            }
            clause(out, c, g, lang);
        }
        String note = f.note().isPresent() ? f.note().get().text(lang) : "";
        if (f.relaxes().isPresent()) {
            note = (zh ? "放宽或例外：" : "relaxes or excepts: ") + f.relaxes().get()
                    + (note.isEmpty() ? "" : (zh ? "，" : ", ") + note);
        }
        if (note.isEmpty()) {
            return out.toString();
        }
        if (out.length() == 0) {
            return note;
        }
        return out.append(zh ? "（" : " (").append(note).append(zh ? "）" : ")").toString();
    }

    /**
     * Values a helper adds after a comparison, shown as "，超出 1元": the excess, the most allowed, what an
     * approval leaves, the shortfall of a target, the categories a list does not name.
     */
    private static final java.util.Set<String> SHOWN_AFTER = java.util.Set.of("excess", "allowed", "remaining", "most", "shortfall", "unlisted");

    /** A value shown after the comparison, never the first reference (which is what the subject is compared with). */
    private static boolean shownAfter(Clause c, int i) {
        return i > 0 && SHOWN_AFTER.contains(c.references().get(i).name());
    }

    private static void clause(StringBuilder out, Clause c, Glossary g, Language lang) {
        int after = 0;
        for (int i = 1; i < c.references().size(); i++) {
            after += shownAfter(c, i) ? 1 : 0;
        }
        if (after == 0) {
            comparison(out, c, c.references(), g, lang);
            return;
        }
        List<Operand> compared = new java.util.ArrayList<>(c.references().size());
        for (int i = 0; i < c.references().size(); i++) {
            if (!shownAfter(c, i)) {
                compared.add(c.references().get(i));
            }
        }
        comparison(out, c, compared, g, lang);
        for (int i = 1; i < c.references().size(); i++) {
            if (shownAfter(c, i)) {
                Operand r = c.references().get(i);
                out.append(lang == Language.ZH ? "，" : ", ").append(g.label(r, lang)).append(' ')
                        .append(r.name().equals("excess") || r.name().equals("shortfall") ? valueAs(r, g.unit(c.subject()), lang) : valueAs(r, "yuan", lang));
            }
        }
    }

    /** A value in the unit given (money where it is yuan): the excess of a count is a count, of an amount money. */
    private static String valueAs(Operand o, String unit, Language lang) {
        if (o.value() instanceof BigDecimal b) {
            return unit.startsWith("yuan") ? money(b, lang) : b.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(o.value());
    }

    /** The subject against {@code refs} (the clause's references less those shown after it). */
    private static void comparison(StringBuilder out, Clause c, List<Operand> refs, Glossary g, Language lang) {
        boolean zh = lang == Language.ZH;
        String subject = g.label(c.subject(), lang);
        if (c.subject().isAbsent()) {
            out.append(subject).append(zh ? "：未提供" : ": not given");
            return;
        }
        for (Operand r : refs) {
            if (r.isAbsent() && c.result() == Truth.UNKNOWN) {
                out.append(g.label(r, lang)).append(zh ? "：未提供" : ": not given");
                return;
            }
        }
        String value = value(c.subject(), g, lang);
        switch (c.test()) {
            case IS_TRUE, IS_FALSE -> {
                out.append(subject).append(zh ? "：" : ": ").append(Boolean.TRUE.equals(c.subject().value()) ? (zh ? "是" : "yes") : (zh ? "否" : "no"));
                if (c.result() != Truth.TRUE) {
                    out.append(zh ? "（要求" + (c.test() == Clause.Test.IS_TRUE ? "是" : "否") + "）"
                            : " (required: " + (c.test() == Clause.Test.IS_TRUE ? "yes" : "no") + ")");
                }
            }
            case BETWEEN, IN_PERIOD -> out.append(subject).append(' ').append(value).append(' ')
                    .append(c.result() == Truth.FALSE ? "∉" : "∈").append(" [").append(value(refs.get(0), g, lang)).append(", ")
                    .append(refs.size() > 1 ? value(refs.get(1), g, lang) : "…").append(']');
            case AT_MOST_TIMES -> out.append(subject).append(' ').append(value).append(' ').append(c.result() == Truth.TRUE ? "≤" : ">")
                    .append(' ').append(value(refs.get(0), g, lang)).append(" × ").append(g.label(refs.get(1), lang)).append(' ')
                    .append(value(refs.get(1), g, lang));
            case EQUALS -> {
                out.append(subject).append(' ').append(value);
                if (!refs.isEmpty()) {
                    out.append(c.result() == Truth.TRUE ? " = " : " ≠ ").append(value(refs.get(0), g, lang));
                }
            }
            default -> {
                out.append(subject).append(' ').append(value).append(' ')
                        .append(c.result() == Truth.TRUE ? c.test().symbol() : negate(c.test())).append(' ');
                for (int i = 0; i < refs.size(); i++) {
                    Operand r = refs.get(i);
                    if (i > 0) {
                        out.append(zh ? "，" : ", ");
                    }
                    if (r.source() == Operand.Source.PARAMETER || r.source() == Operand.Source.CONSTANT && !SHOWN_AFTER.contains(r.name())) {
                        out.append(value(r, g, lang));
                    } else {
                        out.append(g.label(r, lang)).append(' ').append(valueAs(r, r.source() == Operand.Source.CONSTANT ? "yuan" : g.unit(r), lang));
                    }
                }
            }
        }
    }

    private static String negate(Clause.Test t) {
        return switch (t) {
            case AT_MOST -> ">";
            case AT_LEAST -> "<";
            case LESS_THAN -> "≥";
            case MORE_THAN -> "≤";
            case ONE_OF -> "∉";
            case ALL_IN -> "⊄";
            default -> "≠";
        };
    }

    private static String value(Operand o, Glossary g, Language lang) {
        Object v = o.value();
        if (v instanceof BigDecimal b && g.unit(o).startsWith("yuan")) {
            return money(b, lang);
        }
        if (v instanceof BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        if (v instanceof java.util.List<?> list && !list.isEmpty() && list.get(0) instanceof java.util.Map) {
            return list.stream().map(Explanation::row).collect(Collectors.joining("; ", "[", "]"));
        }
        return String.valueOf(v);
    }

    /** One row of a parameter table: a tier "30–90: 30000", a payment share "0.6", else its values. */
    private static String row(Object o) {
        java.util.Map<?, ?> m = (java.util.Map<?, ?>) o;
        if (m.containsKey("share")) {
            return plain(m.get("share"));
        }
        if (m.containsKey("from") && m.containsKey("to") && m.containsKey("amount")) {
            return plain(m.get("from")) + "–" + plain(m.get("to")) + ": " + plain(m.get("amount"));
        }
        return m.values().stream().map(Explanation::plain).collect(Collectors.joining("/"));
    }

    private static String plain(Object o) {
        return o instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : String.valueOf(o);
    }

    static String funding(Funding f, Language lang) {
        boolean zh = lang == Language.ZH;
        String per = switch (f.unit()) {
            case "yuan/year" -> zh ? "/年" : " a year";
            case "yuan/month" -> zh ? "/月" : " a month";
            case "yuan/person" -> zh ? "/人" : " per person";
            default -> "";
        };
        if (f.amount().isPresent()) {
            return money(f.amount().get(), lang) + per;
        }
        if (f.min().isPresent()) {
            return money(f.min().get(), lang) + " – " + money(f.max().get(), lang) + per;
        }
        if (f.cap().isPresent()) {
            return (zh ? "最高 " : "at most ") + money(f.cap().get(), lang) + per;
        }
        return zh ? "金额未规定" : "amount unspecified";
    }

    public static String money(BigDecimal yuan, Language lang) {
        if (lang == Language.ZH) {
            String s = yuan.stripTrailingZeros().toPlainString() + "元";
            if (yuan.abs().compareTo(WAN) >= 0) {
                s += "（" + yuan.divide(WAN).stripTrailingZeros().toPlainString() + "万元）";
            }
            return s;
        }
        // DecimalFormat is costly to make and not thread-safe: made here, only where it is used.
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(yuan) + " yuan";
    }

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final java.util.regex.Pattern CITATION =
            java.util.regex.Pattern.compile("第([〇一二三四五六七八九十百零]+)条(?:第?（([〇一二三四五六七八九十]+)）项?)?(.*)");

    /** 第九条第（二）项 as "art. 9(2)" in English; unchanged in Chinese. */
    public static String article(String citation, Language lang) {
        if (lang == Language.ZH) {
            return citation;
        }
        java.util.regex.Matcher m = CITATION.matcher(citation);
        if (!m.matches()) {
            return citation;
        }
        String s = "art. " + number(m.group(1));
        if (m.group(2) != null) {
            s += "(" + number(m.group(2)) + ")";
        }
        return m.group(3).isEmpty() ? s : s + " " + m.group(3);
    }

    static int number(String zh) {
        int total = 0;
        int digit = 0;
        for (char ch : zh.toCharArray()) {
            if (ch == '十') {
                total += (digit == 0 ? 1 : digit) * 10;
                digit = 0;
            } else if (ch == '百') {
                total += (digit == 0 ? 1 : digit) * 100;
                digit = 0;
            } else if (ch == '零') {
                digit = 0;
            } else {
                digit = DIGITS.indexOf(ch);
            }
        }
        return total + digit;
    }
}
