package io.github.talentrules.explain;

import io.github.talentrules.Finding;
import io.github.talentrules.Language;
import io.github.talentrules.Operand;
import io.github.talentrules.pack.FactSpec;
import io.github.talentrules.pack.Parameter;
import io.github.talentrules.pack.Programme;
import io.github.talentrules.pack.Rule;
import java.util.Map;

/** What explanations need from a pack: labels of facts, parameters and rules. */
public record Glossary(Programme programme, Map<String, Parameter> parameters, Map<String, Rule> rules,
                Map<String, Integer> order) {

    /** {@code rules} iterates in article order ({@link Rule#ORDER}); each rule's place is kept for sorting findings. */
    public Glossary(Programme programme, Map<String, Parameter> parameters, Map<String, Rule> rules) {
        this(programme, parameters, rules, places(rules));
    }

    private static Map<String, Integer> places(Map<String, Rule> rules) {
        Map<String, Integer> out = new java.util.HashMap<>();
        for (String r : rules.keySet()) {
            out.put(r, out.size());
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * The findings in article order, by each rule's place computed once per pack; a rule the pack does
     * not list (none should) goes last, by name. Findings of one rule keep their order.
     */
    public java.util.List<Finding> inOrder(java.util.List<Finding> findings) {
        long[] keys = new long[findings.size()];
        for (int i = 0; i < keys.length; i++) {
            Integer place = order.get(findings.get(i).rule());
            if (place == null) {
                java.util.List<Finding> out = new java.util.ArrayList<>(findings);
                out.sort(java.util.Comparator.<Finding>comparingInt(f -> order.getOrDefault(f.rule(), Integer.MAX_VALUE))
                        .thenComparing(Finding::rule, Rule.ORDER));
                return out;
            }
            keys[i] = (long) place << 32 | i;
        }
        java.util.Arrays.sort(keys);
        java.util.List<Finding> out = new java.util.ArrayList<>(keys.length);
        for (long k : keys) {
            out.add(findings.get((int) k));
        }
        return out;
    }

    String label(Operand o, Language language) {
        return switch (o.source()) {
            case FACT, DERIVED, ATTESTATION -> programme.fact(o.name()).map(f -> f.label(language))
                    .or(() -> programme.attestation(o.name()).map(f -> f.label(language)))
                    .or(() -> programme.derivedValue(o.name()).map(f -> f.label(language)))
                    .orElse(o.name().equals("asOf") ? language.pick("基准日", "reference date") : o.name());
            case PARAMETER -> o.name();
            case CONSTANT -> o.name().equals("inForce.from") ? language.pick("施行日", "in force from")
                    : o.name().equals("inForce.until") ? language.pick("有效期至", "in force until") : o.name();
        };
    }

    String unit(Operand o) {
        if (o.source() == Operand.Source.PARAMETER) {
            String key = o.name().replaceFirst("\\[\\d+](\\.\\w+)?$", "");
            Parameter p = parameters.get(key);
            return p == null ? "" : p.unit();
        }
        return programme.fact(o.name()).map(f -> f.type() == FactSpec.Type.YUAN ? "yuan" : "").orElse("");
    }

    public String ruleTitle(String rule, Language language) {
        Rule r = rules.get(rule);
        if (language == Language.EN && r != null && r.en().isPresent()) {
            return rule.replaceFirst("^(\\S+)\\s.*$", "$1") + " " + r.en().get();
        }
        return rule;
    }
}
