package io.github.talentrules.sheet;

import io.github.talentrules.explain.Text;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Cell;

/**
 * One XLSX cell read as the person who filled it in sees it in Excel: a number through its number
 * format ({@code 50} shown {@code 50万元} is the text {@code 50万元}), a date cell as {@code 2024-06-01},
 * a formula by the value Excel last computed (never evaluated here). Where what the cell shows cannot
 * be known with certainty (a format that scales the number, a formula never computed, an error value
 * such as {@code #N/A}), the cell carries a problem naming it, which is the row's error when a
 * programme reads its column.
 */
final class XlsxCell {
    /** The digits of a number as Excel keeps and shows them: 15 significant digits. */
    private static final MathContext EXCEL = new MathContext(15, RoundingMode.HALF_UP);
    private static final Set<String> ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
            "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!");
    private static final Map<String, Boolean> DATE_FORMATS = new ConcurrentHashMap<>();
    private static final Pattern QUOTED_OR_BRACKETED = Pattern.compile("\"[^\"]*\"|\\[[^]]*]");
    /**
     * The formats a Chinese Excel (zh-CN) implies by their number alone and does not write in the
     * file: dates of a year and month, of a month and day, and times.
     */
    private static final Map<Integer, String> IMPLIED = Map.ofEntries(
            Map.entry(27, "yyyy\"年\"m\"月\""), Map.entry(28, "m\"月\"d\"日\""), Map.entry(29, "m\"月\"d\"日\""),
            Map.entry(30, "m-d-yy"), Map.entry(31, "yyyy\"年\"m\"月\"d\"日\""), Map.entry(32, "h\"时\"mm\"分\""),
            Map.entry(33, "h\"时\"mm\"分\"ss\"秒\""), Map.entry(34, "上午/下午h\"时\"mm\"分\""),
            Map.entry(35, "上午/下午h\"时\"mm\"分\"ss\"秒\""), Map.entry(36, "yyyy\"年\"m\"月\""),
            Map.entry(50, "yyyy\"年\"m\"月\""), Map.entry(51, "m\"月\"d\"日\""), Map.entry(52, "yyyy\"年\"m\"月\""),
            Map.entry(53, "m\"月\"d\"日\""), Map.entry(54, "m\"月\"d\"日\""), Map.entry(55, "上午/下午h\"时\"mm\"分\""),
            Map.entry(56, "上午/下午h\"时\"mm\"分\"ss\"秒\""), Map.entry(57, "yyyy\"年\"m\"月\""),
            Map.entry(58, "m\"月\"d\"日\""));
    private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]{4}");
    private static final Pattern COLOUR = Pattern.compile("(?i)black|blue|cyan|green|magenta|red|white|yellow|color\\s*\\d+");

    private XlsxCell() {
    }

    /**
     * A cell read: its text as the sheet shows it (what the output writes back and the rules read),
     * its value for an XLSX output to keep as a number, date or boolean (null for text), and why it
     * cannot be read with certainty (null when it can).
     */
    record Read(String text, Input.Typed typed, Text problem) {
        static final Read BLANK = new Read("", null, null);
    }

    /** Reads {@code c} of sheet {@code sheet}; a null cell is blank. */
    static Read read(Cell c, String sheet) {
        return read(c, sheet, Map.of());
    }

    /** Reads {@code c} of sheet {@code sheet}, its number format by id from {@code formats} where that has it. */
    static Read read(Cell c, String sheet, Map<Integer, String> formats) {
        if (c == null) {
            return Read.BLANK;
        }
        return switch (c.getType()) {
            case NUMBER -> c.getValue() == null ? Read.BLANK : number(c, (BigDecimal) c.getValue(), sheet, formats);
            case BOOLEAN -> c.getValue() == null ? Read.BLANK : bool((Boolean) c.getValue());
            case EMPTY -> Read.BLANK;
            case ERROR -> error(c, c.getText(), sheet);
            case FORMULA -> formula(c, sheet, formats);
            default -> new Read(c.getText() == null ? "" : unescape(c.getText()), null, null);
        };
    }

    /** A formula by the value Excel computed and kept in the file; one never computed is a problem, not a blank. */
    private static Read formula(Cell c, String sheet, Map<Integer, String> formats) {
        Object v = c.getValue();
        if (v instanceof BigDecimal n) {
            return number(c, n, sheet, formats);
        }
        if (v instanceof Boolean b) {
            return bool(b);
        }
        if (v instanceof String s && !s.isEmpty()) {
            return ERRORS.contains(s.strip()) ? error(c, s, sheet) : new Read(unescape(s), null, null);
        }
        if (v instanceof String) {
            return Read.BLANK; // a formula whose computed value is the empty text ("")
        }
        return new Read("", null, where(c, sheet).then(Text.of(
                "是公式“=" + c.getFormula() + "”，但文件中没有它的计算结果（由程序生成、未在 Excel 中打开保存过）：请在 Excel 或 WPS 中打开并保存该文件后重试，或直接填写数值",
                " is the formula '=" + c.getFormula() + "' but the file holds no computed value for it (written by a program,"
                + " never opened and saved in Excel): open and save the file in Excel or WPS and try again, or write the value")));
    }

    /**
     * A string with the file format's escapes undone: {@code _x000D_} is a carriage return (Excel writes
     * one so for a line break pasted from Windows), {@code _x005F_} an underscore; an {@code _x} not
     * followed by four hexadecimal digits and {@code _} is text.
     */
    static String unescape(String s) {
        int at = s.indexOf("_x");
        if (at < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int from = 0;
        while (at >= 0) {
            if (at + 7 <= s.length() && s.charAt(at + 6) == '_' && HEX.matcher(s.substring(at + 2, at + 6)).matches()) {
                out.append(s, from, at).append((char) Integer.parseInt(s.substring(at + 2, at + 6), 16));
                from = at + 7;
                at = s.indexOf("_x", from);
            } else {
                at = s.indexOf("_x", at + 1);
            }
        }
        return out.append(s, from, s.length()).toString();
    }

    private static Read error(Cell c, String value, String sheet) {
        String shown = value == null ? "" : value.strip();
        return new Read(shown, null, where(c, sheet).then(Text.of("显示错误值“" + shown + "”，不是可读取的值：请改正该单元格",
                " shows the error value '" + shown + "', not a value to read: correct the cell")));
    }

    private static Read bool(Boolean b) {
        return new Read(b ? "TRUE" : "FALSE", new Input.Typed(b, null), null);
    }

    /** A number: a date where its format shows a date, else the number rounded as Excel shows it and read through its format. */
    private static Read number(Cell c, BigDecimal stored, String sheet, Map<Integer, String> formats) {
        Integer id = c.getDataFormatId();
        String format = id != null && formats.containsKey(id) ? formats.get(id) : c.getDataFormatString();
        if (format == null && id != null) {
            format = IMPLIED.get(id);
        }
        if (isDate(id, format)) {
            var d = c.asDate();
            boolean day = d.toLocalTime().equals(LocalTime.MIDNIGHT);
            return new Read(shownDate(d, format), new Input.Typed(day ? d.toLocalDate() : d, format), null);
        }
        BigDecimal n = excel(stored);
        Input.Typed typed = new Input.Typed(n, format);
        if (n.precision() - n.scale() > 15) {
            // An 18-digit ID number typed as a number: Excel kept 15 digits, the rest are zeros it made up.
            return new Read(plain(n), typed, where(c, sheet).then(Text.of(
                    "：数字 " + plain(stored) + " 超过 15 位，Excel 只保存前 15 位，其余各位已丢失：请把单元格设为文本格式后重新填写",
                    ": the number " + plain(stored) + " has more than 15 digits; Excel keeps 15, so the others are lost:"
                    + " set the cell's format to Text and type it again")));
        }
        try {
            return new Read(NumberFormat.show(n, format), typed, null);
        } catch (NumberFormat.Uncertain u) {
            Text shown = u.shown() == null ? Text.of("：", ": ") : u.shown().isEmpty() ? Text.of("显示为空白，", " shows a blank: ")
                    : Text.of("显示为“" + u.shown() + "”，", " shows '" + u.shown() + "': ");
            return new Read(plain(n), typed, where(c, sheet).then(shown).then(Text.of(
                    "数值 " + plain(n) + " 的数字格式“" + format + "”" + u.why().zh()
                    + "，无法确定所填的是哪个值：请把单元格格式设为“常规”后填写数值，或填写带单位的文字（如 5万元）",
                    "the number " + plain(n) + " has the number format '" + format + "', which " + u.why().en()
                    + ": what it means is not certain; set the cell's format to General and write the number,"
                    + " or text with its unit")));
        }
    }

    /** A number as Excel holds it: 15 significant digits, so that 0.30000000000000004 is 0.3 and 90.00000000999999 is 90.00000001. */
    static BigDecimal excel(BigDecimal stored) {
        BigDecimal n = stored.round(EXCEL).stripTrailingZeros();
        return n.scale() < 0 ? n.setScale(0) : n;
    }

    static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    /** Where a cell is, for a message: 工作表 名单 单元格 E3（第 3 行）, sheet 名单, cell E3 (row 3). */
    static Text where(Cell c, String sheet) {
        int row = c.getAddress().getRow() + 1;
        String ref = Input.column(c.getColumnIndex()) + row;
        return Text.of("工作表 " + sheet + " 单元格 " + ref + "（第 " + row + " 行）", "sheet " + sheet + ", cell " + ref + " (row " + row + ")");
    }

    static boolean isDate(Integer id, String format) {
        if (id != null && (id >= 14 && id <= 17 || id == 22)) {
            return true;
        }
        return format != null && DATE_FORMATS.computeIfAbsent(format, XlsxCell::isDateFormat);
    }

    /**
     * A date cell as its format shows it: the whole date (2024-06-01, with the time of day where it
     * has one), but where the format shows no day, the year and month only (1990年6月: the day Excel
     * keeps is one it supplied, 1 for 1990年6月 typed), and where it shows no year, the month and day
     * (6月1日), which no date fact takes as a date.
     */
    private static String shownDate(java.time.LocalDateTime d, String format) {
        String plain = format == null ? "" : QUOTED_OR_BRACKETED.matcher(format).replaceAll("").toLowerCase(Locale.ROOT);
        boolean year = plain.contains("y") || format == null;
        boolean day = plain.contains("d") || format == null;
        if (year && !day) {
            return d.getYear() + "年" + (plain.contains("m") ? d.getMonthValue() + "月" : "");
        }
        if (day && !year) {
            return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
        }
        return d.toLocalTime().equals(LocalTime.MIDNIGHT) ? d.toLocalDate().toString() : d.toString().replace('T', ' ');
    }

    /** A format that shows a year, a day, 年 or 日 (quoted text and [colour] sections aside) is a date format. */
    private static boolean isDateFormat(String format) {
        String plain = QUOTED_OR_BRACKETED.matcher(format).replaceAll("").toLowerCase(Locale.ROOT);
        return plain.contains("y") || plain.contains("d") || plain.contains("年") || plain.contains("日");
    }

    /** Whether {@code s} (inside square brackets) names a colour, which changes nothing of what a cell says. */
    static boolean colour(String s) {
        return COLOUR.matcher(s.strip()).matches();
    }
}
