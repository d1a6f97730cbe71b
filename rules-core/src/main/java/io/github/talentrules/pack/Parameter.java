package io.github.talentrules.pack;

import io.github.talentrules.Language;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One number (or code, or table) the text states, as {@code parameters.yaml} records it: the
 * document's own words, the article, the unit, and the value from each date it holds.
 *
 * @param key the name rules, reforms and diffs use ({@code intl-training.max-age})
 * @param description the document's own words
 * @param en the same in English
 * @param article the citation, with the document number
 * @param unit one of {@link #UNITS}
 * @param values the value from each date on (numbers are {@link BigDecimal}, tables lists of maps)
 * @param checked the day someone last compared the leaf with the text
 * @param reformed where a reform gave it values: from which day, and in what words (empty: the text's values)
 */
public record Parameter(String key, String description, String en, String article, String unit,
                        NavigableMap<LocalDate, Object> values, Optional<LocalDate> checked, Optional<Reformed> reformed) {

    /**
     * The values a reform gave a parameter: every value from {@code from} on is the reform's (a reform
     * replaces the values from its first date), and a finding that compares with one of them says so in
     * these words: the reform's new words for the parameter where it gives them, else its name.
     *
     * @param from the first day a value of the reform holds
     * @param zh the words in Chinese (年龄在50周岁以下)
     * @param en the same in English (Chinese where the reform gives none)
     */
    public record Reformed(LocalDate from, String zh, String en) {
        public Reformed {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(zh, "zh");
            Objects.requireNonNull(en, "en");
        }

        public String words(Language language) {
            return language.pick(zh, en);
        }
    }

    /** A parameter as the text states it, no reform's. */
    public Parameter(String key, String description, String en, String article, String unit,
                     NavigableMap<LocalDate, Object> values, Optional<LocalDate> checked) {
        this(key, description, en, article, unit, values, checked, Optional.empty());
    }

    /** The units a parameter may have. */
    public static final Set<String> UNITS = Set.of(
            "yuan", "yuan/year", "yuan/month", "yuan/person", "days", "working-days", "weeks", "months", "years",
            "hours/month", "persons", "count", "rank", "ratio", "code", "codes", "level", "date", "tiers");

    public Parameter {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(article, "article");
        if (!UNITS.contains(unit)) {
            throw new IllegalArgumentException("unit '" + unit + "' is not one of " + new java.util.TreeSet<>(UNITS));
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        values = Collections.unmodifiableNavigableMap(new TreeMap<>(values));
        en = en == null ? "" : en;
        Objects.requireNonNull(reformed, "reformed");
        for (Map.Entry<LocalDate, Object> e : values.entrySet()) {
            String problem = problem(unit, e.getValue());
            if (problem != null) {
                throw new IllegalArgumentException("the value from " + e.getKey() + " " + problem);
            }
        }
    }

    private static final Set<String> NUMBERS = Set.of(
            "yuan", "yuan/year", "yuan/month", "yuan/person", "days", "working-days", "weeks", "months", "years", "hours/month", "persons", "count", "rank");

    /** What is wrong with a value for its unit, checked when the pack loads so that no rule meets it; null when nothing. */
    private static String problem(String unit, Object v) {
        if (NUMBERS.contains(unit)) {
            return v instanceof BigDecimal ? null : "must be a number in " + unit + ", not " + v;
        }
        switch (unit) {
            case "ratio":
                if (v instanceof BigDecimal) {
                    return null;
                }
                if (!(v instanceof List<?> rows) || rows.isEmpty() || !rows.stream().allMatch(r -> r instanceof Map<?, ?> m && m.get("share") instanceof BigDecimal)) {
                    return "must be a ratio, or a payment schedule: a list of {share, when, en}";
                }
                BigDecimal sum = rows.stream().map(r -> (BigDecimal) ((Map<?, ?>) r).get("share")).reduce(BigDecimal.ZERO, BigDecimal::add);
                return sum.compareTo(BigDecimal.ONE) == 0 ? null : "is a payment schedule whose shares add up to " + sum + ", not 1";
            case "tiers":
                if (!(v instanceof List<?> tiers) || tiers.isEmpty()) {
                    return "must be a list of tiers {from, to, amount}";
                }
                BigDecimal last = null;
                for (Object t : tiers) {
                    if (!(t instanceof Map<?, ?> m) || !(m.get("from") instanceof BigDecimal from) || !(m.get("to") instanceof BigDecimal to)
                            || !(m.get("amount") instanceof BigDecimal)) {
                        return "has a tier that is not {from, to, amount} in numbers: " + t;
                    }
                    if (from.compareTo(to) > 0 || last != null && from.compareTo(last) <= 0) {
                        return "has tiers that are not in order or overlap at " + t;
                    }
                    last = to;
                }
                return null;
            case "date":
                try {
                    LocalDate.parse(String.valueOf(v));
                    return null;
                } catch (java.time.format.DateTimeParseException e) {
                    return "must be a date YYYY-MM-DD, not " + v;
                }
            case "codes":
                return v instanceof List<?> l && l.stream().allMatch(x -> x instanceof String) ? null : "must be a list of codes";
            default:
                return v instanceof String ? null : "must be a code or level, not " + v;
        }
    }


    /**
     * The value on {@code day}: the one from the latest date on or before it. Before the first date
     * (a case dated before the document, which the in-force rule rejects) the first value applies,
     * so that the other findings can still be shown.
     */
    public Object valueOn(LocalDate day) {
        Map.Entry<LocalDate, Object> e = values.floorEntry(day);
        return (e != null ? e : values.firstEntry()).getValue();
    }

    /**
     * The reform whose value holds on {@code day} (the value {@link #valueOn} gives), if that value is a
     * reform's; empty for a value of the text.
     */
    public Optional<Reformed> reformedOn(LocalDate day) {
        if (reformed.isEmpty()) {
            return reformed;
        }
        LocalDate from = values.floorKey(day);
        return (from != null ? from : values.firstKey()).isBefore(reformed.get().from()) ? Optional.empty() : reformed;
    }

    public String description(Language language) {
        return language.pick(description, en);
    }

    /** This leaf with its values replaced from {@code from} on, as a reform does. */
    public Parameter withValueFrom(LocalDate from, Object value) {
        NavigableMap<LocalDate, Object> v = new TreeMap<>(values);
        v.tailMap(from, true).clear();
        v.put(from, value);
        return new Parameter(key, description, en, article, unit, v, checked, reformed);
    }

    /** This leaf, its values from {@code r.from()} on marked as the reform's ({@link #reformedOn}). */
    public Parameter reformedBy(Reformed r) {
        return new Parameter(key, description, en, article, unit, values, checked, Optional.of(r));
    }
}
