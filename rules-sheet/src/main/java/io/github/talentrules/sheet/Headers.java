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

    private Headers() {
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
