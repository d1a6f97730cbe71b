package io.github.talentrules;

import io.github.talentrules.internal.Names;
import io.github.talentrules.internal.Recorder;
import io.github.talentrules.rule.Facts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSessionsPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A pack read, checked and compiled: its descriptor, parameters and rule base, built once. */
final class LoadedPack {
    private static final Logger LOG = LoggerFactory.getLogger(LoadedPack.class);
    static final String CORE_DRL = "io/github/talentrules/core/core.drl";
    private static final String CORE_PACKAGE = "io.github.talentrules.core";

    final RulePack descriptor;
    final Map<String, Parameter> parameters;
    final KieBase kieBase;
    /** Rule name to its metadata, for explanations and checks. */
    final Map<String, Map<String, Object>> rules;
    final List<String> ruleFiles;
    final String source;
    /** Sessions are reset and reused rather than built for every case; the pool grows with the threads. */
    final KieSessionsPool sessions;
    /** The programmes whose cases the rules over a batch ({@code @scope("batch")}) read; empty when there are none. */
    final Set<String> batchProgrammes;
    /** Whether some rule's conditions read the findings of the rule of a given name: only those are inserted. */
    final java.util.function.Predicate<String> findingsRead;
    /** What explanations need of each programme, made once. */
    final Map<String, Glossary> glossaries;

    /** Where it was read from, so that a reform can be applied to it later. */
    final PackSource packSource;
    /** The DRL compiled, by the name messages use (the pack's files, then the reform's). */
    final Map<String, String> drl;
    /** The reform applied on top of the pack, if any. */
    final Optional<Reform> reform;

    private LoadedPack(RulePack descriptor, Map<String, Parameter> parameters, KieBase kieBase,
                       Map<String, Map<String, Object>> rules, List<String> ruleFiles, String source,
                       PackSource packSource, Map<String, String> drl, Optional<Reform> reform, Set<String> batchProgrammes,
                       java.util.function.Predicate<String> findingsRead) {
        this.packSource = packSource;
        this.drl = drl;
        this.reform = reform;
        this.descriptor = descriptor;
        this.parameters = parameters;
        this.kieBase = kieBase;
        this.rules = rules;
        this.ruleFiles = ruleFiles;
        this.source = source;
        this.batchProgrammes = Set.copyOf(batchProgrammes);
        this.findingsRead = findingsRead;
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        Map<String, Glossary> g = new LinkedHashMap<>();
        descriptor.programmes().forEach(p -> g.put(p.id(), new Glossary(p, parameters, rules)));
        this.glossaries = Map.copyOf(g);
    }

    /** The pack as its files state it. */
    static LoadedPack load(PackSource src) {
        return load(src, null);
    }

    /** The id a pack's {@code pack.yaml} gives, read without loading the pack; empty when it cannot be read. */
    static String id(PackSource src) {
        try {
            return Tree.parse(src.read("pack.yaml"), src.name() + "/pack.yaml").optText("id").orElse("");
        } catch (TreeException e) {
            return "";
        }
    }

    /** The pack with {@code reform} applied on top, or as it is when {@code reform} is {@code null}. */
    static LoadedPack load(PackSource src, Reform reform) {
        long start = System.nanoTime();
        List<String> problems = new ArrayList<>();
        String packName = src.name();
        try {
            Tree root = Tree.parse(src.read("pack.yaml"), src.name() + "/pack.yaml");
            root.onlyKeys("id", "version", "documents", "programmes", "facts", "attestations", "derived", "rules", "parameters");
            packName = root.text("id");
            Map<String, FactSpec> facts = specs(root, "facts", false);
            Map<String, FactSpec> attestations = specs(root, "attestations", true);
            Map<String, DerivedSpec> derived = new LinkedHashMap<>();
            if (root.has("derived")) {
                for (var e : root.get("derived").entries()) {
                    derived.put(e.getKey(), DerivedSpec.read(e.getKey(), e.getValue()));
                }
            }
            List<Document> documents = root.list("documents", Document::read);
            for (Document d : documents) {
                d.approvedOn().filter(name -> facts.get(name) == null || facts.get(name).type() != FactSpec.Type.DATE).ifPresent(name ->
                        problems.add(src.name() + "/pack.yaml: documents: " + d.id() + ": inForce.approvedOn names '" + name
                                + "', which is not a date fact of the pack"));
            }
            List<Article> articles = new ArrayList<>();
            for (Tree d : root.list("documents")) {
                if (d.has("articles")) {
                    String file = d.text("articles");
                    articles.addAll(Article.readTable(Tree.parse(src.read(file), src.name() + "/" + file), d.text("id")));
                }
            }
            List<Programme> programmes = root.list("programmes", t -> programme(t, documents, facts, attestations, derived));
            RulePack descriptor = new RulePack(packName, root.text("version"), documents, programmes, articles);

            Map<String, Parameter> parameters = new LinkedHashMap<>();
            String paramFile = root.optText("parameters").orElse("parameters.yaml");
            for (Parameter p : Parameter.readAll(Tree.parse(src.read(paramFile), src.name() + "/" + paramFile))) {
                parameters.put(p.key(), p);
            }
            if (reform != null) {
                if (!reform.pack().equals(packName)) {
                    problems.add(reform.source() + ": pack: the reform is for pack " + reform.pack() + ", not " + packName);
                }
                parameters.putAll(reform.apply(parameters, packName, problems));
            }
            List<String> ruleFiles = root.list("rules", Tree::text);
            Map<String, String> drl = new LinkedHashMap<>();
            for (String f : ruleFiles) {
                drl.put(f, src.read(f));
            }
            Map<String, String> reformDrl = reform == null ? Map.of() : ReformRules.apply(packName, drl, reform, problems);
            Set<String> names = new java.util.HashSet<>(facts.keySet());
            names.addAll(attestations.keySet());
            names.addAll(derived.keySet());
            facts.values().forEach(f -> f.fields().forEach(field -> names.add(field.name())));
            Map<String, String> written = new LinkedHashMap<>(drl);
            written.putAll(reformDrl);
            DrlText.checkArguments(written, parameters.keySet(), names, problems);
            DrlText.checkConditions(written, problems);
            if (!problems.isEmpty()) {
                throw invalid(packName, reform, problems);
            }
            Map<String, String> all = new LinkedHashMap<>(drl);
            all.putAll(reformDrl);
            KieBase kieBase = compile(packName, drl, reformDrl, problems, reform);
            Map<String, Map<String, Object>> rules = ruleMetadata(kieBase);
            checkRules(descriptor, rules, reform == null ? List.of() : reform.removes(), problems);
            checkMoney(descriptor, facts, rules, written, problems);
            Set<String> batchRules = new java.util.HashSet<>();
            rules.forEach((name, meta) -> {
                if (isBatch(meta)) {
                    batchRules.add(name);
                }
            });
            DrlText.checkScopes(written, batchRules, problems);
            if (!problems.isEmpty()) {
                throw invalid(packName, reform, problems);
            }
            LOG.debug("pack {} loaded from {} in {} ms", packName, src.name(), (System.nanoTime() - start) / 1_000_000);
            return new LoadedPack(descriptor, Map.copyOf(parameters), kieBase, rules, ruleFiles, src.name(), src,
                    java.util.Collections.unmodifiableMap(all), Optional.ofNullable(reform),
                    DrlText.batchProgrammes(written, batchRules,
                            programmes.stream().map(Programme::id).collect(java.util.stream.Collectors.toSet())),
                    DrlText.findingsRead(written));
        } catch (TreeException e) {
            throw invalid(packName, reform, List.of(e.getMessage()));
        }
    }

    private static Map<String, FactSpec> specs(Tree root, String key, boolean attestation) {
        Map<String, FactSpec> out = new LinkedHashMap<>();
        if (root.has(key)) {
            for (var e : root.get(key).entries()) {
                out.put(e.getKey(), FactSpec.read(e.getKey(), e.getValue(), attestation));
            }
        }
        return out;
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

    /** The pack refused, named with the reform it was loaded under, if any. */
    private static InvalidPackException invalid(String packName, Reform reform, List<String> problems) {
        return new InvalidPackException(reform == null ? packName : packName + " under reform " + reform.source(), problems);
    }

    private static KieBase compile(String packId, Map<String, String> drl, Map<String, String> reformDrl, List<String> problems,
                                   Reform reform) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId id = ks.newReleaseId("io.github.talentrules.packs", packId.replaceAll("[^A-Za-z0-9_.-]", "_"),
                "0.0." + Math.abs(System.identityHashCode(kfs)));
        kfs.generateAndWritePomXML(id);
        kfs.write("src/main/resources/" + CORE_DRL, coreDrl());
        // Each file sits in the folder its package names (<pack>/rules), as Drools expects.
        drl.forEach((file, text) -> kfs.write("src/main/resources/" + packId + "/" + file, text));
        // A reform's files join the pack's; messages name them as the reform does.
        Map<String, String> display = new LinkedHashMap<>();
        int n = 0;
        for (var e : reformDrl.entrySet()) {
            java.util.regex.Matcher pkg = java.util.regex.Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)").matcher(e.getValue());
            String path = (pkg.find() ? pkg.group(1).replace('.', '/') : packId) + "/reform-" + (n++) + ".drl";
            display.put(path, e.getKey());
            kfs.write("src/main/resources/" + path, e.getValue());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = m.getPath() == null ? "" : m.getPath().replaceFirst("^src/main/resources/", "");
            path = display.getOrDefault(path, path);
            problems.add(path + (m.getLine() > 0 ? ":" + m.getLine() : "") + ": " + m.getText().lines().findFirst().orElse(""));
        }
        if (!problems.isEmpty()) {
            throw invalid(packId, reform, problems);
        }
        return ks.newKieContainer(id).getKieBase();
    }

    /** A new recorder of what the rules find, set on {@code session} for one evaluation. */
    Recorder recorderOn(org.kie.api.runtime.KieSession session) {
        Recorder recorder = new Recorder(findingsRead);
        session.setGlobal(Recorder.GLOBAL, recorder);
        return recorder;
    }

    /** The case as its rules see it, with the pack's parameters on its reference date. */
    Facts facts(Case valid, Programme programme) {
        return new Facts(valid, programme, new io.github.talentrules.rule.Params(parameters, valid.asOf()));
    }

    /** Whether a rule runs over a batch of cases ({@code @scope("batch")}) rather than on each case. */
    static boolean isBatch(Map<String, Object> meta) {
        return "batch".equals(meta.get("scope"));
    }

    /** The programmes a rule's {@code @programme} names. */
    static List<String> programmes(Map<String, Object> meta) {
        Object p = meta.get("programme");
        return p == null ? List.of() : List.of(p.toString().split("\\s*,\\s*"));
    }

    private static String coreDrl() {
        try (var in = LoadedPack.class.getClassLoader().getResourceAsStream(CORE_DRL)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("rules-core is missing " + CORE_DRL, e);
        }
    }

    private static Map<String, Map<String, Object>> ruleMetadata(KieBase kieBase) {
        Map<String, Map<String, Object>> out = new java.util.TreeMap<>(Decision.RULE_ORDER);
        kieBase.getKiePackages().forEach(p -> {
            for (Rule r : p.getRules()) {
                Map<String, Object> meta = new LinkedHashMap<>(r.getMetaData());
                meta.put("package", p.getName());
                out.put(r.getName(), meta);
            }
        });
        return out;
    }

    /** Every rule cites an article the pack's table lists, and names programmes the pack has; the table names only real rules. */
    private static void checkRules(RulePack pack, Map<String, Map<String, Object>> rules, List<String> removed, List<String> problems) {
        Map<String, String> programmeDocument = new LinkedHashMap<>();
        pack.programmes().forEach(p -> programmeDocument.put(p.id(), p.document()));
        for (var e : rules.entrySet()) {
            Map<String, Object> meta = e.getValue();
            if (CORE_PACKAGE.equals(meta.get("package"))) {
                continue;
            }
            String rule = e.getKey();
            Object article = meta.get("article");
            Object programmes = meta.get("programme");
            if (article == null) {
                problems.add("rule '" + rule + "' has no @article");
            }
            if (programmes == null) {
                problems.add("rule '" + rule + "' has no @programme");
                continue;
            }
            for (String prog : programmes(meta)) {
                String doc = programmeDocument.get(prog);
                if (doc == null) {
                    problems.add("rule '" + rule + "' names programme '" + prog + "', which pack.yaml does not list");
                } else if (article != null && !pack.articles().isEmpty() && pack.articles().stream()
                        .noneMatch(a -> a.document().equals(doc) && a.article().equals(Article.base(article.toString())))) {
                    problems.add("rule '" + rule + "' cites " + article + ", which the article table of " + doc + " does not list");
                }
            }
            Object exceptionOf = meta.get("exceptionOf");
            if (exceptionOf != null && !rules.containsKey(exceptionOf.toString())) {
                problems.add("rule '" + rule + "' is an exception of '" + exceptionOf + "', which does not exist");
            }
        }
        for (Article a : pack.articles()) {
            for (String r : a.rules()) {
                if (!rules.containsKey(r) && !removed.contains(r)) {
                    problems.add(a.document() + " " + a.article() + " lists rule '" + r + "', which no DRL file defines"
                            + Names.suggest(r, rules.keySet()));
                }
            }
        }
    }

    /**
     * A condition about money changes the payment or asks for review; it makes a case ineligible only
     * where the text says so. So a rule whose helper gives FAIL (not {@code @soft}) may compare a fact
     * about payment (declared {@code payment: true}, in yuan, or read by a {@code Pay} helper) only where
     * its article's table entry gives the text's words that take eligibility away ({@code ineligible:}).
     */
    private static void checkMoney(RulePack pack, Map<String, FactSpec> facts, Map<String, Map<String, Object>> rules,
                                   Map<String, String> drl, List<String> problems) {
        Set<String> money = new java.util.HashSet<>(DrlText.readByPayments(drl));
        // A list of records (the visiting experts) is who applies; a payment helper only counts it.
        facts.values().stream().filter(f -> f.type() == FactSpec.Type.RECORDS).forEach(f -> money.remove(f.name()));
        facts.values().stream().filter(f -> f.payment() || f.type() == FactSpec.Type.YUAN).forEach(f -> money.add(f.name()));
        for (DrlText.Read r : DrlText.comparedByFailingChecks(drl)) {
            Map<String, Object> meta = rules.get(r.rule());
            if (meta == null || meta.containsKey("soft") || !money.contains(r.fact()) || ineligibleByText(pack, meta)) {
                continue;
            }
            problems.add(r.where() + "can make a case ineligible on '" + r.fact() + "', a fact about payment: a condition about money"
                    + " changes the payment (a Pay helper) or asks for review; it may fail a case only where the text takes eligibility"
                    + " away, and the article table then quotes those words under 'ineligible:'");
        }
    }

    /** Whether the table entry of the rule's article quotes words of the text that take eligibility away. */
    private static boolean ineligibleByText(RulePack pack, Map<String, Object> meta) {
        Object article = meta.get("article");
        if (article == null) {
            return false;
        }
        return programmes(meta).stream().anyMatch(id -> pack.programmes().stream().filter(p -> p.id().equals(id)).anyMatch(p ->
                pack.articles().stream().anyMatch(a -> a.document().equals(p.document())
                        && a.article().equals(Article.base(article.toString())) && a.ineligible().isPresent())));
    }

    Optional<Programme> programme(String id) {
        return descriptor.programmes().stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
