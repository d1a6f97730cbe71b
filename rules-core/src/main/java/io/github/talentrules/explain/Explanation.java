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
import io.github.talentrules.pack.Vocabulary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders a decision in words, in Chinese or English: the explanation, the one-line summary, each
 * finding's message. The words come from {@link Words}, money from {@link Money}, citations from
 * {@link Citation} and the labels of facts, parameters and rules from the pack's {@link Glossary}.
 */
public final class Explanation {

    private Explanation() {
    }

    public static String text(Decision d, Glossary g, Language lang) {
        StringBuilder out = new StringBuilder(1024);
        out.append(d.programme().name(lang)).append(" (").append(d.programme().id()).append(")\n");
        out.append(Words.DOCUMENT.in(lang)).append(document(d.document(), lang)).append('\n');
        out.append(Words.CASE.in(lang)).append(d.source()).append(Words.JUDGED_ON.in(lang)).append(d.asOf()).append('\n');
        out.append(Words.OUTCOME.in(lang)).append(d.outcome().label(lang)).append(" (").append(d.outcome()).append(")\n");
        d.funding().ifPresent(f -> {
            out.append(Words.FUNDING.in(lang)).append(funding(f, lang));
            List<String> asked = asked(f, lang);
            if (!asked.isEmpty()) {
                out.append(Words.OPEN.in(lang)).append(String.join(Words.COMMA.in(lang), asked)).append(Words.CLOSE.in(lang));
            }
            out.append('\n');
            for (Tranche t : f.tranches()) {
                out.append("  ").append(Words.payment(t.sequence(), lang)).append(Words.PAYMENT_AMOUNT.in(lang))
                        .append(Money.text(t.amount(), lang));
                if (!t.when(lang).isEmpty()) {
                    out.append(Words.COMMA.in(lang)).append(t.when(lang));
                }
                out.append(" [").append(t.state().label(lang)).append("]\n");
            }
        });
        out.append(Words.FINDINGS.in(lang)).append('\n');
        for (Finding f : d.findings()) {
            out.append("  [").append(f.status().label(lang)).append("] ").append(g.ruleTitle(f.rule(), lang));
            d.recordOf(f, lang).ifPresent(r -> out.append(lang == Language.ZH ? "【" : " [").append(r)
                    .append(d.isExcluded(f) ? Words.LEFT_OUT.in(lang) : "").append(lang == Language.ZH ? "】" : "]"));
            out.append(" — ").append(Citation.of(f.article(), lang));
            String m = message(f, d.asOf(), g, lang);
            if (!m.isEmpty()) {
                out.append(Words.COLON.in(lang)).append(m);
            }
            if (d.isOverridden(f)) {
                out.append(Words.OVERRIDDEN.in(lang));
            }
            out.append('\n');
        }
        if (!d.missing().isEmpty()) {
            out.append(Words.STILL_NEEDED.in(lang)).append(g.missing(d.missing(), lang)).append('\n');
        }
        return out.toString();
    }

    /**
     * A document by its number and title: 郑科规〔2024〕2号《…》 in Chinese; in English its English name,
     * then its number and title quoted, as they are written.
     */
    static String document(io.github.talentrules.pack.Document doc, Language lang) {
        if (lang == Language.ZH) {
            return doc.id() + "《" + doc.title() + "》";
        }
        String quoted = "\"" + doc.id() + " " + doc.title() + "\"";
        return doc.en().isEmpty() ? quoted : doc.en() + " (" + quoted + ")";
    }

    public static String summary(Decision d, Glossary g, Language lang) {
        List<String> why = switch (d.outcome()) {
            case INELIGIBLE -> d.failedArticles();
            case NEEDS_REVIEW -> d.reviewArticles();
            case ELIGIBLE -> List.of();
        };
        StringBuilder s = new StringBuilder(64).append(d.outcome().label(lang));
        for (int i = 0; i < why.size(); i++) {
            s.append((i > 0 ? Words.ENUMERATION : Words.OPEN).in(lang)).append(Citation.of(why.get(i), lang));
        }
        if (!why.isEmpty()) {
            s.append(Words.CLOSE.in(lang));
        }
        if (!d.missing().isEmpty()) {
            s.append(Words.SUMMARY_NEEDED.in(lang)).append(g.missing(d.missing(), lang));
        }
        if (d.funding().isPresent()) {
            s.append(Words.SEMICOLON.in(lang)).append(paid(d.funding().get(), lang));
        }
        for (Note n : headlineNotes(d)) {
            s.append(Words.SEMICOLON.in(lang)).append(n.text(lang));
        }
        List<String> left = d.excludedRecords();
        for (int i = 0; i < left.size(); i++) {
            s.append((i > 0 ? Words.ENUMERATION : Words.SUMMARY_LEFT_OUT).in(lang)).append(d.recordLabel(left.get(i), lang));
        }
        return s.toString();
    }

    /**
     * What will be paid, in a few words: what was asked and cut, then the payments by how far they have
     * got (已拨付…，停止拨付…) where the text pays in tranches, else the funding.
     */
    private static String paid(Funding f, Language lang) {
        List<String> parts = new java.util.ArrayList<>(asked(f, lang));
        if (f.tranches().isEmpty()) {
            parts.add(Words.FUNDED.in(lang) + funding(f, lang));
        } else {
            for (Tranche.State state : List.of(Tranche.State.PAID, Tranche.State.DUE, Tranche.State.PENDING,
                    Tranche.State.STOPPED, Tranche.State.RECLAIMED)) {
                if (f.tranches().stream().anyMatch(t -> t.state() == state)) {
                    parts.add(state.label(lang) + " " + Money.text(f.total(state), lang));
                }
            }
        }
        return String.join(Words.COMMA.in(lang), parts);
    }

    /**
     * What the case asked for, where it says more than the amount does (a request before approval, or one
     * the text's limits cut), and what they cut from it (申请…，核减…).
     */
    private static List<String> asked(Funding f, Language lang) {
        List<String> out = new java.util.ArrayList<>();
        f.requested().filter(r -> f.amount().isEmpty() || f.reduction().isPresent())
                .ifPresent(r -> out.add(Words.ASKED.in(lang) + Money.text(r, lang)));
        f.reduction().ifPresent(r -> out.add(Words.CUT_BY.in(lang) + Money.text(r, lang)));
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

    /**
     * A finding's comparisons in words ({@code 国籍 挪威 ≠ 中国}), then its note. A value compared that a
     * reform gave, in force on {@code asOf} (the case's day), is followed by the reform's words:
     * {@code 年龄（周岁） 53 > 50（改革：年龄在50周岁以下）}.
     */
    public static String message(Finding f, LocalDate asOf, Glossary g, Language lang) {
        StringBuilder out = new StringBuilder(96);
        Clause last = null;
        int reformAt = -1;
        for (Clause c : f.clauses()) {
            if (last != null && statement(last) && statement(c) && g.label(last.subject(), lang).equals(g.label(c.subject(), lang))) {
                // Two values the text states in the same words (a range's ends): 10-15万/年：100000元 – 150000元,
                // before the reform's words where the first end is a reform's.
                String end = " – " + value(c.subject(), null, g, lang);
                if (reformAt < 0) {
                    reformAt = reform(out.append(end), c, asOf, g, lang, out.length());
                } else {
                    out.insert(reformAt, end);
                    reformAt += end.length();
                }
            } else {
                if (out.length() > 0) {
                    out.append(Words.SEMICOLON.in(lang));
                }
                reformAt = clause(out, c, asOf, g, lang);
            }
            last = c;
        }
        String note = f.note().isPresent() ? f.note().get().text(lang) : "";
        if (f.relaxes().isPresent()) {
            note = Words.RELAXES.in(lang) + g.ruleTitle(f.relaxes().get(), lang)
                    + (note.isEmpty() ? "" : Words.COMMA.in(lang) + note);
        }
        if (note.isEmpty()) {
            return out.toString();
        }
        if (out.length() == 0) {
            return note;
        }
        return out.append(Words.OPEN.in(lang)).append(note).append(Words.CLOSE.in(lang)).toString();
    }

    /** A value the text states (an amount, a cap, a range's end): a parameter equal to itself, compared with nothing. */
    private static boolean statement(Clause c) {
        return c.test() == Clause.Test.EQUALS && c.references().isEmpty() && c.subject().source() == Operand.Source.PARAMETER;
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

    /**
     * One comparison, then the words of the reform whose values it compared with, if any, then the values
     * shown after it. Returns where the reform's words begin in {@code out}, or -1 where there are none.
     */
    private static int clause(StringBuilder out, Clause c, LocalDate asOf, Glossary g, Language lang) {
        int after = 0;
        for (int i = 1; i < c.references().size(); i++) {
            after += shownAfter(c, i) ? 1 : 0;
        }
        if (after == 0) {
            comparison(out, c, c.references(), g, lang);
            return reform(out, c, asOf, g, lang, out.length());
        }
        List<Operand> compared = new java.util.ArrayList<>(c.references().size());
        for (int i = 0; i < c.references().size(); i++) {
            if (!shownAfter(c, i)) {
                compared.add(c.references().get(i));
            }
        }
        comparison(out, c, compared, g, lang);
        int at = reform(out, c, asOf, g, lang, out.length());
        for (int i = 1; i < c.references().size(); i++) {
            if (shownAfter(c, i)) {
                Operand r = c.references().get(i);
                out.append(Words.COMMA.in(lang)).append(g.label(r, lang)).append(' ')
                        .append(r.value() instanceof List<?> ? value(r, g.vocabulary(c.subject()), g, lang) // the categories not listed
                                : r.name().equals("excess") || r.name().equals("shortfall") ? valueAs(r, g.unit(c.subject()), lang)
                                : valueAs(r, "yuan", lang));
            }
        }
        return at;
    }

    /**
     * After a comparison (at {@code end} of {@code out}), the words of each reform whose value of a parameter
     * it compared with holds on {@code asOf}, once: 50（改革：年龄在50周岁以下）. Returns where they begin, or
     * -1 where every value compared is the text's.
     */
    private static int reform(StringBuilder out, Clause c, LocalDate asOf, Glossary g, Language lang, int end) {
        List<String> words = null;
        for (int i = -1; i < c.references().size(); i++) {
            String w = g.reformed(i < 0 ? c.subject() : c.references().get(i), asOf, lang);
            if (w != null && words == null) {
                words = new java.util.ArrayList<>(2);
            }
            if (w != null && !words.contains(w)) {
                words.add(w);
            }
        }
        if (words == null) {
            return -1;
        }
        out.insert(end, Words.OPEN.in(lang) + Words.REFORM.in(lang) + String.join(Words.SEMICOLON.in(lang), words) + Words.CLOSE.in(lang));
        return end;
    }

    /** A value in the unit given (money where it is yuan): the excess of a count is a count, of an amount money. */
    private static String valueAs(Operand o, String unit, Language lang) {
        if (o.value() instanceof BigDecimal b) {
            return unit.startsWith("yuan") ? Money.text(b, lang) : Money.plain(b);
        }
        return String.valueOf(o.value());
    }

    /** The subject against {@code refs} (the clause's references less those shown after it). */
    private static void comparison(StringBuilder out, Clause c, List<Operand> refs, Glossary g, Language lang) {
        String subject = g.label(c.subject(), lang);
        if (c.subject().isAbsent()) {
            out.append(subject).append(Words.NOT_GIVEN.in(lang));
            return;
        }
        for (Operand r : refs) {
            if (r.isAbsent() && c.result() == Truth.UNKNOWN) {
                out.append(g.label(r, lang)).append(Words.NOT_GIVEN.in(lang));
                return;
            }
        }
        // A code is shown in its word (挪威, not NO), and so is a parameter compared with it: the JSON keeps the codes.
        Vocabulary words = g.vocabulary(c.subject());
        String value = value(c.subject(), words, g, lang);
        switch (c.test()) {
            case IS_TRUE, IS_FALSE -> {
                out.append(subject).append(Words.COLON.in(lang)).append((Boolean.TRUE.equals(c.subject().value()) ? Words.YES : Words.NO).in(lang));
                if (c.result() != Truth.TRUE) {
                    out.append((c.test() == Clause.Test.IS_TRUE ? Words.REQUIRED_YES : Words.REQUIRED_NO).in(lang));
                }
            }
            case BETWEEN, IN_PERIOD -> out.append(subject).append(' ').append(value).append(' ')
                    .append(c.result() == Truth.FALSE ? "∉" : "∈").append(" [").append(value(refs.get(0), null, g, lang)).append(", ")
                    .append(refs.size() > 1 ? value(refs.get(1), null, g, lang) : "…").append(']');
            case AT_MOST_TIMES -> out.append(subject).append(' ').append(value).append(' ').append(c.result() == Truth.TRUE ? "≤" : ">")
                    .append(' ').append(value(refs.get(0), null, g, lang)).append(" × ").append(g.label(refs.get(1), lang)).append(' ')
                    .append(value(refs.get(1), null, g, lang));
            case EQUALS -> {
                // A parameter the text states (an amount, a cap) is named by its words, then its value.
                out.append(subject).append(c.subject().source() == Operand.Source.PARAMETER ? Words.COLON.in(lang) : " ").append(value);
                if (!refs.isEmpty() && !"".equals(refs.get(0).value())) {
                    out.append(c.result() == Truth.TRUE ? " = " : " ≠ ").append(value(refs.get(0), words, g, lang));
                }
            }
            default -> {
                out.append(subject).append(' ').append(value).append(' ')
                        .append(c.result() == Truth.TRUE ? c.test().symbol() : negate(c.test())).append(' ');
                for (int i = 0; i < refs.size(); i++) {
                    Operand r = refs.get(i);
                    if (i > 0) {
                        out.append(Words.COMMA.in(lang));
                    }
                    if (r.source() == Operand.Source.PARAMETER || r.source() == Operand.Source.CONSTANT && !SHOWN_AFTER.contains(r.name())) {
                        out.append(value(r, words, g, lang));
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

    /**
     * A value in words: a code of {@code words} (may be null) by its label, a list of codes as a set
     * {@code {自然科学，工程技术}}; the code itself where the vocabulary has no word for it.
     */
    private static String value(Operand o, Vocabulary words, Glossary g, Language lang) {
        Object v = o.value();
        if (words != null && v instanceof String code) {
            return words.word(code, lang);
        }
        if (words != null && v instanceof List<?> codes && (codes.isEmpty() || codes.get(0) instanceof String)) {
            return "{" + words.words(codes, lang) + "}";
        }
        return value(o, g, lang);
    }

    private static String value(Operand o, Glossary g, Language lang) {
        Object v = o.value();
        if (v instanceof BigDecimal b) {
            String unit = g.unit(o);
            if (unit.startsWith("yuan")) {
                return Money.text(b, lang) + Money.per(unit, lang);
            }
        }
        if (v instanceof BigDecimal b) {
            return Money.plain(b);
        }
        if (v instanceof java.util.List<?> list && !list.isEmpty() && list.get(0) instanceof java.util.Map) {
            return list.stream().map(Explanation::row).collect(Collectors.joining("; ", "[", "]"));
        }
        if (v instanceof java.util.List<?> list) {
            // A set of codes no vocabulary words: {A, B}, apart from a range's [from, to].
            return list.stream().map(Explanation::plain).collect(Collectors.joining(", ", "{", "}"));
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
        return o instanceof BigDecimal b ? Money.plain(b) : String.valueOf(o);
    }

    /** The funding in a few words: the amount, the range, the cap, each with what it is per. */
    static String funding(Funding f, Language lang) {
        String per = Money.per(f.unit(), lang);
        if (f.amount().isPresent()) {
            return Money.text(f.amount().get(), lang) + per;
        }
        if (f.min().isPresent()) {
            return Money.text(f.min().get(), lang) + " – " + Money.text(f.max().get(), lang) + per;
        }
        if (f.cap().isPresent()) {
            return Words.AT_MOST.in(lang) + Money.text(f.cap().get(), lang) + per;
        }
        return Words.AMOUNT_UNSPECIFIED.in(lang);
    }
}
