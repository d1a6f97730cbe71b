package io.github.talentrules.internal.load;

import io.github.talentrules.Language;
import io.github.talentrules.internal.Width;
import io.github.talentrules.pack.Unit;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number read strictly, as a fact of a given {@link Unit}: a cell or a scalar written by a person
 * ({@code 120天}, {@code 12,000}, {@code 5万元}), where nothing is read unless it is read with certainty.
 *
 * <ul>
 * <li>Digits in either width; a decimal point; commas only between groups of three digits
 * ({@code 12,000}, {@code 1,234,567}): {@code 1,2} and {@code 1,20} are refused.</li>
 * <li>No sign, no exponent ({@code 1e2}), no hexadecimal, no {@code _}, no spaces inside the number.
 * Leading zeros are decimal ({@code 0120} is 120, as YAML 1.2 reads it; never YAML 1.1's octal 80).</li>
 * <li>Never negative; a whole-number fact takes no fraction ({@code 3.0} is 3, {@code 3.5} is refused);
 * a rank or a year number starts at 1; yuan go to the fen.</li>
 * <li>After the number, a word of the fact's unit ({@code 120天}, {@code 120 日}, {@code 3年},
 * {@code 3个月}, {@code 5人}; {@code 5万元}, {@code ¥5,000}, {@code 人民币5000元} for yuan). A word of
 * another unit is refused naming both ({@code 120元} where days are expected); {@code 3月} is refused
 * because it may be the month of March; {@code 第3年} only where the unit is a year number.</li>
 * </ul>
 */
public final class Quantity {
    private static final Pattern NUMBER = Pattern.compile("([0-9][0-9,]*)(\\.[0-9]+)?");
    private static final Pattern THOUSANDS = Pattern.compile("[1-9][0-9]{0,2}(,[0-9]{3})+");
    private static final Pattern EXPONENT = Pattern.compile("[eE][+-]?[0-9].*");
    private static final Pattern RADIX = Pattern.compile("[xXoObB][0-9a-fA-F].*");
    private static final Pattern CURRENCY = Pattern.compile("(?i)(¥|人民币|rmb|cny)\\s*");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MAX_INT = BigDecimal.valueOf(Integer.MAX_VALUE);

    private Quantity() {
    }

    /** What reading a text gave: the value, or why it was refused. */
    public sealed interface Reading<T> {
    }

    /** The value read. */
    public record Read<T>(T value) implements Reading<T> {
    }

    /** The text cannot be read as the unit asks; {@link #message} says why, in either language. */
    public record Refused<T>(String text, String zh, String en) implements Reading<T> {
        public String message(Language language) {
            return language == Language.ZH ? zh : en;
        }
    }

    /** A whole number of {@code unit} ({@code 120天} → 120). */
    public static Reading<Integer> whole(String text, Unit unit) {
        Reading<BigDecimal> r = decimal(text, unit);
        if (r instanceof Refused<BigDecimal> no) {
            return new Refused<>(no.text(), no.zh(), no.en());
        }
        BigDecimal v = ((Read<BigDecimal>) r).value();
        String t = text.strip();
        if (v.stripTrailingZeros().scale() > 0) {
            return new Refused<>(t, "“" + t + "”不是整数", "'" + t + "' is not a whole number");
        }
        if (v.compareTo(MAX_INT) > 0) {
            return new Refused<>(t, "“" + t + "”过大", "'" + t + "' is too large");
        }
        return new Read<>(v.intValue());
    }

    /** A number of {@code unit}, as exact as it is written ({@code 6.5个月} → 6.5, {@code 1.5万元} → 15000). */
    public static Reading<BigDecimal> decimal(String text, Unit unit) {
        String t = text.strip();
        String s = Width.fold(t).replace('\u2212', '-').strip();
        if (s.isEmpty()) {
            return refused(t, "没有填写数字", "no number is written");
        }
        if (s.startsWith("-") || s.startsWith("负")) {
            return refused(t, "“" + t + "”是负数；应为" + unit.label(Language.ZH) + "，不能为负",
                    "'" + t + "' is negative; expected " + unit.label(Language.EN) + ", never below 0");
        }
        if (s.startsWith("+")) {
            return refused(t, "“" + t + "”带有正号，请只写数字", "'" + t + "' has a sign: write the number alone");
        }
        Matcher currency = Character.isDigit(s.charAt(0)) ? null : CURRENCY.matcher(s);
        if (currency != null && currency.lookingAt()) {
            if (unit != Unit.YUAN) {
                return otherUnit(t, Unit.YUAN, unit);
            }
            s = s.substring(currency.end());
        }
        if (s.startsWith("第")) {
            if (!unit.place()) {
                return refused(t, "“" + t + "”是序数（第几），不是数量；应为" + unit.label(Language.ZH),
                        "'" + t + "' is an ordinal (which one), not an amount; expected " + unit.label(Language.EN));
            }
            s = s.substring(1).strip();
        }
        Matcher m = NUMBER.matcher(s);
        if (!m.lookingAt()) {
            return refused(t, "“" + t + "”不是数字（请用阿拉伯数字书写，如 120 或 12,000）",
                    "'" + t + "' is not a number (write digits, like 120 or 12,000)");
        }
        String integral = m.group(1);
        String rest = s.substring(m.end()).strip();
        if (!rest.isEmpty() && EXPONENT.matcher(rest).matches()) {
            return refused(t, "“" + t + "”是科学计数法，请直接写出数字", "'" + t + "' is in scientific notation: write the number out");
        }
        if (integral.equals("0") && m.group(2) == null && RADIX.matcher(rest).matches()) {
            return refused(t, "“" + t + "”不是十进制数字", "'" + t + "' is not a decimal number");
        }
        if (rest.startsWith("_") || hasDigit(rest) || integral.endsWith(",")) {
            return malformed(t);
        }
        if (integral.contains(",") && !THOUSANDS.matcher(integral).matches()) {
            return refused(t, "“" + t + "”中的逗号不是千位分隔符（千位分隔写作 12,000）",
                    "'" + t + "' is not a well-formed number: a comma may only separate thousands (12,000)");
        }
        BigDecimal value = new BigDecimal(integral.replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
        Optional<BigDecimal> times = multiplier(rest, unit);
        if (times.isEmpty()) {
            return unitWord(t, rest, unit);
        }
        value = value.multiply(times.get());
        if (value.scale() > 0 && times.get().compareTo(BigDecimal.ONE) > 0) {
            value = value.stripTrailingZeros();
            value = value.scale() < 0 ? value.setScale(0) : value;
        }
        if (unit.place() && value.compareTo(BigDecimal.ONE) < 0) {
            return refused(t, "“" + t + "”：" + unit.label(Language.ZH) + "从1开始", "'" + t + "': a " + unit.label(Language.EN) + " starts at 1");
        }
        if (unit == Unit.YUAN && value.stripTrailingZeros().scale() > 2) {
            return refused(t, "“" + t + "”精确到分以下（最多两位小数）", "'" + t + "' is finer than a fen (0.01 yuan)");
        }
        return new Read<>(value);
    }

    /** What the word after the number multiplies it by, when it is a word of {@code unit}; empty when it is not. */
    private static Optional<BigDecimal> multiplier(String rest, Unit unit) {
        String w = rest.replace(" ", "").toLowerCase(Locale.ROOT);
        if (w.isEmpty() || unit.accepts(w)) {
            return Optional.of(BigDecimal.ONE);
        }
        if (unit == Unit.YUAN) {
            if (w.equals("万") || w.equals("万元") || w.equals("万元人民币")) {
                return Optional.of(TEN_THOUSAND);
            }
            if (w.equals("千元")) {
                return Optional.of(THOUSAND);
            }
        }
        return Optional.empty();
    }

    private static Reading<BigDecimal> unitWord(String t, String rest, Unit unit) {
        String w = rest.replace(" ", "");
        if (w.equals("月")) {
            return refused(t, "“" + t + "”可能指某月份；时长请写作“个月”（如 3个月）",
                    "'" + t + "' may be a month of the year: write a length of time as 3个月 or 3 months");
        }
        if (w.startsWith("万") || w.equals("千元")) {
            return otherUnit(t, Unit.YUAN, unit);
        }
        Optional<Unit> other = Unit.named(w);
        if (other.isPresent()) {
            return otherUnit(t, other.get(), unit);
        }
        return refused(t, "“" + t + "”中的“" + rest + "”不是可识别的单位；应为" + unit.label(Language.ZH),
                "'" + t + "': '" + rest + "' is not a unit; expected " + unit.label(Language.EN));
    }

    private static Reading<BigDecimal> otherUnit(String t, Unit found, Unit unit) {
        return refused(t, "“" + t + "”写的是" + found.label(Language.ZH) + "，应为" + unit.label(Language.ZH),
                "'" + t + "' is in " + found.label(Language.EN) + "; expected " + unit.label(Language.EN));
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Reading<BigDecimal> malformed(String t) {
        return refused(t, "“" + t + "”不是格式正确的数字（请写作 120、12,000 或 1.5 这样的数字）",
                "'" + t + "' is not a well-formed number (write it like 120, 12,000 or 1.5)");
    }

    private static <T> Refused<T> refused(String t, String zh, String en) {
        return new Refused<>(t, zh, en);
    }
}
