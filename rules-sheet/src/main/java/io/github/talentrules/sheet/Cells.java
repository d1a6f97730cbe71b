package io.github.talentrules.sheet;

import io.github.talentrules.pack.FactSpec;
import io.github.talentrules.Language;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the text of a cell into the value a fact's type asks for, or says why it cannot. */
final class Cells {
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[,，;；、|\\s]+");

    private Cells() {
    }

    /** A cell that cannot be read as its column's type; the message says why, in the chosen language. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /** The value of a non-blank cell for {@code spec}; {@code aliases} map a sheet's words to the pack's codes. */
    static Object value(FactSpec spec, String text, Map<String, String> aliases, Language lang) throws Unreadable {
        String s = text.strip();
        return switch (spec.type()) {
            case DATE -> date(s, lang);
            case INTEGER -> integer(s, lang);
            case DECIMAL -> decimal(s, false, lang);
            case YUAN -> decimal(s, true, lang);
            case BOOLEAN -> bool(s, lang);
            case TEXT -> s;
            case LEVEL, CODE -> code(spec, s, aliases, lang);
            case CODES -> {
                List<Object> out = new ArrayList<>();
                for (String part : LIST_SEPARATORS.split(s)) {
                    if (!part.isEmpty()) {
                        out.add(code(spec, part, aliases, lang));
                    }
                }
                yield List.copyOf(out);
            }
            case RECORDS -> throw new Unreadable(lang == Language.ZH
                    ? "一个单元格不能填写多条记录：每条记录一组带序号的列（" + spec.zh() + "1·…、" + spec.zh() + "2·…）"
                    : "one cell cannot hold several records: give each record numbered columns (" + spec.en() + " 1 · ..., " + spec.en() + " 2 · ...)");
        };
    }

    /** 2024-06-01, 2024/6/1, 2024.6.1, 2024年6月1日, 20240601, with an optional time of day after it. */
    static LocalDate date(String s, Language lang) throws Unreadable {
        Matcher m = DATE.matcher(s);
        if (!m.matches()) {
            m = COMPACT_DATE.matcher(s);
            if (!m.matches()) {
                throw new Unreadable(lang == Language.ZH ? "“" + s + "”不是日期（写作 2024-06-01、2024/6/1 或 2024年6月1日）"
                        : "'" + s + "' is not a date (write 2024-06-01, 2024/6/1 or 2024年6月1日)");
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new Unreadable(lang == Language.ZH ? "“" + s + "”不是真实存在的日期" : "'" + s + "' is not a real date");
        }
    }

    private static int integer(String s, Language lang) throws Unreadable {
        BigDecimal d = number(s, lang);
        try {
            return d.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            throw new Unreadable(lang == Language.ZH ? "“" + s + "”不是整数" : "'" + s + "' is not a whole number");
        }
    }

    private static BigDecimal decimal(String s, boolean yuan, Language lang) throws Unreadable {
        if (yuan) {
            String t = s.replace("人民币", "").strip();
            if (t.endsWith("万元") || t.endsWith("万")) {
                return number(t.substring(0, t.indexOf('万')), lang).multiply(BigDecimal.valueOf(10_000)).stripTrailingZeros();
            }
            if (t.endsWith("元")) {
                t = t.substring(0, t.length() - 1);
            }
            return number(t, lang);
        }
        return number(s, lang);
    }

    private static BigDecimal number(String s, Language lang) throws Unreadable {
        String t = s.replace(",", "").replace("，", "").strip();
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new Unreadable(lang == Language.ZH ? "“" + s + "”不是数字" : "'" + s + "' is not a number");
        }
    }

    static boolean bool(String s, Language lang) throws Unreadable {
        java.util.Optional<Boolean> b = io.github.talentrules.internal.YesNo.read(s);
        if (b.isEmpty()) {
            throw new Unreadable(lang == Language.ZH ? "“" + s + "”不是“是”或“否”"
                    : "'" + s + "' is not yes or no (write true/false, yes/no, 是/否)");
        }
        return b.get();
    }

    private static String code(FactSpec spec, String s, Map<String, String> aliases, Language lang) throws Unreadable {
        String v = aliases.getOrDefault(s, s);
        if (spec.values().isEmpty() || spec.values().contains(v)) {
            return v;
        }
        for (String known : spec.values()) {
            if (known.equalsIgnoreCase(v)) {
                return known;
            }
        }
        throw new Unreadable(lang == Language.ZH ? "“" + s + "”不在可选值 " + spec.values() + " 中"
                : "'" + s + "' is not one of " + spec.values());
    }
}
