package io.github.talentrules.sheet;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How headers are compared, and the headers of the columns that are not facts. */
final class Headers {
    /** A mapping target: the column is kept in the output but not read. */
    static final String IGNORE = "ignore";
    static final String PROGRAM = "program";
    static final String AS_OF = "asOf";

    private static final Set<String> PROGRAM_HEADERS = Set.of("程序", "项目", "申报项目", "项目类别", "program", "programme", "programid");
    private static final Set<String> AS_OF_HEADERS = Set.of("基准日", "基准日期", "审核基准日", "asof", "referencedate");

    /**
     * Headers staff write for a fact other than its label, each certain: 出生年月 is the column of the date of
     * birth (its cells must still give the day: see {@code FactReader.yearMonth}).
     */
    private static final java.util.Map<String, String> STAFF = java.util.Map.of(
            "出生年月", "birthDate", "出生年月日", "birthDate", "出生日期(年月日)", "birthDate", "出生年月(日)", "birthDate",
            "出生时间", "birthDate", "dob", "birthDate");

    private Headers() {
    }

    /** The fact a header names in staff's words ({@link #normal} form), or null. */
    static String staffFact(String normal) {
        return STAFF.get(normal);
    }

    /**
     * Without spaces (also full-width ones), full-width forms folded to half-width, lower case:
     * 出生日期 （年月日） = 出生日期(年月日), ｂｉｒｔｈＤａｔｅ = birthdate.
     */
    static String normal(String header) {
        StringBuilder b = new StringBuilder(header.length());
        io.github.talentrules.internal.Width.fold(header).codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0' || c == '\ufeff' || c == '*' || c == '＊') {
                return;
            }
            b.appendCodePoint(switch (c) {
                case '（' -> '(';
                case '）' -> ')';
                case '：' -> ':';
                default -> c;
            });
        });
        String s = b.toString().toLowerCase(Locale.ROOT);
        return s.endsWith(":") ? s.substring(0, s.length() - 1) : s;
    }

    static List<String> normalAll(List<String> headers) {
        return headers.stream().map(Headers::normal).toList();
    }

    static boolean isProgramme(String normal) {
        return PROGRAM_HEADERS.contains(normal);
    }

    static boolean isAsOf(String normal) {
        return AS_OF_HEADERS.contains(normal);
    }
}
