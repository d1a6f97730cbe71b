package io.github.talentrules.internal.load;

import io.github.talentrules.explain.Text;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The full-width punctuation a Chinese input method types where YAML needs ASCII: {@code birthDate：1970-01-01}
 * reads as one text, not a key and its value, and the error YAML gives is about something else, often on
 * the next line. Found here, for every YAML file {@link Tree} reads (cases, scenarios, reforms, packs),
 * to say where it is and what to write instead, in both languages.
 */
final class YamlHint {
    /** A key (Chinese too) followed by a full-width colon: {@code   birthDate：1970-01-01}, {@code - name：...}, {@code 生日：birthDate}. */
    private static final Pattern KEY = Pattern.compile("^(\\s*(?:-\\s+)?)([^\\s:：#'\"{}\\[\\],&*!|>%@`][^:：#'\"{}\\[\\],]*?)\\s*：");
    /** A full-width comma between the items of a flow mapping or list: {@code {a: 1，b: 2}}. */
    private static final Pattern FLOW_COMMA = Pattern.compile("^[^#'\"]*[{\\[][^#'\"]*(，)");

    private YamlHint() {
    }

    /**
     * The full-width colon after a key, or comma in a {@code {…}} or {@code […]}, nearest before or on
     * {@code lastLine} (from 1; YAML reports it there or on the next line), as
     * {@code line 3, column 12: '：' (a full-width colon) after 'birthDate', ...: write 'birthDate: 1970-01-01'}.
     */
    static Optional<Text> fullWidth(String text, int lastLine) {
        List<String> lines = text.lines().toList();
        for (int i = Math.min(lines.size(), lastLine) - 1; i >= 0; i--) {
            Optional<Text> hint = line(lines.get(i), i + 1, 1);
            if (hint.isPresent()) {
                return hint;
            }
        }
        return Optional.empty();
    }

    /**
     * The full-width colon or comma in one line of text that starts at {@code line} and {@code column}
     * (from 1): a plain value such as {@code birthDate：1970-01-01} where names with their values were meant.
     */
    static Optional<Text> line(String text, int line, int column) {
        Matcher k = KEY.matcher(text);
        if (k.find()) {
            int at = k.end() - 1;
            String fixed = (text.substring(0, at).stripTrailing() + ": " + text.substring(at + 1).stripLeading()).strip();
            return Optional.of(at(line, column + at).then(Text.of(
                    "'" + k.group(2) + "' 后的 '：' 是全角冒号，YAML 需要半角 ':' 加空格：应写作 '" + fixed + "'",
                    "'：' (a full-width colon) after '" + k.group(2) + "', where YAML needs ':' and a space: write '" + fixed + "'")));
        }
        Matcher c = FLOW_COMMA.matcher(text);
        if (c.find()) {
            int at = c.start(1);
            String fixed = (text.substring(0, at) + ", " + text.substring(at + 1).stripLeading()).strip();
            return Optional.of(at(line, column + at).then(Text.of(
                    "项之间的 '，' 是全角逗号，YAML 需要半角 ','：应写作 '" + fixed + "'",
                    "'，' (a full-width comma) between items, where YAML needs ',': write '" + fixed + "'")));
        }
        return Optional.empty();
    }

    /** {@code line 3, column 12: } in both languages. */
    static Text at(int line, int column) {
        return Text.of("第" + line + "行第" + column + "列：", "line " + line + ", column " + column + ": ");
    }
}
