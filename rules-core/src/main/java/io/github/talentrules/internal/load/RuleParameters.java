package io.github.talentrules.internal.load;

import io.github.talentrules.pack.Document;
import io.github.talentrules.pack.Parameter;
import io.github.talentrules.pack.Programme;
import io.github.talentrules.pack.RulePack;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Two checks of the parameters a rule reads, from the {@link RuleIndex}: that a helper compares a fact
 * with a parameter of the same unit, and that a rule reads the parameters of its own document.
 */
final class RuleParameters {
    /** The helpers that compare a fact with one or two parameters. */
    private static final Set<String> COMPARING = Set.of("Check.atMost", "Check.atLeast", "Check.lessThan", "Check.moreThan",
            "Check.between", "Check.equalTo", "When.atMost", "When.atLeast", "When.lessThan", "When.moreThan", "When.between",
            "When.equalTo", "Pay.requestUpTo", "Pay.approvedUpTo", "Pay.reimbursedAtMost");

    private RuleParameters() {
    }

    /**
     * Each comparison of a fact with a parameter of another unit ({@code Check.atMost(drools, $f, "age",
     * $p, "maxAge")} where age counts years and maxAge yuan), with file and line. A fact or parameter
     * without a unit of number ({@code ratio}, {@code code}) is not compared; a fact in yuan goes with
     * any amount ({@code yuan/year}...).
     */
    static void units(RulePack pack, RuleIndex index, Map<String, Parameter> parameters, List<String> problems) {
        Map<String, String> factUnits = new LinkedHashMap<>();
        for (Programme p : pack.programmes()) {
            // A list of records' fields (a visiting expert's days) are compared as the record's own facts.
            p.facts().stream().flatMap(f -> java.util.stream.Stream.concat(java.util.stream.Stream.of(f), f.fields().stream()))
                    .forEach(f -> f.unit().ifPresent(u -> factUnits.putIfAbsent(f.name(), u.key())));
            p.derived().forEach(d -> factUnits.putIfAbsent(d.name(), d.unit().name().toLowerCase(Locale.ROOT)));
        }
        for (RuleIndex.Entry e : index.rules().values()) {
            for (RuleIndex.HelperCall c : e.calls()) {
                Method m = COMPARING.contains(c.name()) ? RuleIndex.method(RuleIndex.helpers().get(c.helper()), c.method(),
                        c.arguments().size()) : null;
                if (m == null) {
                    continue;
                }
                String fact = null;
                List<String> keys = new ArrayList<>();
                for (int i = 0; i < m.getParameterCount() && i < c.arguments().size(); i++) {
                    RuleIndex.Role role = RuleIndex.role(m.getParameters()[i]);
                    String literal = literal(c.arguments().get(i));
                    if (role == RuleIndex.Role.FACT && fact == null) {
                        fact = literal;
                    } else if (role == RuleIndex.Role.PARAMETER && literal != null) {
                        keys.add(literal);
                    }
                }
                String factUnit = fact == null ? null : factUnits.get(fact);
                if (factUnit == null) {
                    continue;
                }
                for (String key : keys) {
                    Parameter p = parameters.get(key);
                    if (p != null && counts(p.unit()) && !same(factUnit, p.unit())) {
                        problems.add(e.where(c.line()) + "compares '" + fact + "', counted in " + factUnit + ", with parameter '" + key
                                + "', counted in " + p.unit() + " (" + p.article() + "): compare it with a parameter in " + factUnit
                                + ", or give '" + key + "' unit: " + factUnit + " if that is what the text counts");
                    }
                }
            }
        }
    }

    /** Whether a parameter's unit counts something a fact may count too (days, years, yuan...; not a ratio or a code). */
    private static boolean counts(String parameterUnit) {
        return parameterUnit.startsWith("yuan") || io.github.talentrules.pack.Unit.parse(parameterUnit).isPresent();
    }

    /** Whether a fact's unit and a parameter's are one: equal, or yuan against any amount in yuan. */
    private static boolean same(String factUnit, String parameterUnit) {
        return factUnit.equals(parameterUnit) || factUnit.equals("yuan") && parameterUnit.startsWith("yuan");
    }

    /**
     * Each read of a parameter whose article cites another document than the rule's own (the documents
     * of the programmes its {@code @programme} names), with file and line, for every rule
     * (a reform adds rules, never parameters). A rule of no programme, or a parameter of no document the
     * pack has, is not judged.
     */
    static void otherDocument(RulePack pack, RuleIndex index, Map<String, Parameter> parameters, List<String> problems) {
        Map<String, String> documentOf = new LinkedHashMap<>();
        pack.programmes().forEach(p -> documentOf.put(p.id(), p.document()));
        for (RuleIndex.Entry e : index.rules().values()) {
            Set<String> own = new LinkedHashSet<>();
            e.rule().programmes().forEach(id -> Optional.ofNullable(documentOf.get(id)).ifPresent(own::add));
            if (own.isEmpty()) {
                continue;
            }
            for (RuleIndex.Read r : e.reads()) {
                Parameter p = r.role() == RuleIndex.Role.PARAMETER ? parameters.get(r.name()) : null;
                Optional<String> doc = p == null ? Optional.empty() : ReformValues.document(p, pack).map(Document::id);
                if (doc.isPresent() && !own.contains(doc.get())) {
                    problems.add(e.where(r.line()) + "(" + e.rule().article().map(a -> "@article " + a + " of ").orElse("of ")
                            + String.join("、", own) + ") reads parameter '" + r.name() + "', which belongs to " + p.article()
                            + ": give this rule a parameter of its own document in parameters.yaml,"
                            + " citing the article of " + String.join("、", own) + " that states it");
                }
            }
        }
    }

    /** The text of a string literal as printed ({@code "age"}), or null for any other expression. */
    private static String literal(String argument) {
        return argument.length() >= 2 && argument.startsWith("\"") && argument.endsWith("\"")
                ? argument.substring(1, argument.length() - 1) : null;
    }
}
