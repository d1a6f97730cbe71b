package io.github.talentrules.internal.load;

import io.github.talentrules.Case;
import io.github.talentrules.InvalidCaseException;
import io.github.talentrules.pack.DerivedSpec;
import io.github.talentrules.pack.FactSpec;
import io.github.talentrules.pack.Programme;
import io.github.talentrules.internal.FactReader;
import io.github.talentrules.internal.Names;
import io.github.talentrules.explain.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads a case from JSON or YAML and checks every value against the programme's declared facts. */
public final class CaseReader {
    /** A fact's type in Chinese, as {@link FactSpec.Type#description()} says it in English. */
    private static final Map<FactSpec.Type, String> TYPE_ZH = Map.of(FactSpec.Type.DATE, "日期 YYYY-MM-DD",
            FactSpec.Type.INTEGER, "整数", FactSpec.Type.DECIMAL, "数字", FactSpec.Type.YUAN, "以元计的金额",
            FactSpec.Type.BOOLEAN, "true 或 false", FactSpec.Type.TEXT, "文字", FactSpec.Type.LEVEL, "等级之一",
            FactSpec.Type.CODE, "代码", FactSpec.Type.CODES, "代码列表", FactSpec.Type.RECORDS, "记录列表");

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
                FactSpec spec = programme.fact(e.getKey()).orElseThrow(() -> new Refused(e.getValue().path(), unknown(e.getKey(), programme, false)));
                facts.put(e.getKey(), convert(spec, e.getValue()));
            }
            Map<String, Boolean> attestations = new LinkedHashMap<>();
            for (Map.Entry<String, Tree> e : root.find("attestations").map(Tree::entries).orElse(List.of())) {
                if (e.getValue().isNull()) {
                    continue;
                }
                programme.attestation(e.getKey()).orElseThrow(() -> new Refused(e.getValue().path(), unknown(e.getKey(), programme, true)));
                attestations.put(e.getKey(), yesNo(e.getValue()));
            }
            return validate(new Case(id, asOf, facts, attestations, source), programme);
        } catch (Refused e) {
            throw new InvalidCaseException(source, e.path, e.why);
        } catch (TreeException e) {
            throw new InvalidCaseException(e.source(), e.path(), e.why());
        }
    }

    private static Text unknown(String name, Programme p, boolean attestation) {
        List<String> known = (attestation ? p.attestations() : p.facts()).stream().map(FactSpec::name).toList();
        String other = attestation ? "facts" : "attestations";
        boolean elsewhere = (attestation ? p.fact(name) : p.attestation(name)).isPresent();
        return Text.of("不是项目 " + p.id() + " 的" + (attestation ? "认定事项" : "事实"),
                        "is not " + (attestation ? "an attestation" : "a fact") + " of " + p.id())
                .then(elsewhere ? Text.of("（应写在 " + other + " 下）", " (it belongs under " + other + ")")
                        : Names.suggestion(name, known));
    }

    /** "is not a field of" a list's records, in both languages. */
    private static Text notAField(String field, FactSpec spec) {
        return Text.of("不是 " + spec.name() + " 的字段", "is not a field of " + spec.name())
                .then(Names.suggestion(field, spec.fields().stream().map(FactSpec::name).toList()));
    }

    /** A value of a case file that its fact's reader refused: the path and why, in both languages. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String path;
        private final transient Text why;

        Refused(String path, Text why) {
            super(why.en(), null, false, false);
            this.path = path;
            this.why = why;
        }

        /** The path of the value in its file. */
        public String path() {
            return path;
        }

        /** Why it cannot be read, in both languages. */
        public Text why() {
            return why;
        }
    }

    /**
     * A fact's value: every scalar is read from the text as written, by the one reader sheets use too
     * ({@link FactReader}); a list of codes may be a list or one text ({@code 教育, 医疗卫生}).
     */
    public static Object convert(FactSpec spec, Tree t) {
        try {
            if (spec.type() == FactSpec.Type.RECORDS) {
                return t.list().stream().map(r -> record(spec, r)).toList();
            }
            if (spec.type() == FactSpec.Type.CODES && t.isList()) {
                List<String> out = new java.util.ArrayList<>();
                for (Tree x : t.list()) {
                    try {
                        out.add(FactReader.code(spec, x.text()));
                    } catch (FactReader.Unreadable e) {
                        throw new Refused(x.path(), e.why());
                    }
                }
                return List.copyOf(out);
            }
            return FactReader.read(spec, t.text());
        } catch (FactReader.Unreadable e) {
            throw new Refused(t.path(), e.why());
        }
    }

    public static boolean yesNo(Tree t) {
        try {
            return FactReader.yesNo(t.text());
        } catch (FactReader.Unreadable e) {
            throw new Refused(t.path(), e.why());
        }
    }

    /** One record of a list: its fields, each checked as a fact is; an absent field is left out. */
    private static Map<String, Object> record(FactSpec spec, Tree t) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Tree> e : t.entries()) {
            FactSpec field = spec.field(e.getKey()).orElseThrow(() -> new Refused(e.getValue().path(), notAField(e.getKey(), spec)));
            if (!e.getValue().isNull()) {
                out.put(e.getKey(), convert(field, e.getValue()));
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The earliest date a case may hold: before it, a date is a typing error, not a candidate's. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** The latest date a case may hold. */
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    /** A date outside {@link #EARLIEST}..{@link #LATEST} (year 0000, +999999999) refused, naming the field. */
    private static void inRange(String source, String field, Object v) {
        if (v instanceof LocalDate d && (d.isBefore(EARLIEST) || d.isAfter(LATEST))) {
            throw new InvalidCaseException(source, field, io.github.talentrules.explain.Text.of(
                    d + " 不在可判定的日期范围内（" + EARLIEST + " 至 " + LATEST + "）",
                    d + " is outside the dates a case may hold (" + EARLIEST + " to " + LATEST + ")"));
        }
    }

    /** Checks a case built in Java the way a file is checked, and returns it with values in their declared types. */
    public static Case validate(Case c, Programme p) {
        inRange(c.source(), "asOf", c.asOf());
        Map<String, Object> widened = null; // made only when a value is not yet of its declared type
        for (Map.Entry<String, Object> e : c.facts().entrySet()) {
            String name = e.getKey();
            FactSpec spec = p.fact(name).orElseThrow(() ->
                    new InvalidCaseException(c.source(), "facts." + name, unknown(name, p, false)));
            Object v = typed(c.source(), name, spec, e.getValue());
            inRange(c.source(), "facts." + name, v);
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
                throw new InvalidCaseException(c.source(), "facts." + d.from(), Text.of(
                        from + " 晚于基准日 " + c.asOf(), from + " is after the reference date asOf " + c.asOf()));
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
                FactSpec fs = spec.field(field).orElseThrow(() -> new InvalidCaseException(source, "facts." + path, notAField(field, spec)));
                if (e.getValue() != null) {
                    Object v = typed(source, path, fs, e.getValue());
                    inRange(source, "facts." + path, v);
                    typedRecord.put(field, v);
                }
            }
            out.add(java.util.Collections.unmodifiableMap(typedRecord));
        }
        return List.copyOf(out);
    }

    /**
     * A value given in Java, in its fact's type: a {@code String} is read as a case file's text is (硕士, 120天,
     * 是), a code as its vocabulary reads it; a number is never negative.
     */
    private static Object typed(String source, String name, FactSpec spec, Object v) {
        try {
            if (v instanceof String s && spec.type() != FactSpec.Type.TEXT && spec.type() != FactSpec.Type.RECORDS) {
                Object read = FactReader.read(spec, s);
                return read.equals(v) ? v : read;
            }
            Object out = switch (spec.type()) {
                case DATE -> v instanceof LocalDate ? v : null;
                case INTEGER -> v instanceof Integer i ? count(i, spec)
                        : v instanceof Long l && l == l.intValue() ? count(l.intValue(), spec) : null;
                case DECIMAL, YUAN -> v instanceof BigDecimal d ? FactReader.notNegative(d, spec)
                        : v instanceof Integer || v instanceof Long ? FactReader.notNegative(new BigDecimal(v.toString()), spec) : null;
                case BOOLEAN -> v instanceof Boolean ? v : null;
                case TEXT -> v instanceof String ? v : null;
                case LEVEL, CODE -> null;
                case CODES -> v instanceof List<?> l && l.stream().allMatch(x -> x instanceof String) ? codes(spec, l) : null;
                case RECORDS -> v instanceof List<?> l && l.stream().allMatch(x -> x instanceof Map) ? records(source, name, spec, l) : null;
            };
            if (out == null) {
                String allowed = spec.values().isEmpty() || spec.values().size() > 12 ? "" : " " + spec.values();
                // A value put in a case built in Java: said by what it is, never by its Java class.
                throw new InvalidCaseException(source, "facts." + name, Text.of("应为" + TYPE_ZH.get(spec.type()) + allowed + "，而不是 " + v,
                        "must be " + spec.type().description() + allowed + ", not " + v));
            }
            return out;
        } catch (FactReader.Unreadable e) {
            throw new InvalidCaseException(source, "facts." + name, e.why());
        }
    }

    private static Object count(int i, FactSpec spec) throws FactReader.Unreadable {
        FactReader.notNegative(BigDecimal.valueOf(i), spec);
        return i;
    }

    /** The codes of a list given in Java, each read by the fact's vocabulary; the list itself when nothing changes. */
    private static Object codes(FactSpec spec, List<?> given) throws FactReader.Unreadable {
        List<String> out = new java.util.ArrayList<>();
        for (Object x : given) {
            out.add(FactReader.code(spec, (String) x));
        }
        return out.equals(given) ? List.copyOf(given) : List.copyOf(out);
    }
}
