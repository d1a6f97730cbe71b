package io.github.talentrules.internal.load;

import io.github.talentrules.internal.Names;
import io.github.talentrules.pack.Article;
import io.github.talentrules.pack.DerivedSpec;
import io.github.talentrules.pack.Document;
import io.github.talentrules.pack.FactSpec;
import io.github.talentrules.pack.Parameter;
import io.github.talentrules.pack.Programme;
import io.github.talentrules.pack.RulePack;
import io.github.talentrules.pack.Unit;
import io.github.talentrules.pack.Vocabulary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a pack's YAML into the pack's model: {@code pack.yaml} (documents, programmes, the facts
 * they read), the article tables, and {@code parameters.yaml}. Every error names the file and the
 * path in it ({@link TreeException}). The records of {@code io.github.talentrules.pack} know no
 * YAML; this is where they are read. Not API.
 */
public final class PackReader {

    /**
     * A pack's files as read, before its DRL is compiled.
     *
     * @param descriptor the pack's documents, programmes and article tables
     * @param parameters every parameter by key, in the file's order
     * @param ruleFiles the DRL files {@code pack.yaml} lists, relative to the pack
     * @param names every fact, attestation and derived value {@code pack.yaml} declares: the names rules may read
     */
    public record Read(RulePack descriptor, Map<String, Parameter> parameters, List<String> ruleFiles, Set<String> names) {
    }

    private PackReader() {
    }

    /** The id a pack's {@code pack.yaml} gives, read without reading the rest; empty when it cannot be read. */
    public static String id(PackSource src) {
        try {
            return Tree.parse(src.read("pack.yaml"), src.name() + "/pack.yaml").optText("id").orElse("");
        } catch (TreeException e) {
            return "";
        }
    }

    /** Reads {@code pack.yaml} and the files it names (article tables, parameters). */
    public static Read read(PackSource src) {
        Tree root = Tree.parse(src.read("pack.yaml"), src.name() + "/pack.yaml");
        root.onlyKeys("id", "version", "documents", "programmes", "facts", "attestations", "derived", "rules", "parameters",
                "vocabularies");
        String id = root.text("id");
        Map<String, Vocabulary> vocabularies = vocabularies(src, root);
        Map<String, FactSpec> facts = specs(root, "facts", false, vocabularies);
        Map<String, FactSpec> attestations = specs(root, "attestations", true, vocabularies);
        Map<String, DerivedSpec> derived = new LinkedHashMap<>();
        if (root.has("derived")) {
            for (var e : root.get("derived").entries()) {
                derived.put(e.getKey(), derived(e.getKey(), e.getValue()));
            }
        }
        List<Document> documents = root.list("documents", PackReader::document);
        for (int i = 0; i < documents.size(); i++) {
            Document d = documents.get(i);
            if (d.approvedOn().filter(name -> facts.get(name) == null || facts.get(name).type() != FactSpec.Type.DATE).isPresent()) {
                throw root.list("documents").get(i).get("inForce").get("approvedOn")
                        .error("names '" + d.approvedOn().get() + "', which is not a date fact of the pack");
            }
        }
        List<Article> articles = new ArrayList<>();
        for (Tree d : root.list("documents")) {
            if (d.has("articles")) {
                String file = d.text("articles");
                articles.addAll(articleTable(Tree.parse(src.read(file), src.name() + "/" + file), d.text("id")));
            }
        }
        List<Programme> programmes = root.list("programmes", t -> programme(t, documents, facts, attestations, derived));
        RulePack descriptor = new RulePack(id, root.text("version"), documents, programmes, articles);

        Map<String, Parameter> parameters = new LinkedHashMap<>();
        String paramFile = root.optText("parameters").orElse("parameters.yaml");
        for (var e : Tree.parse(src.read(paramFile), src.name() + "/" + paramFile).entries()) {
            parameters.put(e.getKey(), parameter(e.getKey(), e.getValue()));
        }
        Set<String> names = new HashSet<>(facts.keySet());
        names.addAll(attestations.keySet());
        names.addAll(derived.keySet());
        facts.values().forEach(f -> f.fields().forEach(field -> names.add(field.name())));
        return new Read(descriptor, parameters, root.list("rules", Tree::text), Set.copyOf(names));
    }

    /**
     * The vocabularies the pack's facts may name: the pack's own ({@code vocabularies: vocabularies.yaml} in
     * {@code pack.yaml}) and those rules-core shares.
     */
    private static Map<String, Vocabulary> vocabularies(PackSource src, Tree root) {
        Map<String, Vocabulary> out = new LinkedHashMap<>(VocabularyFile.shared());
        if (root.has("vocabularies")) {
            String file = root.text("vocabularies");
            List<String> problems = new ArrayList<>();
            out.putAll(VocabularyFile.forPack(src.read(file), src.name() + "/" + file, problems));
            if (!problems.isEmpty()) {
                throw new io.github.talentrules.InvalidPackException(src.name(), problems);
            }
        }
        return out;
    }

    private static Map<String, FactSpec> specs(Tree root, String key, boolean attestation, Map<String, Vocabulary> vocabularies) {
        Map<String, FactSpec> out = new LinkedHashMap<>();
        if (root.has(key)) {
            for (var e : root.get(key).entries()) {
                out.put(e.getKey(), fact(e.getKey(), e.getValue(), attestation, vocabularies));
            }
        }
        return out;
    }

    private static FactSpec fact(String name, Tree t, boolean attestation, Map<String, Vocabulary> vocabularies) {
        t.onlyKeys("type", "zh", "en", "values", "hint", "payment", "fields", "vocabulary", "unit");
        FactSpec.Type type = attestation ? FactSpec.Type.BOOLEAN : type(t.get("type"));
        if (attestation && t.has("type") && !"boolean".equals(t.text("type"))) {
            throw t.get("type").error("an attestation is always boolean");
        }
        try {
            List<FactSpec> fields = new ArrayList<>();
            for (var e : t.find("fields").map(Tree::entries).orElse(List.of())) {
                fields.add(fact(e.getKey(), e.getValue(), false, vocabularies));
            }
            Optional<Vocabulary> vocabulary = t.find("vocabulary").map(v -> Optional.ofNullable(vocabularies.get(v.text()))
                    .orElseThrow(() -> v.error("no vocabulary '" + v.text() + "'" + Names.suggest(v.text(), List.copyOf(vocabularies.keySet())))));
            Optional<Unit> unit = t.find("unit").map(u -> Unit.parse(u.text()).orElseThrow(() -> u.error("unit '" + u.text()
                    + "' is not one of " + java.util.Arrays.stream(Unit.values()).map(Unit::key).toList())));
            if (unit.isEmpty() && (type == FactSpec.Type.INTEGER || type == FactSpec.Type.DECIMAL)) {
                throw t.error("a number fact names its unit (unit: days, months, years, persons, count...)");
            }
            return new FactSpec(name, type, t.text("zh"), t.text("en"), t.list("values", Tree::text), t.optText("hint").orElse(""),
                    t.find("payment").map(Tree::bool).orElse(false), fields, vocabulary, unit);
        } catch (IllegalArgumentException e) {
            throw t.error(e.getMessage());
        }
    }

    private static FactSpec.Type type(Tree t) {
        String s = t.text();
        for (FactSpec.Type type : FactSpec.Type.values()) {
            if (type.name().equalsIgnoreCase(s)) {
                return type;
            }
        }
        throw t.error("unknown type '" + s + "'" + Names.suggest(s, java.util.Arrays.stream(FactSpec.Type.values())
                .map(x -> x.name().toLowerCase(java.util.Locale.ROOT)).toList()));
    }

    private static DerivedSpec derived(String name, Tree t) {
        t.onlyKeys("yearsSince", "monthsSince", "zh", "en");
        boolean years = t.has("yearsSince");
        if (years == t.has("monthsSince")) {
            throw t.error("give exactly one of yearsSince or monthsSince");
        }
        return new DerivedSpec(name, t.text(years ? "yearsSince" : "monthsSince"),
                years ? DerivedSpec.Unit.YEARS : DerivedSpec.Unit.MONTHS, t.text("zh"), t.text("en"));
    }

    private static Document document(Tree t) {
        t.onlyKeys("id", "title", "en", "issuer", "inForce", "articles");
        Tree f = t.get("inForce").onlyKeys("from", "until", "years", "article", "approvedOn");
        LocalDate from = f.date("from");
        Optional<LocalDate> until;
        if (f.has("until") && f.has("years")) {
            throw f.error("give either until or years, not both");
        } else if (f.has("years")) {
            // 有效期N年: the period ends the day before the same date N years on.
            until = Optional.of(from.plusYears(f.get("years").integer()).minusDays(1));
        } else {
            until = f.find("until").map(Tree::date);
        }
        return new Document(t.text("id"), t.text("title"), t.text("issuer"), from, until, f.text("article"), f.optText("approvedOn"),
                t.optText("en").orElse(""));
    }

    private static List<Article> articleTable(Tree root, String expectedDocument) {
        root.onlyKeys("document", "articles");
        String document = root.text("document");
        if (!document.equals(expectedDocument)) {
            throw root.get("document").error("is " + document + ", but pack.yaml points here for " + expectedDocument);
        }
        return root.list("articles", t -> {
            t.onlyKeys("article", "title", "rules", "not_encoded", "question", "reading", "ineligible");
            Optional<String> reason = Optional.empty();
            String note = "";
            if (t.has("not_encoded")) {
                Tree ne = t.get("not_encoded").onlyKeys("reason", "note");
                reason = Optional.of(ne.text("reason"));
                note = ne.optText("note").orElse("");
            }
            try {
                return new Article(document, t.text("article"), t.optText("title").orElse(""), t.list("rules", Tree::text),
                        reason, note, t.optText("question"), t.optText("reading"), t.optText("ineligible"));
            } catch (IllegalArgumentException e) {
                throw t.error(e.getMessage());
            }
        });
    }

    private static Programme programme(Tree t, List<Document> documents, Map<String, FactSpec> facts,
                                       Map<String, FactSpec> attestations, Map<String, DerivedSpec> derived) {
        t.onlyKeys("id", "document", "zh", "en", "applicant", "facts", "attestations", "derived");
        String document = t.text("document");
        if (documents.stream().noneMatch(d -> d.id().equals(document))) {
            throw t.get("document").error("names no document of this pack");
        }
        String applicant = t.text("applicant");
        if (!applicant.equals("person") && !applicant.equals("unit")) {
            throw t.get("applicant").error("must be person or unit");
        }
        List<DerivedSpec> ds = pick(t, "derived", derived);
        for (DerivedSpec d : ds) {
            if (!t.list("facts", Tree::text).contains(d.from())) {
                throw t.get("derived").error(d.name() + " is derived from " + d.from() + ", which the programme does not list");
            }
        }
        try {
            return new Programme(t.text("id"), document, t.text("zh"), t.text("en"), applicant,
                    pick(t, "facts", facts), pick(t, "attestations", attestations), ds);
        } catch (IllegalArgumentException e) {
            throw t.error(e.getMessage());
        }
    }

    private static <T> List<T> pick(Tree t, String key, Map<String, T> known) {
        return t.list(key).stream().map(n -> {
            T spec = known.get(n.text());
            if (spec == null) {
                throw n.error("'" + n.text() + "' is not declared under " + key + " in pack.yaml" + Names.suggest(n.text(), known.keySet()));
            }
            return spec;
        }).toList();
    }

    private static Parameter parameter(String key, Tree t) {
        t.onlyKeys("description", "en", "article", "unit", "values", "checked");
        try {
            return new Parameter(key, t.text("description"), t.optText("en").orElse(""), t.text("article"), t.text("unit"),
                    values(t.get("values")), t.find("checked").map(Tree::date));
        } catch (IllegalArgumentException e) {
            throw t.error(e.getMessage());
        }
    }

    /**
     * A parameter's {@code values}: each value keyed by the date it holds from, as {@code parameters.yaml}
     * and a reform write them.
     */
    public static NavigableMap<LocalDate, Object> values(Tree values) {
        NavigableMap<LocalDate, Object> out = new TreeMap<>();
        for (Map.Entry<String, Tree> v : values.entries()) {
            LocalDate from;
            try {
                from = LocalDate.parse(v.getKey());
            } catch (java.time.format.DateTimeParseException e) {
                throw values.error("'" + v.getKey() + "' is not a date YYYY-MM-DD: each value is keyed by the date it holds from");
            }
            out.put(from, value(v.getValue()));
        }
        return out;
    }

    /** A parameter's value as rules read it: numbers as {@link java.math.BigDecimal}, lists, tables, text, true or false. */
    private static Object value(Tree t) {
        if (t.isScalar()) {
            Object v = t.scalar();
            return v instanceof java.math.BigInteger i ? new java.math.BigDecimal(i) : v;
        }
        if (t.isList()) {
            return t.list().stream().map(PackReader::value).toList();
        }
        if (t.isMapping()) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (Map.Entry<String, Tree> e : t.entries()) {
                m.put(e.getKey(), value(e.getValue()));
            }
            return Collections.unmodifiableMap(m);
        }
        throw t.error("must be a number, text, list or table");
    }
}
