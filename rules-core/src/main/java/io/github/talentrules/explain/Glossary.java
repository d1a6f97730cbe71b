package io.github.talentrules.explain;

import com.fasterxml.jackson.core.io.SerializedString;
import io.github.talentrules.Finding;
import io.github.talentrules.Language;
import io.github.talentrules.Operand;
import io.github.talentrules.internal.RecordName;
import io.github.talentrules.pack.FactSpec;
import io.github.talentrules.pack.Parameter;
import io.github.talentrules.pack.Programme;
import io.github.talentrules.pack.Rule;
import java.util.Map;
import java.util.Optional;

/** What explanations need from a pack: labels of facts, parameters and rules. */
public final class Glossary {
    private final Programme programme;
    private final Map<String, Parameter> parameters;
    private final Map<String, Rule> rules;
    private final Map<String, Integer> order;
    /** Each rule's name, article, title and citation in both languages, quoted for JSON once per pack. */
    private final Map<String, RuleWords> words;
    /** The labels of the programme's facts, attestations and derived values ({@link #label}), by language. */
    private final Map<String, String[]> factLabels;
    /** The names of the programme's facts and the pack's parameters, quoted for JSON once. */
    private final Map<String, SerializedString> quotedNames;
    /** Whether a reform gave any parameter values: without one, no finding has a reform's words to show. */
    private final boolean reformed;

    /** {@code rules} iterates in article order ({@link Rule#ORDER}); each rule's place is kept for sorting findings. */
    public Glossary(Programme programme, Map<String, Parameter> parameters, Map<String, Rule> rules) {
        this.programme = programme;
        this.parameters = parameters;
        this.rules = rules;
        Map<String, Integer> places = new java.util.HashMap<>();
        Map<String, RuleWords> quoted = new java.util.HashMap<>();
        for (Rule r : rules.values()) {
            places.put(r.name(), places.size());
            if (r.appliesTo(programme.id())) {
                quoted.put(r.name(), RuleWords.of(this, r.name(), r.article()));
            }
        }
        this.order = java.util.Collections.unmodifiableMap(places);
        this.words = java.util.Collections.unmodifiableMap(quoted);
        Map<String, String[]> labels = new java.util.HashMap<>();
        programme.derived().forEach(f -> labels.put(f.name(), labels(f::label)));
        programme.attestations().forEach(f -> labels.put(f.name(), labels(f::label)));
        programme.facts().forEach(f -> labels.put(f.name(), labels(f::label)));
        this.factLabels = java.util.Collections.unmodifiableMap(labels);
        Map<String, SerializedString> names = new java.util.HashMap<>();
        labels.keySet().forEach(n -> names.put(n, new SerializedString(n)));
        parameters.keySet().forEach(n -> names.put(n, new SerializedString(n)));
        this.quotedNames = java.util.Collections.unmodifiableMap(names);
        this.reformed = parameters.values().stream().anyMatch(p -> p.reformed().isPresent());
    }

    private static String[] labels(java.util.function.Function<Language, String> label) {
        String[] out = new String[Language.values().length];
        for (Language l : Language.values()) {
            out[l.ordinal()] = label.apply(l);
        }
        return out;
    }

    /** A fact's or parameter's name quoted for JSON, if it is one the pack declares (a record's field is not). */
    SerializedString quotedName(String name) {
        return quotedNames.get(name);
    }

    public Programme programme() {
        return programme;
    }

    public Map<String, Parameter> parameters() {
        return parameters;
    }

    public Map<String, Rule> rules() {
        return rules;
    }

    /** A rule's words ready for JSON: quoted once when the rule applies to this glossary's programme, else now. */
    RuleWords words(String rule) {
        RuleWords quoted = words.get(rule);
        return quoted != null ? quoted : RuleWords.of(this, rule, java.util.Optional.ofNullable(rules.get(rule)).flatMap(Rule::article));
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

    /** A record of a list by its place, as people count: experts[1] is 来访专家2. */
    public String recordLabel(String place, Language language) {
        return RecordName.parse(place)
                .map(r -> programme.fact(r.list()).map(f -> f.label(language)).orElse(r.list())
                        + (language == Language.ZH ? "" : " ") + (r.index() + 1))
                .orElse(place);
    }

    /** The declaration of a record's field a value names, if it names one. */
    private Optional<FactSpec> field(String name) {
        return RecordName.parse(name).flatMap(this::field);
    }

    private Optional<FactSpec> field(RecordName r) {
        return r.field().flatMap(name -> programme.fact(r.list()).flatMap(f -> f.field(name)));
    }

    String label(Operand o, Language language) {
        if (o.source() == Operand.Source.FACT && o.name().indexOf('[') >= 0) {
            Optional<RecordName> record = RecordName.parse(o.name());
            if (record.isPresent()) {
                RecordName r = record.get();
                return field(r).map(f -> f.label(language)).orElseGet(() -> recordLabel(r.place(), language));
            }
        }
        if (o.source() != Operand.Source.PARAMETER && o.source() != Operand.Source.CONSTANT) {
            String[] known = factLabels.get(o.name());
            if (known != null) {
                return known[language.ordinal()];
            }
        }
        return switch (o.source()) {
            case FACT, DERIVED, ATTESTATION -> programme.fact(o.name()).map(f -> f.label(language))
                    .or(() -> programme.attestation(o.name()).map(f -> f.label(language)))
                    .or(() -> programme.derivedValue(o.name()).map(f -> f.label(language)))
                    .orElse(o.name().equals("asOf") ? language.pick("基准日", "reference date") : o.name());
            case PARAMETER -> parameterLabel(o.name(), language);
            case CONSTANT -> switch (o.name()) {
                case "inForce.from" -> language.pick("施行日", "in force from");
                case "inForce.until" -> language.pick("有效期至", "in force until");
                case "excess" -> language.pick("超出", "excess");
                case "allowed" -> language.pick("允许的最高额", "most allowed");
                case "remaining" -> language.pick("批准额度尚余", "left of the approval");
                case "most" -> language.pick("最高可资助", "most fundable");
                case "shortfall" -> language.pick("差额", "shortfall");
                case "unlisted" -> language.pick("未列明的类别", "not listed");
                default -> o.name();
            };
        };
    }

    /**
     * A parameter by the text's words ({@code description}, {@code en}), never by its key: a payment of an
     * amount ({@code social-talent.amount[1]}) is 第1期 / payment 1, a bound of a tier its tier's words.
     */
    private String parameterLabel(String name, Language language) {
        int row = name.indexOf('[');
        Parameter p = parameters.get(row < 0 ? name : name.substring(0, row));
        if (row > 0 && name.endsWith("]") && p != null && p.unit().startsWith("yuan")) {
            return Words.payment(Integer.parseInt(name.substring(row + 1, name.length() - 1)), language);
        }
        return p == null ? name : p.description(language);
    }

    /**
     * The facts and attestations still needed ({@code facts.birthDate}, {@code attestations.healthy}), by
     * their labels (出生日期、身心健康), in a list of the language.
     */
    public String missing(java.util.List<String> paths, Language language) {
        StringBuilder out = new StringBuilder();
        for (String path : paths) {
            if (out.length() > 0) {
                out.append(Words.ENUMERATION.in(language));
            }
            out.append(missingLabel(path, language));
        }
        return out.toString();
    }

    /** One fact or attestation still needed, by its label: {@code facts.birthDate} is 出生日期. */
    public String missingLabel(String path, Language language) {
        int dot = path.indexOf('.');
        String name = dot < 0 ? path : path.substring(dot + 1);
        Operand.Source source = path.startsWith("attestations.") ? Operand.Source.ATTESTATION : Operand.Source.FACT;
        return label(new Operand(name, null, source), language);
    }

    /**
     * The vocabulary whose words a fact's codes are (a record's field's too: {@code experts[1].title}), or
     * {@code null}: only a code, codes or level fact has one. A parameter compared with the fact is read
     * with the fact's. Map look-ups only: it is asked for every clause shown.
     */
    io.github.talentrules.pack.Vocabulary vocabulary(Operand o) {
        if (o.source() != Operand.Source.FACT) {
            return null;
        }
        FactSpec f = programme.fact(o.name()).orElse(null);
        if (f == null && o.name().indexOf('[') >= 0) {
            f = field(o.name()).orElse(null);
        }
        return f == null ? null : f.vocabulary().orElse(null);
    }

    /**
     * The words of the reform whose value of a parameter ({@code intl-training.max-age}, a row of a table
     * {@code social-talent.amount[1]}) holds on {@code day}, or {@code null} where the value is the text's.
     */
    String reformed(Operand o, java.time.LocalDate day, Language language) {
        if (!reformed || o.source() != Operand.Source.PARAMETER) {
            return null;
        }
        int row = o.name().indexOf('[');
        Parameter p = parameters.get(row < 0 ? o.name() : o.name().substring(0, row));
        return p == null ? null : p.reformedOn(day).map(r -> r.words(language)).orElse(null);
    }

    String unit(Operand o) {
        if (o.source() == Operand.Source.PARAMETER) {
            // A row of a table ({@code social-talent.amount[1]}) or a field of one has the table's unit.
            int row = o.name().indexOf('[');
            Parameter p = parameters.get(row < 0 ? o.name() : o.name().substring(0, row));
            return p == null ? "" : p.unit();
        }
        FactSpec f = programme.fact(o.name()).orElse(null);
        if (f == null && o.name().indexOf('[') >= 0) {
            f = field(o.name()).orElse(null);
        }
        return f != null && f.type() == FactSpec.Type.YUAN ? "yuan" : "";
    }

    /**
     * A rule by its name, in Chinese; in English by its English title ({@code @en}), after the name's
     * number where the name starts with one in Arabic numerals ({@code 9.2}); a work plan's Chinese
     * numbering ({@code 三、（二）一是}) is left to the article, which follows in English.
     */
    public String ruleTitle(String rule, Language language) {
        Rule r = rules.get(rule);
        return r == null ? rule : r.title(language);
    }
}
