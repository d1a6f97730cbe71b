package io.github.talentrules.internal.load;

import io.github.talentrules.Case;
import io.github.talentrules.InvalidCaseException;
import io.github.talentrules.pack.DerivedSpec;
import io.github.talentrules.pack.FactSpec;
import io.github.talentrules.pack.Programme;
import io.github.talentrules.internal.Names;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads a case from JSON or YAML and checks every value against the programme's declared facts. */
public final class CaseReader {
    private CaseReader() {
    }

    public static Case read(String text, String source, Function<String, Programme> programmes) {
        try {
            Tree root = Tree.parse(text, source);
            root.onlyKeys("program", "asOf", "facts", "attestations");
            String id = root.text("program");
            Programme programme = programmes.apply(id);
            LocalDate asOf = root.date("asOf");
            Map<String, Object> facts = new LinkedHashMap<>();
            for (Map.Entry<String, Tree> e : root.find("facts").map(Tree::entries).orElse(List.of())) {
                if (e.getValue().isNull()) {
                    continue;
                }
                FactSpec spec = programme.fact(e.getKey()).orElseThrow(() -> e.getValue().error(unknown(e.getKey(), programme, false)));
                facts.put(e.getKey(), convert(spec, e.getValue()));
            }
            Map<String, Boolean> attestations = new LinkedHashMap<>();
            for (Map.Entry<String, Tree> e : root.find("attestations").map(Tree::entries).orElse(List.of())) {
                if (e.getValue().isNull()) {
                    continue;
                }
                programme.attestation(e.getKey()).orElseThrow(() -> e.getValue().error(unknown(e.getKey(), programme, true)));
                attestations.put(e.getKey(), e.getValue().bool());
            }
            return validate(new Case(id, asOf, facts, attestations, source), programme);
        } catch (TreeException e) {
            throw new InvalidCaseException(e.source(), e.path(), e.getMessage().substring(
                    e.source().length() + (e.path().isEmpty() ? 2 : e.path().length() + 4)));
        }
    }

    private static String unknown(String name, Programme p, boolean attestation) {
        List<String> known = (attestation ? p.attestations() : p.facts()).stream().map(FactSpec::name).toList();
        String other = attestation ? "facts" : "attestations";
        boolean elsewhere = (attestation ? p.fact(name) : p.attestation(name)).isPresent();
        return "is not " + (attestation ? "an attestation" : "a fact") + " of " + p.id()
                + (elsewhere ? " (it belongs under " + other + ")" : Names.suggest(name, known));
    }

    /** A value of a case file as the fact declares it; a level or code must be one the fact lists. */
    public static Object convert(FactSpec spec, Tree t) {
        return switch (spec.type()) {
            case DATE -> t.date();
            case INTEGER -> t.integer();
            case DECIMAL, YUAN -> t.decimal();
            case BOOLEAN -> t.bool();
            case TEXT -> t.text();
            case LEVEL, CODE -> code(spec, t);
            case CODES -> t.list().stream().map(x -> code(spec, x)).toList();
            case RECORDS -> t.list().stream().map(r -> record(spec, r)).toList();
        };
    }

    /** One record of a list: its fields, each checked as a fact is; an absent field is left out. */
    private static Map<String, Object> record(FactSpec spec, Tree t) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Tree> e : t.entries()) {
            FactSpec field = spec.field(e.getKey()).orElseThrow(() -> e.getValue().error("is not a field of " + spec.name()
                    + Names.suggest(e.getKey(), spec.fields().stream().map(FactSpec::name).toList())));
            if (!e.getValue().isNull()) {
                out.put(e.getKey(), convert(field, e.getValue()));
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static String code(FactSpec spec, Tree t) {
        String s = t.text();
        if (!spec.values().isEmpty() && !spec.values().contains(s)) {
            throw t.error("'" + s + "' is not one of " + spec.values() + Names.suggest(s, spec.values()));
        }
        return s;
    }

    /** Checks a case built in Java the way a file is checked, and returns it with values in their declared types. */
    public static Case validate(Case c, Programme p) {
        Map<String, Object> widened = null; // made only when a value is not yet of its declared type
        for (Map.Entry<String, Object> e : c.facts().entrySet()) {
            String name = e.getKey();
            FactSpec spec = p.fact(name).orElseThrow(() ->
                    new InvalidCaseException(c.source(), "facts." + name, unknown(name, p, false)));
            Object v = typed(c.source(), name, spec, e.getValue());
            if (v != e.getValue() && widened == null) {
                widened = new LinkedHashMap<>(c.facts());
            }
            if (widened != null) {
                widened.put(name, v);
            }
        }
        for (String a : c.attestations().keySet()) {
            if (p.attestation(a).isEmpty()) {
                throw new InvalidCaseException(c.source(), "attestations." + a, unknown(a, p, true));
            }
        }
        Map<String, Object> facts = widened != null ? widened : c.facts();
        for (DerivedSpec d : p.derived()) {
            if (facts.get(d.from()) instanceof LocalDate from && from.isAfter(c.asOf())) {
                throw new InvalidCaseException(c.source(), "facts." + d.from(),
                        from + " is after the reference date asOf " + c.asOf());
            }
        }
        // A case whose values already have their declared types is used as it is.
        return widened != null ? new Case(c.programme(), c.asOf(), widened, c.attestations(), c.source()) : c;
    }

    /** The records of a list built in Java, each field typed as the record's spec declares it. */
    private static List<Map<String, Object>> records(String source, String name, FactSpec spec, List<?> records) {
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            Map<String, Object> typedRecord = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) records.get(i)).entrySet()) {
                String field = String.valueOf(e.getKey());
                String path = name + "[" + i + "]." + field;
                FactSpec fs = spec.field(field).orElseThrow(() -> new InvalidCaseException(source, "facts." + path,
                        "is not a field of " + spec.name() + Names.suggest(field, spec.fields().stream().map(FactSpec::name).toList())));
                if (e.getValue() != null) {
                    typedRecord.put(field, typed(source, path, fs, e.getValue()));
                }
            }
            out.add(java.util.Collections.unmodifiableMap(typedRecord));
        }
        return List.copyOf(out);
    }

    private static Object typed(String source, String name, FactSpec spec, Object v) {
        Object out = switch (spec.type()) {
            case DATE -> v instanceof LocalDate ? v : null;
            case INTEGER -> v instanceof Integer ? v
                    : v instanceof Long l && l == l.intValue() ? Integer.valueOf(l.intValue()) : null;
            case DECIMAL, YUAN -> v instanceof BigDecimal ? v
                    : v instanceof Integer || v instanceof Long ? new BigDecimal(v.toString()) : null;
            case BOOLEAN -> v instanceof Boolean ? v : null;
            case TEXT -> v instanceof String ? v : null;
            case LEVEL, CODE -> v instanceof String s && (spec.values().isEmpty() || spec.values().contains(s)) ? v : null;
            case CODES -> v instanceof List<?> l && l.stream().allMatch(x -> x instanceof String s
                    && (spec.values().isEmpty() || spec.values().contains(s))) ? List.copyOf(l) : null;
            case RECORDS -> v instanceof List<?> l && l.stream().allMatch(x -> x instanceof Map) ? records(source, name, spec, l) : null;
        };
        if (out == null) {
            String allowed = spec.values().isEmpty() ? "" : " " + spec.values();
            throw new InvalidCaseException(source, "facts." + name, "must be " + spec.type().description() + allowed + ", not " + v
                    + " (" + v.getClass().getSimpleName() + ")");
        }
        return out;
    }
}
