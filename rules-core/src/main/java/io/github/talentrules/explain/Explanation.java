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
import io.github.talentrules.internal.load.Tree;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Renders a decision in words (Chinese or English) and as JSON. */
public final class Explanation {
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final com.fasterxml.jackson.databind.ObjectWriter JSON = Tree.jsonMapper()
            .writer().with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

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
        String articles = why.stream().map(a -> article(a, lang)).collect(Collectors.joining(zh ? "、" : ", "));
        String s = d.outcome().label(lang);
        if (!articles.isEmpty()) {
            s += zh ? "（" + articles + "）" : " (" + articles + ")";
        }
        if (!d.missing().isEmpty()) {
            s += zh ? "；待补充 " + String.join("、", d.missing()) : "; still needed: " + String.join(", ", d.missing());
        }
        if (d.funding().isPresent()) {
            s += (zh ? "；" : "; ") + paid(d.funding().get(), lang);
        }
        for (Note n : headlineNotes(d)) {
            s += (zh ? "；" : "; ") + n.text(lang);
        }
        List<String> left = d.excludedRecords().stream().map(r -> d.recordLabel(r, lang)).toList();
        if (!left.isEmpty()) {
            s += zh ? "；不符合条件、不计入资助：" + String.join("、", left) : "; left out, not qualifying: " + String.join(", ", left);
        }
        return s;
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
        return d.findings().stream().filter(f -> !d.isOverridden(f)).flatMap(f -> f.note().stream())
                .filter(Note::inHeadline).distinct().toList();
    }

    public static String json(Decision d, Glossary g, Language lang) {
        try {
            return JSON.writeValueAsString(jsonNode(d, g, lang));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode jsonNode(Decision d, Glossary g, Language lang) {
        JsonNodeFactory n = JsonNodeFactory.instance;
        ObjectNode o = n.objectNode();
        o.put("program", d.programme().id());
        o.put("programName", d.programme().name(lang));
        o.put("document", d.document().id());
        o.put("asOf", d.asOf().toString());
        o.put("source", d.source());
        o.put("outcome", d.outcome().name());
        o.put("summary", summary(d, g, lang));
        d.funding().ifPresent(f -> {
            ObjectNode fn = o.putObject("funding");
            f.amount().ifPresent(a -> fn.put("amount", a));
            f.payable().ifPresent(a -> fn.put("payable", a));
            f.cap().ifPresent(a -> fn.put("cap", a));
            f.requested().ifPresent(a -> fn.put("requested", a));
            f.reduction().ifPresent(a -> fn.put("reduction", a));
            if (f.min().isPresent()) {
                ObjectNode r = fn.putObject("range");
                r.put("min", f.min().get());
                r.put("max", f.max().get());
            }
            fn.put("unit", f.unit());
            if (f.unspecified()) {
                fn.put("unspecified", true);
            }
            f.state().ifPresent(x -> fn.put("state", x.name()));
            ArrayNode ts = fn.putArray("tranches");
            for (Tranche t : f.tranches()) {
                ObjectNode tn = ts.addObject();
                tn.put("sequence", t.sequence());
                tn.put("amount", t.amount());
                tn.put("when", t.when(lang));
                tn.put("state", t.state().name());
            }
        });
        ArrayNode fs = o.putArray("findings");
        for (Finding f : d.findings()) {
            ObjectNode fn = fs.addObject();
            fn.put("rule", f.rule());
            fn.put("article", f.article());
            fn.put("status", f.status().name());
            Decision.record(f).ifPresent(r -> {
                fn.put("record", r);
                fn.put("recordName", d.recordOf(f, lang).orElse(r));
                if (d.isExcluded(f)) {
                    fn.put("leftOut", true);
                }
            });
            fn.put("message", message(f, g, lang));
            ObjectNode values = fn.putObject("values");
            for (Clause c : f.clauses()) {
                put(values, c.subject());
                c.references().forEach(r -> put(values, r));
            }
            if (!f.missing().isEmpty()) {
                ArrayNode m = fn.putArray("missing");
                f.missing().forEach(m::add);
            }
            f.note().ifPresent(x -> fn.put("note", x.name()));
            f.relaxes().ifPresent(x -> fn.put("relaxes", x));
        }
        ArrayNode m = o.putArray("missing");
        d.missing().forEach(m::add);
        return o;
    }

    private static void put(ObjectNode values, Operand o) {
        Object v = o.value();
        if (v == null) {
            values.putNull(o.name());
        } else if (v instanceof BigDecimal b) {
            values.put(o.name(), b);
        } else if (v instanceof Integer i) {
            values.put(o.name(), i);
        } else if (v instanceof Boolean b) {
            values.put(o.name(), b);
        } else {
            values.put(o.name(), v.toString());
        }
    }

    public static String message(Finding f, Glossary g, Language lang) {
        String clauses = f.clauses().stream().map(c -> clause(c, g, lang))
                .collect(Collectors.joining(lang == Language.ZH ? "；" : "; "));
        String note = f.note().map(x -> x.text(lang)).orElse("");
        if (f.relaxes().isPresent()) {
            note = (lang == Language.ZH ? "放宽或例外：" : "relaxes or excepts: ") + f.relaxes().get()
                    + (note.isEmpty() ? "" : (lang == Language.ZH ? "，" : ", ") + note);
        }
        if (note.isEmpty()) {
            return clauses;
        }
        return clauses.isEmpty() ? note : clauses + (lang == Language.ZH ? "（" + note + "）" : " (" + note + ")");
    }

    /**
     * Values a helper adds after a comparison, shown as "，超出 1元": the excess, the most allowed, what an
     * approval leaves, the shortfall of a target, the categories a list does not name.
     */
    private static final java.util.Set<String> SHOWN_AFTER = java.util.Set.of("excess", "allowed", "remaining", "most", "shortfall", "unlisted");

    private static String clause(Clause c, Glossary g, Language lang) {
        List<Operand> after = c.references().stream().filter(r -> SHOWN_AFTER.contains(r.name()) && r != c.references().get(0)).toList();
        if (after.isEmpty()) {
            return comparison(c, g, lang);
        }
        List<Operand> compared = c.references().stream().filter(r -> !after.contains(r)).toList();
        StringBuilder s = new StringBuilder(comparison(new Clause(c.test(), c.subject(), compared, c.result(), c.source()), g, lang));
        for (Operand r : after) {
            s.append(lang == Language.ZH ? "，" : ", ").append(g.label(r, lang)).append(' ')
                    .append(r.name().equals("excess") || r.name().equals("shortfall") ? valueAs(r, g.unit(c.subject()), lang) : valueAs(r, "yuan", lang));
        }
        return s.toString();
    }

    /** A value in the unit given (money where it is yuan): the excess of a count is a count, of an amount money. */
    private static String valueAs(Operand o, String unit, Language lang) {
        if (o.value() instanceof BigDecimal b) {
            return unit.startsWith("yuan") ? money(b, lang) : b.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(o.value());
    }

    private static String comparison(Clause c, Glossary g, Language lang) {
        boolean zh = lang == Language.ZH;
        String subject = g.label(c.subject(), lang);
        if (c.subject().isAbsent()) {
            return subject + (zh ? "：未提供" : ": not given");
        }
        for (Operand r : c.references()) {
            if (r.isAbsent() && c.result() == Truth.UNKNOWN) {
                return g.label(r, lang) + (zh ? "：未提供" : ": not given");
            }
        }
        String value = value(c.subject(), g, lang);
        return switch (c.test()) {
            case IS_TRUE, IS_FALSE -> subject + (zh ? "：" : ": ") + (Boolean.TRUE.equals(c.subject().value()) ? (zh ? "是" : "yes") : (zh ? "否" : "no"))
                    + (c.result() == Truth.TRUE ? "" : zh ? "（要求" + (c.test() == Clause.Test.IS_TRUE ? "是" : "否") + "）"
                    : " (required: " + (c.test() == Clause.Test.IS_TRUE ? "yes" : "no") + ")");
            case BETWEEN, IN_PERIOD -> subject + " " + value + " " + (c.result() == Truth.FALSE ? "∉" : "∈") + " ["
                    + value(c.references().get(0), g, lang) + ", "
                    + (c.references().size() > 1 ? value(c.references().get(1), g, lang) : "…") + "]";
            case AT_MOST_TIMES -> subject + " " + value + " " + (c.result() == Truth.TRUE ? "≤" : ">") + " "
                    + value(c.references().get(0), g, lang) + " × " + g.label(c.references().get(1), lang) + " "
                    + value(c.references().get(1), g, lang);
            case EQUALS -> c.references().isEmpty() ? subject + " " + value
                    : subject + " " + value + (c.result() == Truth.TRUE ? " = " : " ≠ ") + value(c.references().get(0), g, lang);
            default -> subject + " " + value + " " + (c.result() == Truth.TRUE ? c.test().symbol() : negate(c.test())) + " "
                    + c.references().stream()
                    .map(r -> r.source() == Operand.Source.PARAMETER || r.source() == Operand.Source.CONSTANT && !SHOWN_AFTER.contains(r.name())
                            ? value(r, g, lang) : g.label(r, lang) + " " + valueAs(r, r.source() == Operand.Source.CONSTANT ? "yuan" : g.unit(r), lang))
                    .collect(Collectors.joining(zh ? "，" : ", "));
        };
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
