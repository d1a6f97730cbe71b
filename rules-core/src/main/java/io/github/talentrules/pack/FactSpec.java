package io.github.talentrules.pack;

import io.github.talentrules.Language;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 * @param payment the fact is about payment (how much, when, on what papers) rather than about who may
 *        apply: a rule may make a case ineligible on it only where its article's table entry says the
 *        text does so ({@code ineligible:}). Facts in yuan, and those the {@code Pay} helpers read, are
 *        about payment whether declared so or not.
 * @param fields for {@link Type#RECORDS}, the facts each record has (a visiting expert's rank and days),
 *        none of them records; empty otherwise
 * @param vocabulary for a code, codes or level fact, the words it reads ({@code degrees}: 硕士, MSc → MASTER);
 *        its codes are then the fact's {@code values}, lowest first for a level
 * @param unit for a number fact, what it counts ({@code 120天} reads as 120 only where the unit is days);
 *        yuan for {@link Type#YUAN}
 */
public record FactSpec(String name, Type type, String zh, String en, List<String> values, String hint, boolean payment,
                       List<FactSpec> fields, Optional<Vocabulary> vocabulary, Optional<Unit> unit) {

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
        CODES("a list of codes"),
        /**
         * A list of records, each with the facts its {@code fields} declare: the several visiting experts of
         * one project. Rules judge each record on its own ({@code Facts.records}); a record that fails is left
         * out of the case's funding, and the case fails only when no record qualifies.
         */
        RECORDS("a list of records");

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
        fields = List.copyOf(fields);
        Objects.requireNonNull(vocabulary, "vocabulary");
        if (vocabulary.isPresent()) {
            if (type != Type.CODE && type != Type.CODES && type != Type.LEVEL) {
                throw new IllegalArgumentException(name + ": only a code, codes or level fact reads a vocabulary");
            }
            if (!values.isEmpty() && !values.equals(vocabulary.get().codes())) {
                throw new IllegalArgumentException(name + ": a fact with a vocabulary takes its values from it; leave values: out");
            }
            values = vocabulary.get().codes();
        }
        unit = type == Type.YUAN ? Optional.of(Unit.YUAN) : Objects.requireNonNull(unit, "unit");
        if (unit.isPresent() && type != Type.INTEGER && type != Type.DECIMAL && type != Type.YUAN) {
            throw new IllegalArgumentException(name + ": only a number fact has a unit");
        }
        if (type == Type.LEVEL && values.isEmpty()) {
            throw new IllegalArgumentException(name + ": a level fact lists its levels");
        }
        if ((type == Type.RECORDS) == fields.isEmpty()) {
            throw new IllegalArgumentException(name + ": a records fact, and only it, declares its fields");
        }
        if (fields.stream().anyMatch(f -> f.type() == Type.RECORDS)) {
            throw new IllegalArgumentException(name + ": a record's field cannot itself be a list of records");
        }
    }

    /** A fact without a vocabulary or a unit of its own. */
    public FactSpec(String name, Type type, String zh, String en, List<String> values, String hint, boolean payment,
                    List<FactSpec> fields) {
        this(name, type, zh, en, values, hint, payment, fields, Optional.empty(), Optional.empty());
    }

    /** A fact that is not a list of records. */
    public FactSpec(String name, Type type, String zh, String en, List<String> values, String hint, boolean payment) {
        this(name, type, zh, en, values, hint, payment, List.of());
    }

    /** A fact declared without saying it is about payment. */
    public FactSpec(String name, Type type, String zh, String en, List<String> values, String hint) {
        this(name, type, zh, en, values, hint, false);
    }

    /** For a list of records, the field of that name. */
    public Optional<FactSpec> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    public String label(Language language) {
        return language.pick(zh, en);
    }
}
