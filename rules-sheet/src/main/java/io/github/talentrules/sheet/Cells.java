package io.github.talentrules.sheet;

import io.github.talentrules.Language;
import io.github.talentrules.explain.Text;
import io.github.talentrules.internal.FactReader;
import io.github.talentrules.pack.FactSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the text of a cell into the value a fact's type asks for, or says why it cannot: the reader of
 * case files and of cases built in Java ({@link FactReader}), after a mapping file's words.
 */
final class Cells {
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[,，;；|\\n、]+");
    private static final Pattern SCIENTIFIC = Pattern.compile("[0-9](\\.[0-9]+)?[eE]\\+[0-9]+");

    private Cells() {
    }

    /** A cell that cannot be read as its column's type; the message says why, in the chosen language. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Text why;

        Unreadable(Text why, Language lang) {
            super(why.in(lang), null, false, false);
            this.why = why;
        }

        /** Why, in both languages. */
        Text why() {
            return why;
        }
    }

    /**
     * A cell's text as a person sees it: every kind of space (a no-break space U+00A0, the full-width
     * U+3000, thin and narrow spaces) is a space, the invisible zero-width characters (U+200B to U+200D,
     * U+2060, U+FEFF) are nothing, and the spaces around are stripped. {@code 50\u00a0万元} is
     * {@code 50 万元}, {@code 是\u200b} is {@code 是}.
     */
    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean invisible = c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u2060' || c == '\ufeff';
            boolean space = !invisible && c != ' ' && Character.getType(c) == Character.SPACE_SEPARATOR;
            if ((invisible || space) && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null && !invisible) {
                out.append(space ? ' ' : c);
            }
        }
        return (out == null ? text : out.toString()).strip();
    }

    /** The value of a non-blank cell for {@code spec}; {@code aliases} map a sheet's words to the pack's codes. */
    static Object value(FactSpec spec, String text, Map<String, String> aliases, Language lang) throws Unreadable {
        String s = clean(text);
        try {
            return switch (spec.type()) {
                case LEVEL, CODE -> FactReader.read(spec, aliases.getOrDefault(s, s));
                case CODES -> aliases.isEmpty() || aliases.containsKey(s) ? FactReader.read(spec, aliases.getOrDefault(s, s)) : aliased(spec, s, aliases);
                case RECORDS -> throw new FactReader.Unreadable(Text.of(
                        "一个单元格不能填写多条记录：每条记录一组带序号的列（" + spec.zh() + "1·…、" + spec.zh() + "2·…）",
                        "one cell cannot hold several records: give each record numbered columns (" + spec.en() + " 1 · ..., "
                                + spec.en() + " 2 · ...)"));
                case TEXT -> {
                    if (SCIENTIFIC.matcher(s).matches()) {
                        // An ID number typed as a number in Excel and saved as CSV: only its first digits are left.
                        throw new FactReader.Unreadable(Text.of(
                                "“" + s + "”是 Excel 以科学计数法显示的数字，其余各位已丢失：请把该列设为文本格式后重新填写",
                                "'" + s + "' is a number as Excel shows it in scientific notation, its other digits lost:"
                                + " set the column's format to Text and type it again"));
                    }
                    yield FactReader.read(spec, s);
                }
                case DATE -> FactReader.date(io.github.talentrules.internal.Width.fold(s));
                default -> FactReader.read(spec, s);
            };
        } catch (FactReader.Unreadable e) {
            throw new Unreadable(e.why(), lang);
        }
    }

    /** A codes cell whose parts a mapping file may rename one by one. */
    private static List<String> aliased(FactSpec spec, String s, Map<String, String> aliases) throws FactReader.Unreadable {
        List<String> out = new ArrayList<>();
        for (String part : LIST_SEPARATORS.split(s)) {
            String p = part.strip();
            if (!p.isEmpty()) {
                String code = FactReader.code(spec, aliases.getOrDefault(p, p));
                if (!out.contains(code)) {
                    out.add(code);
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * 2024-06-01, 2024/6/1, 2024.6.1, 2024年6月1日, 20240601, with an optional time of day after it; in
     * full-width digits too (２０２４年６月１日), as a Chinese input method types them.
     */
    static LocalDate date(String s, Language lang) throws Unreadable {
        try {
            return FactReader.date(io.github.talentrules.internal.Width.fold(clean(s)));
        } catch (FactReader.Unreadable e) {
            throw new Unreadable(e.why(), lang);
        }
    }

    /** Yes or no, in the words of the {@code yes-no} vocabulary. */
    static boolean bool(String s, Language lang) throws Unreadable {
        try {
            return FactReader.yesNo(clean(s));
        } catch (FactReader.Unreadable e) {
            throw new Unreadable(e.why(), lang);
        }
    }
}
