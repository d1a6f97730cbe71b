package io.github.talentrules.pack;

import io.github.talentrules.Language;
import java.util.Objects;

/**
 * A value derived from a date fact on the case's reference date, in completed units: age in
 * completed years (周岁) from the birth date, a company's age, months since an event.
 *
 * @param name the name rules use ({@code age})
 * @param from the date fact it is derived from ({@code birthDate})
 * @param unit years or months, completed
 * @param zh the Chinese label
 * @param en the English label
 */
public record DerivedSpec(String name, String from, Unit unit, String zh, String en) {

    /** Completed years or completed months between the date fact and the reference date. */
    public enum Unit { YEARS, MONTHS }

    public DerivedSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    public String label(Language language) {
        return language.pick(zh, en);
    }
}
