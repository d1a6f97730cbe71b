package io.github.talentrules.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.talentrules.pack.FactSpec;
import io.github.talentrules.Language;
import java.util.List;
import java.util.Locale;

/**
 * How the page asks for a fact: the kind of input, the unit, and for a closed list the choices
 * with their labels, all read from the fact's declaration in its pack.
 */
final class FactForm {
    private FactForm() {
    }

    /** A value a person can pick, and what the page shows for it. */
    record Choice(String value, String label) {
    }

    /**
     * The values a person picks from for {@code fact}, with their labels; empty when the fact is
     * typed in. Levels and codes are the values the pack declares, shown as they are written there
     * (the fact's label and hint say what they mean); a yes/no fact is 是/否 (yes/no).
     *
     * <p>The one place that labels a fact's values: when the packs declare vocabularies with Chinese
     * and English words for every code and level (issue 14), only this method changes.
     */
    static List<Choice> choices(FactSpec fact, Language language) {
        return switch (fact.type()) {
            case BOOLEAN -> List.of(new Choice("true", language == Language.ZH ? "是" : "yes"),
                    new Choice("false", language == Language.ZH ? "否" : "no"));
            case LEVEL, CODE, CODES -> fact.vocabulary()
                    .map(v -> v.values().stream().map(x -> new Choice(x.code(), x.label(language))).toList())
                    .orElseGet(() -> fact.values().stream().map(v -> new Choice(v, v)).toList());
            default -> List.of();
        };
    }

    /** The fact as the page's form and {@code GET /api/programmes/{id}} show it. */
    static ObjectNode describe(FactSpec fact, Language language) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("name", fact.name());
        o.put("label", fact.label(language));
        o.put("type", fact.type().name().toLowerCase(Locale.ROOT));
        o.put("input", input(fact));
        if (fact.type() == FactSpec.Type.YUAN) {
            o.put("unit", language == Language.ZH ? "元" : "yuan");
        }
        if (!fact.hint().isEmpty()) {
            o.put("hint", fact.hint());
        }
        var choices = o.putArray("choices");
        choices(fact, language).forEach(c -> choices.addObject().put("value", c.value()).put("label", c.label()));
        if (fact.type() == FactSpec.Type.RECORDS) {
            // A list of records (the visiting experts of one project): each record has these fields.
            var fields = o.putArray("fields");
            fact.fields().forEach(f -> fields.add(describe(f, language)));
        }
        return o;
    }

    /** {@code date}, {@code integer}, {@code decimal}, {@code select}, {@code multiselect} or {@code text}. */
    private static String input(FactSpec fact) {
        return switch (fact.type()) {
            case DATE -> "date";
            case INTEGER -> "integer";
            case DECIMAL, YUAN -> "decimal";
            case BOOLEAN, LEVEL -> "select";
            case CODE -> fact.values().isEmpty() ? "text" : "select";
            case CODES -> fact.values().isEmpty() ? "text" : "multiselect";
            case TEXT -> "text";
            case RECORDS -> "records";
        };
    }
}
