package io.github.talentrules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
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
 */
public record Parameter(String key, String description, String en, String article, String unit,
                        NavigableMap<LocalDate, Object> values, Optional<LocalDate> checked) {

    /** The units a parameter may have. */
    public static final Set<String> UNITS = Set.of(
            "yuan", "yuan/year", "yuan/month", "yuan/person", "days", "weeks", "months", "years",
            "hours/month", "persons", "count", "ratio", "code", "codes", "level", "date", "tiers");

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

    public String description(Language language) {
        return language.pick(description, en);
    }

    /** This leaf with its values replaced from {@code from} on, as a reform does. */
    public Parameter withValueFrom(LocalDate from, Object value) {
        NavigableMap<LocalDate, Object> v = new TreeMap<>(values);
        v.tailMap(from, true).clear();
        v.put(from, value);
        return new Parameter(key, description, en, article, unit, v, checked);
    }

    static List<Parameter> readAll(Tree root) {
        List<Parameter> out = new ArrayList<>();
        for (Map.Entry<String, Tree> e : root.entries()) {
            out.add(read(e.getKey(), e.getValue()));
        }
        return out;
    }

    static Parameter read(String key, Tree t) {
        t.onlyKeys("description", "en", "article", "unit", "values", "checked");
        NavigableMap<LocalDate, Object> values = new TreeMap<>();
        for (Map.Entry<String, Tree> v : t.get("values").entries()) {
            LocalDate from;
            try {
                from = LocalDate.parse(v.getKey());
            } catch (java.time.format.DateTimeParseException e) {
                throw t.get("values").error("'" + v.getKey() + "' is not a date YYYY-MM-DD: each value is keyed by the date it holds from");
            }
            values.put(from, value(v.getValue()));
        }
        try {
            return new Parameter(key, t.text("description"), t.optText("en").orElse(""), t.text("article"), t.text("unit"),
                    values, t.find("checked").map(Tree::date));
        } catch (IllegalArgumentException e) {
            throw t.error(e.getMessage());
        }
    }

    static Object value(Tree t) {
        var n = t.json();
        if (n.isNumber()) {
            return n.decimalValue();
        }
        if (n.isTextual() || n.isBoolean()) {
            return n.isBoolean() ? n.booleanValue() : n.asText();
        }
        if (n.isArray()) {
            return t.list().stream().map(Parameter::value).toList();
        }
        if (n.isObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (Map.Entry<String, Tree> e : t.entries()) {
                m.put(e.getKey(), value(e.getValue()));
            }
            return Collections.unmodifiableMap(m);
        }
        throw t.error("must be a number, text, list or table");
    }
}
