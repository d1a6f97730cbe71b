package io.github.talentrules.explain;

import io.github.talentrules.Language;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citation of a document's article, as the packs write it ({@code 第九条第（二）项}, {@code 第八条第一款、第二款},
 * {@code 第十条第1项第（2）目}, a work plan's {@code 三、（二）一是}), in the reader's language: unchanged in
 * Chinese, {@code art. 9(2)}, {@code art. 8 para. 1, para. 2}, {@code art. 10(1)(2)}, {@code part 3(2), point 1}
 * in English. Numerals are read both ways: Chinese (二十七) and Arabic (27).
 */
public final class Citation {
    private static final String NUMERAL = "[〇零一二两三四五六七八九十百0-9]+";
    /** One part of a citation: an article, a paragraph, an item, a sub-item, and the words between them. */
    private static final Pattern PART = Pattern.compile(
            "第(" + NUMERAL + ")条|第(" + NUMERAL + ")款|第?（(" + NUMERAL + ")）项|第(" + NUMERAL + ")项|第?（(" + NUMERAL + ")）目"
                    + "|^(" + NUMERAL + ")、|（(" + NUMERAL + ")）|(" + NUMERAL + ")是|、|至|和|及|标题");
    private static final String DIGITS = "〇一二三四五六七八九";

    private Citation() {
    }

    /**
     * {@code citation} in {@code language}. In English a citation the patterns do not cover keeps its
     * own words (which then show where a pack cites in a new way).
     */
    public static String of(String citation, Language language) {
        if (language == Language.ZH) {
            return citation;
        }
        StringBuilder out = new StringBuilder(citation.length() + 8);
        Matcher m = PART.matcher(citation);
        int at = 0;
        while (m.find()) {
            out.append(citation, at, m.start());
            at = m.end();
            if (m.group(1) != null) {
                space(out).append("art. ").append(number(m.group(1)));
            } else if (m.group(2) != null) {
                space(out).append("para. ").append(number(m.group(2)));
            } else if (m.group(3) != null || m.group(4) != null || m.group(5) != null || m.group(7) != null) {
                String n = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5) != null ? m.group(5) : m.group(7);
                char last = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
                if (out.length() == 0) {
                    out.append("item ");
                } else if (!Character.isDigit(last) && last != ')') {
                    space(out);
                }
                out.append('(').append(number(n)).append(')');
            } else if (m.group(6) != null) {
                out.append("part ").append(number(m.group(6)));
            } else if (m.group(8) != null) {
                out.append(", point ").append(number(m.group(8)));
            } else {
                switch (m.group()) {
                    case "、" -> out.append(at == citation.length() ? "" : ",");
                    case "至" -> out.append(" to");
                    case "和", "及" -> out.append(" and");
                    default -> out.append("title");
                }
            }
        }
        return out.append(citation, at, citation.length()).toString();
    }

    private static StringBuilder space(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
        return out;
    }

    /** A numeral as a number: 二十七 and 27 are 27, 一百零五 is 105. */
    static int number(String numeral) {
        if (Character.isDigit(numeral.charAt(0))) {
            return Integer.parseInt(numeral);
        }
        int total = 0;
        int digit = 0;
        for (char ch : numeral.toCharArray()) {
            if (ch == '十') {
                total += (digit == 0 ? 1 : digit) * 10;
                digit = 0;
            } else if (ch == '百') {
                total += (digit == 0 ? 1 : digit) * 100;
                digit = 0;
            } else if (ch == '零') {
                digit = 0;
            } else if (ch == '两') {
                digit = 2;
            } else {
                digit = DIGITS.indexOf(ch);
            }
        }
        return total + digit;
    }

    /** A number as a Chinese numeral, as articles are numbered: 27 is 二十七, 105 is 一百零五, 10 is 十. */
    static String numeral(int n) {
        if (n < 0 || n > 999) {
            throw new IllegalArgumentException("an article number from 0 to 999: " + n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        StringBuilder s = new StringBuilder();
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int ones = n % 10;
        if (hundreds > 0) {
            s.append(DIGITS.charAt(hundreds)).append('百');
            if (tens == 0 && ones > 0) {
                s.append('零');
            }
        }
        if (tens > 0) {
            if (hundreds > 0 || tens > 1) {
                s.append(DIGITS.charAt(tens));
            }
            s.append('十');
        }
        if (ones > 0) {
            s.append(DIGITS.charAt(ones));
        }
        return s.toString();
    }
}
