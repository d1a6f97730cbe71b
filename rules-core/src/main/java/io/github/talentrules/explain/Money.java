package io.github.talentrules.explain;

import io.github.talentrules.Decision;
import io.github.talentrules.Funding;
import io.github.talentrules.Language;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

/**
 * Money in words and in cells, and what a total of decisions counts: the one place where an amount
 * of yuan is written, for an explanation, a summary, a sheet's cell, an impact report alike.
 */
public final class Money {
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

    private Money() {
    }

    /** An amount for a reader: {@code 600000元（60万元）} in Chinese, {@code 600,000 yuan} in English. */
    public static String text(BigDecimal yuan, Language lang) {
        if (lang == Language.ZH) {
            String s = plain(yuan) + "元";
            if (yuan.abs().compareTo(WAN) >= 0) {
                s += "（" + plain(yuan.movePointLeft(4)) + "万元）";
            }
            return s;
        }
        // DecimalFormat is costly to make and not thread-safe: made here, only where it is used.
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(yuan) + " yuan";
    }

    /** An amount as a number a cell holds: {@code 120000} for 120000.00, {@code 0.2} for 0.20; no exponent. */
    public static String plain(BigDecimal number) {
        if (number.scale() == 0 && number.precision() <= 18) {
            // A whole number, as most values are (55, 30000): written without making a stripped copy.
            return Long.toString(number.longValueExact());
        }
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }

    /** What an amount is per, after the number: {@code /年} or {@code  a year} for {@code yuan/year}; "" for an award. */
    public static String per(String unit, Language lang) {
        return switch (unit) {
            case "yuan/year" -> Words.PER_YEAR.in(lang);
            case "yuan/month" -> Words.PER_MONTH.in(lang);
            case "yuan/person" -> Words.PER_PERSON.in(lang);
            default -> "";
        };
    }

    /**
     * What a decision adds to a total of funding: what will be paid ({@link Funding#payable()}), where
     * the award is an amount of yuan. A cap is the most that may be given, not what is given, and a
     * rate a month or a year is not a sum: neither is counted (a total says how many it left out).
     */
    public static Optional<BigDecimal> counted(Decision d) {
        return d.funding().filter(f -> "yuan".equals(f.unit())).flatMap(Funding::payable);
    }
}
