package io.github.talentrules.internal;

import io.github.talentrules.Language;
import io.github.talentrules.explain.Text;
import io.github.talentrules.internal.load.Quantity;
import io.github.talentrules.internal.load.VocabularyFile;
import io.github.talentrules.pack.FactSpec;
import io.github.talentrules.pack.Unit;
import io.github.talentrules.pack.Vocabulary;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of a fact's value from the text a person wrote: a case file's scalar (YAML or JSON), a
 * {@code String} in a case built in Java, a sheet's cell. Dates in the ways staff write them, numbers
 * strictly in the fact's unit ({@link Quantity}), yes and no from the {@code yes-no} vocabulary, codes
 * and levels from the fact's vocabulary ({@link Vocabulary}: 硕士, 中国, 副高级). A text is read with
 * certainty or refused with the reason in both languages; the caller names the field, row or column.
 */
public final class FactReader {
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    /** A year and a month without the day, as staff write a 出生年月: 1985.06, 1985-6, 1985/06, 1985年6月, 198506. */
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})\\s*(?:[-/.]\\s*(\\d{1,2})|年\\s*(\\d{1,2})\\s*月?|(\\d{2}))");
    private static final Vocabulary YES_NO = VocabularyFile.shared().get("yes-no");

    private FactReader() {
    }

    /** A text that cannot be read as its fact asks; {@link #why()} says why, in both languages. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Text why;

        public Unreadable(Text why) {
            super(why.en(), null, false, false);
            this.why = why;
        }

        public Text why() {
            return why;
        }
    }

    /** The value of {@code text} as {@code spec} declares it: a date, a number, true or false, a code, a list of codes or text. */
    public static Object read(FactSpec spec, String text) throws Unreadable {
        String s = text.strip();
        return switch (spec.type()) {
            case DATE -> date(s);
            case INTEGER -> number(Quantity.whole(s, unit(spec)));
            case DECIMAL, YUAN -> number(Quantity.decimal(s, unit(spec)));
            case BOOLEAN -> yesNo(s);
            case TEXT -> s;
            case LEVEL, CODE -> code(spec, s);
            case CODES -> codes(spec, s);
            case RECORDS -> throw new Unreadable(Text.of(
                    "一个值不能填写多条记录：每条记录分别填写（" + spec.zh() + "1·…、" + spec.zh() + "2·…）",
                    "one value cannot hold several records: give each record its own fields (" + spec.en() + " 1 · ..., " + spec.en() + " 2 · ...)"));
        };
    }

    /** What a number fact counts; a fact declared without a unit (a pack built in Java) counts things. */
    private static Unit unit(FactSpec spec) {
        return spec.unit().orElse(Unit.COUNT);
    }

    private static <T> T number(Quantity.Reading<T> r) throws Unreadable {
        if (r instanceof Quantity.Refused<T> no) {
            throw new Unreadable(Text.of(no.zh(), no.en()));
        }
        return ((Quantity.Read<T>) r).value();
    }

    /** 2024-06-01, 2024/6/1, 2024.6.1, 2024年6月1日, 20240601, with an optional time of day after it. */
    public static LocalDate date(String text) throws Unreadable {
        String s = text.strip();
        Matcher m = DATE.matcher(s);
        if (!m.matches()) {
            m = COMPACT_DATE.matcher(s);
            if (!m.matches()) {
                Matcher ym = YEAR_MONTH.matcher(s);
                if (ym.matches()) {
                    String month = ym.group(2) != null ? ym.group(2) : ym.group(3) != null ? ym.group(3) : ym.group(4);
                    if (Integer.parseInt(month) >= 1 && Integer.parseInt(month) <= 12) {
                        throw yearMonth(s);
                    }
                }
                throw new Unreadable(Text.of("“" + s + "”不是日期（写作 2024-06-01、2024/6/1 或 2024年6月1日）",
                        "'" + s + "' is not a date (write 2024-06-01, 2024/6/1 or 2024年6月1日)"));
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new Unreadable(Text.of("“" + s + "”不是真实存在的日期", "'" + s + "' is not a real date"));
        }
    }

    /**
     * A date given by its year and month only (1985.06, 1985年6月, or an Excel date cell that shows no day):
     * the day is needed, for an age in completed years on a reference date, or a period, turns on it.
     */
    public static Unreadable yearMonth(String shown) {
        return new Unreadable(Text.of("“" + shown + "”只有年和月，没有日：年龄（周岁）和期限按日计算，请填写完整日期（年月日，如 1985-06-15）",
                "'" + shown + "' gives the year and month but not the day: ages in completed years and periods are counted"
                        + " to the day, so give the full date (year, month and day, e.g. 1985-06-15)"));
    }

    /** Yes or no, in the words of the {@code yes-no} vocabulary (是/否, true/false, yes/no, √/×, 1/0). */
    public static boolean yesNo(String text) throws Unreadable {
        Vocabulary.Match m = YES_NO.read(text.strip());
        if (m instanceof Vocabulary.Found f) {
            return f.value().code().equals("TRUE");
        }
        throw new Unreadable(Text.of("“" + text.strip() + "”不是“是”或“否”",
                "'" + text.strip() + "' is not yes or no (write 是/否, yes/no or true/false)"));
    }

    /** One code of a code or level fact: through its vocabulary, or among its listed values, or any text when it lists none. */
    public static String code(FactSpec spec, String word) throws Unreadable {
        String s = word.strip();
        if (spec.vocabulary().isPresent()) {
            Vocabulary.Match m = spec.vocabulary().get().read(s);
            if (m instanceof Vocabulary.Found f) {
                return f.value().code();
            }
            Vocabulary.Failure failure = (Vocabulary.Failure) m;
            throw new Unreadable(Text.of(failure.message(Language.ZH), failure.message(Language.EN)));
        }
        if (spec.values().isEmpty() || spec.values().contains(s)) {
            return s;
        }
        for (String known : spec.values()) {
            if (known.equalsIgnoreCase(s)) {
                return known;
            }
        }
        throw new Unreadable(Text.of("“" + s + "”不在可选值 " + spec.values() + " 中" + Names.suggest(s, spec.values()),
                "'" + s + "' is not one of " + spec.values() + Names.suggest(s, spec.values())));
    }

    /** The codes of a {@code codes} fact written in one text ({@code 教育, 医疗卫生}; {@code 购置必要的图书、资料} stays whole). */
    public static List<String> codes(FactSpec spec, String text) throws Unreadable {
        List<String> out = new ArrayList<>();
        if (spec.vocabulary().isPresent()) {
            for (Vocabulary.Match m : spec.vocabulary().get().readList(text)) {
                if (!(m instanceof Vocabulary.Found f)) {
                    Vocabulary.Failure failure = (Vocabulary.Failure) m;
                    throw new Unreadable(Text.of(failure.message(Language.ZH), failure.message(Language.EN)));
                }
                if (!out.contains(f.value().code())) {
                    out.add(f.value().code());
                }
            }
            return List.copyOf(out);
        }
        for (String part : text.split("[,，;；、|\\s]+")) {
            if (!part.isEmpty()) {
                out.add(code(spec, part));
            }
        }
        return List.copyOf(out);
    }

    /** A number given as a number (a case built in Java): never negative. */
    public static BigDecimal notNegative(BigDecimal v, FactSpec spec) throws Unreadable {
        if (v.signum() < 0) {
            Unit u = unit(spec);
            throw new Unreadable(Text.of("“" + v.toPlainString() + "”是负数；应为" + u.label(Language.ZH) + "，不能为负",
                    "'" + v.toPlainString() + "' is negative; expected " + u.label(Language.EN) + ", never below 0"));
        }
        return v;
    }
}
