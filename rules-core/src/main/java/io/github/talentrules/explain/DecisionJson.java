package io.github.talentrules.explain;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import io.github.talentrules.Clause;
import io.github.talentrules.Decision;
import io.github.talentrules.Finding;
import io.github.talentrules.Funding;
import io.github.talentrules.Language;
import io.github.talentrules.Operand;
import io.github.talentrules.Tranche;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A decision as JSON, written in one pass with Jackson's streaming generator (no tree is built).
 * Every value keeps its type: money and counts are JSON numbers written as the law writes them
 * ({@code 120000}, {@code 0.2}; never {@code 120000.0} nor {@code "120000"}), yes/no are booleans,
 * dates ISO strings, codes strings, a list of codes an array, and a table (tiers, a payment schedule)
 * an array of objects whose fields keep their types too.
 */
final class DecisionJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private DecisionJson() {
    }

    static String write(Decision d, Glossary g, Language lang) {
        // As ObjectMapper.writeValueAsString does: the buffers come from Jackson's pool and go back to it.
        BufferRecycler buffers = FACTORY._getBufferRecycler();
        try (SegmentedStringWriter out = new SegmentedStringWriter(buffers)) {
            try (JsonGenerator j = FACTORY.createGenerator(out)) {
                decision(j, d, g, lang);
            }
            return out.getAndClear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            buffers.releaseToPool();
        }
    }

    private static void decision(JsonGenerator j, Decision d, Glossary g, Language lang) throws IOException {
        j.writeStartObject();
        j.writeStringField("program", d.programme().id());
        j.writeStringField("programName", d.programme().name(lang));
        j.writeStringField("document", d.document().id());
        j.writeStringField("asOf", d.asOf().toString());
        j.writeStringField("source", d.source());
        j.writeStringField("outcome", d.outcome().name());
        j.writeStringField("summary", Explanation.summary(d, g, lang));
        if (d.funding().isPresent()) {
            funding(j, d.funding().get(), lang);
        }
        j.writeArrayFieldStart("findings");
        for (Finding f : d.findings()) {
            finding(j, d, f, g, lang);
        }
        j.writeEndArray();
        strings(j, "missing", d.missing());
        j.writeEndObject();
    }

    private static void funding(JsonGenerator j, Funding f, Language lang) throws IOException {
        j.writeObjectFieldStart("funding");
        money(j, "amount", f.amount());
        money(j, "payable", f.payable());
        money(j, "cap", f.cap());
        money(j, "requested", f.requested());
        money(j, "reduction", f.reduction());
        if (f.min().isPresent()) {
            j.writeObjectFieldStart("range");
            j.writeFieldName("min");
            number(j, f.min().get());
            j.writeFieldName("max");
            number(j, f.max().get());
            j.writeEndObject();
        }
        j.writeStringField("unit", f.unit());
        if (f.unspecified()) {
            j.writeBooleanField("unspecified", true);
        }
        if (f.state().isPresent()) {
            j.writeStringField("state", f.state().get().name());
        }
        j.writeArrayFieldStart("tranches");
        for (Tranche t : f.tranches()) {
            j.writeStartObject();
            j.writeNumberField("sequence", t.sequence());
            j.writeFieldName("amount");
            number(j, t.amount());
            j.writeStringField("when", t.when(lang));
            j.writeStringField("state", t.state().name());
            j.writeEndObject();
        }
        j.writeEndArray();
        j.writeEndObject();
    }

    private static void finding(JsonGenerator j, Decision d, Finding f, Glossary g, Language lang) throws IOException {
        j.writeStartObject();
        j.writeStringField("rule", f.rule());
        j.writeStringField("article", f.article());
        j.writeStringField("status", f.status().name());
        Optional<String> record = Decision.record(f);
        if (record.isPresent()) {
            j.writeStringField("record", record.get());
            j.writeStringField("recordName", d.recordLabel(record.get(), lang));
            if (d.isExcluded(f)) {
                j.writeBooleanField("leftOut", true);
            }
        }
        j.writeStringField("message", Explanation.message(f, g, lang));
        j.writeObjectFieldStart("values");
        List<String> written = new java.util.ArrayList<>(8);
        for (Clause c : f.clauses()) {
            operand(j, c.subject(), written);
            for (Operand r : c.references()) {
                operand(j, r, written);
            }
        }
        j.writeEndObject();
        if (!f.missing().isEmpty()) {
            strings(j, "missing", f.missing());
        }
        if (f.note().isPresent()) {
            j.writeStringField("note", f.note().get().name());
        }
        if (f.relaxes().isPresent()) {
            j.writeStringField("relaxes", f.relaxes().get());
        }
        j.writeEndObject();
    }

    /** One compared value by its name, each name once (two clauses of a finding may compare the same parameter). */
    private static void operand(JsonGenerator j, Operand o, List<String> written) throws IOException {
        if (written.contains(o.name())) {
            return;
        }
        written.add(o.name());
        j.writeFieldName(o.name());
        value(j, o.value());
    }

    private static void strings(JsonGenerator j, String field, List<String> values) throws IOException {
        j.writeArrayFieldStart(field);
        for (String s : values) {
            j.writeString(s);
        }
        j.writeEndArray();
    }

    private static void money(JsonGenerator j, String field, Optional<BigDecimal> value) throws IOException {
        if (value.isPresent()) {
            j.writeFieldName(field);
            number(j, value.get());
        }
    }

    /** A value with its type: a number, a boolean, a date, a code, a list, a table's row; {@code null} where absent. */
    static void value(JsonGenerator j, Object v) throws IOException {
        if (v == null) {
            j.writeNull();
        } else if (v instanceof BigDecimal b) {
            number(j, b);
        } else if (v instanceof Integer i) {
            j.writeNumber(i);
        } else if (v instanceof Long l) {
            j.writeNumber(l);
        } else if (v instanceof BigInteger b) {
            j.writeNumber(b);
        } else if (v instanceof Boolean b) {
            j.writeBoolean(b);
        } else if (v instanceof List<?> list) {
            j.writeStartArray();
            for (Object x : list) {
                value(j, x);
            }
            j.writeEndArray();
        } else if (v instanceof Map<?, ?> map) {
            j.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                j.writeFieldName(String.valueOf(e.getKey()));
                value(j, e.getValue());
            }
            j.writeEndObject();
        } else if (v instanceof Enum<?> e) {
            j.writeString(e.name());
        } else if (v instanceof CharSequence || v instanceof TemporalAccessor) {
            j.writeString(v.toString());
        } else {
            throw new IllegalStateException("a value of type " + v.getClass().getName() + " has no JSON form: " + v);
        }
    }

    /**
     * A number as the law writes it: {@code 120000} for 120000.0 and 1.2E+5, {@code 0.2} for 0.20. A
     * whole number is written as an integer, so that a reader in any language gets an integer back.
     */
    static void number(JsonGenerator j, BigDecimal b) throws IOException {
        if (b.scale() <= 0 || b.signum() == 0) {
            if (b.signum() == 0) {
                j.writeNumber(0);
            } else if (b.precision() - b.scale() <= 18) {
                j.writeNumber(b.longValueExact());
            } else {
                j.writeNumber(b.toBigIntegerExact());
            }
            return;
        }
        BigDecimal s = b.stripTrailingZeros();
        if (s.scale() <= 0) {
            number(j, s);
        } else {
            j.writeNumber(s);
        }
    }
}
