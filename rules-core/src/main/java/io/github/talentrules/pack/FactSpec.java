package io.github.talentrules.pack;

import io.github.talentrules.Language;
import java.util.List;
import java.util.Objects;

/**
 * A fact a programme's rules read, as its pack declares it: the name used in case files, its type,
 * and its label in Chinese and English (also the headers a spreadsheet may use).
 *
 * @param name the key in a case file ({@code birthDate})
 * @param type its type
 * @param zh the Chinese label (出生日期)
 * @param en the English label
 * @param values for {@link Type#LEVEL}, the levels from lowest to highest; for {@link Type#CODE}, the codes allowed (empty: any)
 * @param hint what to write, shown in errors and the README
 */
public record FactSpec(String name, Type type, String zh, String en, List<String> values, String hint) {

    /** The types a fact can have. */
    public enum Type {
        DATE("a date YYYY-MM-DD"),
        INTEGER("a whole number"),
        DECIMAL("a number"),
        YUAN("an amount in yuan"),
        BOOLEAN("true or false"),
        TEXT("text"),
        /** One of a closed, ordered list of levels (degrees, titles). */
        LEVEL("one of the levels"),
        /** One of a closed list of codes (or any code when none is listed). */
        CODE("a code"),
        /** A list of codes. */
        CODES("a list of codes");

        private final String description;

        Type(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    public FactSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
        values = List.copyOf(values);
        hint = hint == null ? "" : hint;
        if (type == Type.LEVEL && values.isEmpty()) {
            throw new IllegalArgumentException(name + ": a level fact lists its levels");
        }
    }

    public String label(Language language) {
        return language.pick(zh, en);
    }
}
