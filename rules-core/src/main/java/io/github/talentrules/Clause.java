package io.github.talentrules;

import java.util.List;
import java.util.Objects;

/**
 * One comparison inside a finding: the subject (a fact) against its references (parameters), and
 * its three-valued result.
 *
 * @param test what was tested
 * @param subject the fact tested
 * @param references the parameters it was compared with (empty for a plain truth test)
 * @param result TRUE, FALSE or UNKNOWN (the subject is absent)
 * @param source where in a case file the subject comes from ({@code facts.birthDate} for the age)
 */
public record Clause(Test test, Operand subject, List<Operand> references, Truth result, String source) {

    /** The tests the core knows; each states whether its boundary is included. */
    public enum Test {
        /** 以下、不超过、以内: the boundary is included. */
        AT_MOST("≤"),
        /** 以上、不少于: the boundary is included. */
        AT_LEAST("≥"),
        /** 不满、低于: the boundary is excluded. */
        LESS_THAN("<"),
        /** 超过、高于: the boundary is excluded. */
        MORE_THAN(">"),
        /** Both bounds included (…至…). */
        BETWEEN("∈"),
        EQUALS("="),
        ONE_OF("∈"),
        IS_TRUE("= 是"),
        IS_FALSE("= 否"),
        /** On or after the first reference and on or before the second. */
        IN_PERIOD("∈"),
        /** The subject is at most the first reference (a ratio) times the second (another fact): 不超过资助经费的20%. */
        AT_MOST_TIMES("≤"),
        /** Every code of the subject (a list) is one of the reference's codes. */
        ALL_IN("⊆");

        private final String symbol;

        Test(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    public Clause {
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(subject, "subject");
        references = List.copyOf(references);
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(source, "source");
    }
}
