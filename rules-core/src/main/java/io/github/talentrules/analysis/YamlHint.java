package io.github.talentrules.analysis;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The full-width punctuation a Chinese input method types where YAML needs ASCII: {@code birthDate：1970-01-01}
 * reads as one text, not a key and its value, and the error YAML gives is about something else. Found
 * here to say where it is and what to write instead.
 */
final class YamlHint {
    /** A key followed by a full-width colon: {@code   birthDate：1970-01-01}, {@code - name：...}. */
    private static final Pattern KEY = Pattern.compile("^(\\s*(?:-\\s+)?)([A-Za-z_][\\w.-]*)\\s*：");
    /** A full-width comma between the items of a flow mapping or list: {@code {a: 1，b: 2}}. */
    private static final Pattern FLOW_COMMA = Pattern.compile("^[^#'\"]*[{\\[][^#'\"]*(，)");

    private YamlHint() {
    }

    /**
     * The first full-width colon after a key, or comma in a {@code {…}} or {@code […]}, as
     * {@code line 3, column 12: '：' (a full-width colon): write 'birthDate: 1970-01-01'}.
     */
    static Optional<String> fullWidth(String text) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher k = KEY.matcher(line);
            if (k.find()) {
                int at = k.end() - 1;
                String fixed = line.substring(0, at).stripTrailing() + ": " + line.substring(at + 1).stripLeading();
                return Optional.of("line " + (i + 1) + ", column " + (at + 1) + ": '：' (a full-width colon) after '" + k.group(2)
                        + "', where YAML needs ':' and a space: write '" + fixed.strip() + "'");
            }
            Matcher c = FLOW_COMMA.matcher(line);
            if (c.find()) {
                int at = c.start(1);
                return Optional.of("line " + (i + 1) + ", column " + (at + 1) + ": '，' (a full-width comma) between items,"
                        + " where YAML needs ',': write '" + (line.substring(0, at) + ", " + line.substring(at + 1).stripLeading()).strip() + "'");
            }
        }
        return Optional.empty();
    }
}
