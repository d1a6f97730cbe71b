package io.github.talentrules.rule;

import io.github.talentrules.Operand;
import io.github.talentrules.pack.Parameter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A pack's parameters as they stand on a reference date. Rules read every number the text states
 * from here: a case rule from its case ({@code $f : Facts(..., $p : params)}), a rule over a batch
 * from the one {@code Params} fact of the batch, on its latest {@code asOf}.
 */
public final class Params {
    private final Map<String, Parameter> table;
    private final LocalDate asOf;

    /** Made by the engine for each evaluation. */
    public Params(Map<String, Parameter> table, LocalDate asOf) {
        this.table = table;
        this.asOf = asOf;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    /** The parameter's leaf, for its article and unit. */
    public Parameter leaf(String key) {
        Parameter p = table.get(key);
        if (p == null) {
            throw new IllegalArgumentException("no parameter '" + key + "' in parameters.yaml");
        }
        return p;
    }

    public Object value(String key) {
        return leaf(key).valueOn(asOf);
    }

    public int integer(String key) {
        return decimal(key).intValueExact();
    }

    public BigDecimal decimal(String key) {
        Object v = value(key);
        if (!(v instanceof BigDecimal d)) {
            throw new IllegalArgumentException("parameter '" + key + "' is not a number: " + v);
        }
        return d;
    }

    public String text(String key) {
        return value(key).toString();
    }

    public LocalDate date(String key) {
        return LocalDate.parse(text(key));
    }

    public List<?> list(String key) {
        Object v = value(key);
        if (!(v instanceof List<?> l)) {
            throw new IllegalArgumentException("parameter '" + key + "' is not a list: " + v);
        }
        return l;
    }

    Operand operand(String key) {
        return new Operand(key, value(key), Operand.Source.PARAMETER);
    }
}
