package io.github.talentrules.explain;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
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

    // The names of the fields, quoted once.
    private static final SerializedString AMOUNT = new SerializedString("amount");
    private static final SerializedString ARTICLE = new SerializedString("article");
    private static final SerializedString AS_OF = new SerializedString("asOf");
    private static final SerializedString CAP = new SerializedString("cap");
    private static final SerializedString DOCUMENT = new SerializedString("document");
    private static final SerializedString FINDINGS = new SerializedString("findings");
    private static final SerializedString FUNDING = new SerializedString("funding");
    private static final SerializedString LEFT_OUT = new SerializedString("leftOut");
    private static final SerializedString MAX = new SerializedString("max");
    private static final SerializedString MESSAGE = new SerializedString("message");
    private static final SerializedString MIN = new SerializedString("min");
    private static final SerializedString MISSING = new SerializedString("missing");
    private static final SerializedString NOTE = new SerializedString("note");
    private static final SerializedString OUTCOME = new SerializedString("outcome");
    private static final SerializedString PAYABLE = new SerializedString("payable");
    private static final SerializedString PROGRAM = new SerializedString("program");
    private static final SerializedString PROGRAM_NAME = new SerializedString("programName");
    private static final SerializedString RANGE = new SerializedString("range");
    private static final SerializedString RECORD = new SerializedString("record");
    private static final SerializedString RECORD_NAME = new SerializedString("recordName");
    private static final SerializedString REDUCTION = new SerializedString("reduction");
    private static final SerializedString RELAXES = new SerializedString("relaxes");
    private static final SerializedString REQUESTED = new SerializedString("requested");
    private static final SerializedString RULE = new SerializedString("rule");
    private static final SerializedString TITLE = new SerializedString("title");
    private static final SerializedString CITED = new SerializedString("cited");
    private static final SerializedString SEQUENCE = new SerializedString("sequence");
    private static final SerializedString SOURCE = new SerializedString("source");
    private static final SerializedString STATE = new SerializedString("state");
    private static final SerializedString STATUS = new SerializedString("status");
    private static final SerializedString SUMMARY = new SerializedString("summary");
    private static final SerializedString TRANCHES = new SerializedString("tranches");
    private static final SerializedString UNIT = new SerializedString("unit");
    private static final SerializedString UNSPECIFIED = new SerializedString("unspecified");
    private static final SerializedString VALUES = new SerializedString("values");
    private static final SerializedString WHEN = new SerializedString("when");

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
        string(j, PROGRAM, d.programme().id());
        string(j, PROGRAM_NAME, d.programme().name(lang));
        string(j, DOCUMENT, d.document().id());
        j.writeFieldName(AS_OF);
        date(j, d.asOf());
        string(j, SOURCE, d.source());
        string(j, OUTCOME, d.outcome().name());
        string(j, SUMMARY, Explanation.summary(d, g, lang));
        if (d.funding().isPresent()) {
            funding(j, d.funding().get(), lang);
        }
        j.writeFieldName(FINDINGS);
        j.writeStartArray();
        for (Finding f : d.findings()) {
            finding(j, d, f, g, lang);
        }
        j.writeEndArray();
        strings(j, MISSING, d.missing());
        j.writeEndObject();
    }

    private static void funding(JsonGenerator j, Funding f, Language lang) throws IOException {
        j.writeFieldName(FUNDING);
        j.writeStartObject();
        money(j, AMOUNT, f.amount());
        money(j, PAYABLE, f.payable());
        money(j, CAP, f.cap());
        money(j, REQUESTED, f.requested());
        money(j, REDUCTION, f.reduction());
        if (f.min().isPresent()) {
            j.writeFieldName(RANGE);
        j.writeStartObject();
            j.writeFieldName(MIN);
            number(j, f.min().get());
            j.writeFieldName(MAX);
            number(j, f.max().get());
            j.writeEndObject();
        }
        string(j, UNIT, f.unit());
        if (f.unspecified()) {
            j.writeFieldName(UNSPECIFIED);
            j.writeBoolean(true);
        }
        if (f.state().isPresent()) {
            string(j, STATE, f.state().get().name());
        }
        j.writeFieldName(TRANCHES);
        j.writeStartArray();
        for (Tranche t : f.tranches()) {
            j.writeStartObject();
            j.writeFieldName(SEQUENCE);
            j.writeNumber(t.sequence());
            j.writeFieldName(AMOUNT);
            number(j, t.amount());
            string(j, WHEN, t.when(lang));
            string(j, STATE, t.state().name());
            j.writeEndObject();
        }
        j.writeEndArray();
        j.writeEndObject();
    }

    private static void finding(JsonGenerator j, Decision d, Finding f, Glossary g, Language lang) throws IOException {
        j.writeStartObject();
        // The rule and its article as a reader of this language reads them; rule and article stay the ids.
        RuleWords words = g.words(f.rule());
        j.writeFieldName(RULE);
        j.writeString(words.name());
        j.writeFieldName(ARTICLE);
        j.writeString(words.article(f.article()));
        j.writeFieldName(TITLE);
        j.writeString(words.title(lang));
        j.writeFieldName(CITED);
        j.writeString(words.cited(f.article(), lang));
        string(j, STATUS, f.status().name());
        Optional<String> record = Decision.record(f);
        if (record.isPresent()) {
            string(j, RECORD, record.get());
            string(j, RECORD_NAME, d.recordLabel(record.get(), lang));
            if (d.isExcluded(f)) {
                j.writeFieldName(LEFT_OUT);
            j.writeBoolean(true);
            }
        }
        string(j, MESSAGE, Explanation.message(f, d.asOf(), g, lang));
        j.writeFieldName(VALUES);
        j.writeStartObject();
        List<String> written = new java.util.ArrayList<>(8);
        for (Clause c : f.clauses()) {
            operand(j, c.subject(), g, written);
            for (Operand r : c.references()) {
                operand(j, r, g, written);
            }
        }
        j.writeEndObject();
        if (!f.missing().isEmpty()) {
            strings(j, MISSING, f.missing());
        }
        if (f.note().isPresent()) {
            string(j, NOTE, f.note().get().name());
        }
        if (f.relaxes().isPresent()) {
            string(j, RELAXES, f.relaxes().get());
        }
        j.writeEndObject();
    }

    /** One compared value by its name, each name once (two clauses of a finding may compare the same parameter). */
    private static void operand(JsonGenerator j, Operand o, Glossary g, List<String> written) throws IOException {
        if (written.contains(o.name())) {
            return;
        }
        written.add(o.name());
        SerializedString quoted = g.quotedName(o.name());
        if (quoted != null) {
            j.writeFieldName(quoted);
        } else {
            j.writeFieldName(o.name());
        }
        value(j, o.value());
    }

    private static void string(JsonGenerator j, SerializedString field, String value) throws IOException {
        j.writeFieldName(field);
        j.writeString(value);
    }

    private static void strings(JsonGenerator j, SerializedString field, List<String> values) throws IOException {
        j.writeFieldName(field);
        j.writeStartArray();
        for (String s : values) {
            j.writeString(s);
        }
        j.writeEndArray();
    }

    private static void money(JsonGenerator j, SerializedString field, Optional<BigDecimal> value) throws IOException {
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
        } else if (v instanceof java.time.LocalDate day) {
            date(j, day);
        } else if (v instanceof CharSequence || v instanceof TemporalAccessor) {
            j.writeString(v.toString());
        } else {
            throw new IllegalStateException("a value of type " + v.getClass().getName() + " has no JSON form: " + v);
        }
    }

    /** A date as ISO 8601 ({@code 2024-06-01}), as {@code LocalDate.toString} writes it, without its formatting cost. */
    private static void date(JsonGenerator j, java.time.LocalDate day) throws IOException {
        int y = day.getYear();
        if (y < 1000 || y > 9999) {
            j.writeString(day.toString());
            return;
        }
        char[] c = {digit(y / 1000), digit(y / 100), digit(y / 10), digit(y), '-', digit(day.getMonthValue() / 10),
            digit(day.getMonthValue()), '-', digit(day.getDayOfMonth() / 10), digit(day.getDayOfMonth())};
        j.writeString(c, 0, c.length);
    }

    private static char digit(int n) {
        return (char) ('0' + n % 10);
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
