package io.github.talentrules.sheet;

import io.github.talentrules.explain.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a number cell shows through its Excel number format, as text the cell readers then read as
 * if typed: {@code 50} in {@code 0"万元"} is {@code 50万元}, {@code 0.2} in {@code 0%} is {@code 20%},
 * {@code 120} in {@code 0000} is {@code 0120}. The number keeps all its digits (a format showing fewer
 * decimals rounds only the display; Excel computes with the number), and thousands separators are
 * left out. A format whose display cannot be turned back into the number with certainty is refused
 * ({@link Uncertain}): a scaling comma ({@code 0,}), a condition ({@code [>100]}), a fraction, a
 * scientific or a time format, a letter not in quotes, a section showing fixed text only.
 */
final class NumberFormat {
    private NumberFormat() {
    }

    /** The format cannot be read back with certainty: why, and what the cell shows where that is known. */
    static final class Uncertain extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Text why;
        private final String shown;

        Uncertain(Text why, String shown) {
            super(why.en(), null, false, false);
            this.why = why;
            this.shown = shown;
        }

        Text why() {
            return why;
        }

        /** What the cell shows, or null when that is not worked out. */
        String shown() {
            return shown;
        }
    }

    /**
     * {@code n} as {@code format} shows it; General, {@code @} and no format give the number plainly,
     * and so does a negative number (which no number fact takes), with its minus sign.
     */
    static String show(BigDecimal n, String format) throws Uncertain {
        if (format == null || format.isBlank() || format.equalsIgnoreCase("General") || format.equals("@")) {
            return XlsxCell.plain(n);
        }
        if (n.signum() < 0) {
            // A negative number keeps its sign, whatever its format shows ([Red]0.00 shows -5 as a red 5).
            return XlsxCell.plain(n);
        }
        List<String> sections = sections(format);
        return section(n, n.signum() == 0 && sections.size() >= 3 ? sections.get(2) : sections.get(0));
    }

    /** The sections of a format, split at {@code ;} outside quotes, brackets and escapes. */
    private static List<String> sections(String format) throws Uncertain {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                i = format.indexOf('"', i + 1);
            } else if (c == '[') {
                i = format.indexOf(']', i + 1);
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == ';') {
                out.add(format.substring(from, i));
                from = i + 1;
            }
            if (i < 0) {
                throw new Uncertain(Text.of("有未闭合的引号或方括号", "has a quote or bracket that is not closed"), null);
            }
        }
        out.add(format.substring(Math.min(from, format.length())));
        return out;
    }

    private static boolean placeholder(String s, int i) {
        return i < s.length() && (s.charAt(i) == '0' || s.charAt(i) == '#' || s.charAt(i) == '?');
    }

    private static String section(BigDecimal n, String s) throws Uncertain {
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        boolean inNumber = false;
        boolean numberDone = false;
        boolean point = false;
        int zeros = 0;
        int decimals = 0;
        int percents = 0;
        int scaling = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String literal = null;
            if (c == '"') {
                int end = s.indexOf('"', i + 1);
                literal = s.substring(i + 1, end);
                i = end;
            } else if (c == '\\') {
                literal = i + 1 < s.length() ? String.valueOf(s.charAt(++i)) : "";
            } else if (c == '[') {
                int end = s.indexOf(']', i + 1);
                String inside = s.substring(i + 1, end);
                i = end;
                if (inside.startsWith("$")) {
                    int dash = inside.indexOf('-');
                    literal = inside.substring(1, dash < 0 ? inside.length() : dash); // [$¥-804] shows ¥, [$-804] nothing
                } else if (!XlsxCell.colour(inside)) {
                    throw new Uncertain(Text.of("按条件、时长或其他规则（[" + inside + "]）显示",
                            "shows it by a condition, an elapsed time or another rule ([" + inside + "])"), null);
                }
            } else if (c == '_') {
                i++;
                literal = " ";
            } else if (c == '*') {
                i++;
            } else if (c == '0' || c == '#' || c == '?') {
                if (numberDone && s.indexOf('/', i) >= 0) {
                    throw new Uncertain(Text.of("以分数显示", "shows it as a fraction"), null);
                }
                if (numberDone) {
                    throw new Uncertain(Text.of("把数字拆开显示", "splits the digits apart"), null);
                }
                inNumber = true;
                if (point) {
                    decimals++;
                } else if (c == '0') {
                    zeros++;
                }
            } else if (c == '.' && !numberDone && (inNumber || placeholder(s, i + 1))) {
                inNumber = true;
                point = true;
            } else if (c == ',' && inNumber) {
                if (!placeholder(s, i + 1) && !(i + 1 < s.length() && s.charAt(i + 1) == '.')) {
                    scaling++;
                }
            } else if (c == '%') {
                percents++;
                literal = "%";
            } else if ((c == 'E' || c == 'e') && inNumber && i + 1 < s.length() && (s.charAt(i + 1) == '+' || s.charAt(i + 1) == '-')) {
                throw new Uncertain(Text.of("以科学计数法显示", "shows it in scientific notation"), null);
            } else if (c == '/' && (inNumber || numberDone && (placeholder(s, i + 1) || i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))))) {
                throw new Uncertain(Text.of("以分数显示", "shows it as a fraction"), null);
            } else if (s.regionMatches(true, i, "General", 0, 7)) {
                if (numberDone || inNumber) {
                    throw new Uncertain(Text.of("把数字拆开显示", "splits the digits apart"), null);
                }
                inNumber = true;
                point = true;
                decimals = Integer.MAX_VALUE;
                i += 6;
            } else if (c == '@' || c < 128 && Character.isLetter(c)) {
                throw new Uncertain(Text.of("含有无法确定含义的“" + c + "”（时间、文本或未加引号的字母）",
                        "has a '" + c + "' whose meaning is not certain (a time, text, or a letter out of quotes)"), null);
            } else {
                literal = String.valueOf(c); // ¥ $ - + ( ) : space, and 元 or 万 that WPS leaves unquoted
            }
            if (literal != null) {
                if (inNumber) {
                    inNumber = false;
                    numberDone = true;
                }
                (numberDone ? after : before).append(literal);
            }
        }
        if (!inNumber && !numberDone) {
            String fixed = (before.toString() + after).strip();
            throw new Uncertain(Text.of("只显示固定的文字，不显示数值", "shows fixed text, not the number"), fixed);
        }
        if (n.signum() == 0 && zeros == 0) {
            // A zero where the format shows no digit for it: an accounting format's "-", or nothing.
            throw new Uncertain(Text.of("不显示数字 0", "shows no digit for 0"), (before.toString() + after).strip());
        }
        BigDecimal v = n.movePointRight(2 * percents);
        if (scaling > 0) {
            BigDecimal scaled = v.movePointLeft(3 * scaling);
            String shown = before + (decimals == Integer.MAX_VALUE ? XlsxCell.plain(scaled)
                    : scaled.setScale(decimals, RoundingMode.HALF_UP).toPlainString()) + after;
            throw new Uncertain(Text.of("把数值按千倍缩小显示（数字后的“,”）", "shows it divided by 1,000 (a ',' after the digits)"),
                    shown.strip());
        }
        String digits = XlsxCell.plain(v);
        int dot = digits.indexOf('.');
        int whole = dot < 0 ? digits.length() : dot;
        if (whole < zeros) {
            digits = "0".repeat(zeros - whole) + digits;
        }
        return (before + digits + after).strip();
    }
}
