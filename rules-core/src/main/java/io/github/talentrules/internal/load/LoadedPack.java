package io.github.talentrules.internal.load;

import io.github.talentrules.Case;
import io.github.talentrules.InvalidPackException;
import io.github.talentrules.analysis.Reform;
import io.github.talentrules.explain.Glossary;
import io.github.talentrules.pack.Article;
import io.github.talentrules.pack.DerivedSpec;
import io.github.talentrules.pack.Document;
import io.github.talentrules.pack.FactSpec;
import io.github.talentrules.pack.Parameter;
import io.github.talentrules.pack.Programme;
import io.github.talentrules.pack.Rule;
import io.github.talentrules.pack.RulePack;
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
import org.kie.api.runtime.KieSessionsPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A pack read, checked and compiled: its descriptor, parameters and rule base, built once. */
public final class LoadedPack {
    private static final Logger LOG = LoggerFactory.getLogger(LoadedPack.class);

    public final RulePack descriptor;
    public final Map<String, Parameter> parameters;
    public final KieBase kieBase;
    /** Every rule by name, in article order, for explanations and checks. */
    public final Map<String, Rule> rules;
    public final String source;
    /** Sessions are reset and reused rather than built for every case; the pool grows with the threads. */
    public final KieSessionsPool sessions;
    /** The programmes whose cases the rules over a batch ({@code @scope("batch")}) read; empty when there are none. */
    public final Set<String> batchProgrammes;
    /** Whether some rule's conditions read the findings of the rule of a given name: only those are inserted. */
    public final java.util.function.Predicate<String> findingsRead;
    /** What explanations need of each programme, made once. */
    public final Map<String, Glossary> glossaries;

    /** Where it was read from, so that a reform can be applied to it later. */
    public final PackSource packSource;
    /** The DRL compiled, by the name messages use (the pack's files, then the reform's). */
    public final Map<String, String> drl;
    /** The reform applied on top of the pack, if any. */
    public final Optional<Reform> reform;

    private LoadedPack(RulePack descriptor, Map<String, Parameter> parameters, KieBase kieBase,
                       Map<String, Rule> rules, String source,
                       PackSource packSource, Map<String, String> drl, Optional<Reform> reform, Set<String> batchProgrammes,
                       java.util.function.Predicate<String> findingsRead) {
        this.packSource = packSource;
        this.drl = drl;
        this.reform = reform;
        this.descriptor = descriptor;
        this.parameters = parameters;
        this.kieBase = kieBase;
        this.rules = rules;
        this.source = source;
        this.batchProgrammes = Set.copyOf(batchProgrammes);
        this.findingsRead = findingsRead;
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        Map<String, Glossary> g = new LinkedHashMap<>();
        descriptor.programmes().forEach(p -> g.put(p.id(), new Glossary(p, parameters, rules)));
        this.glossaries = Map.copyOf(g);
    }

    /** The pack as its files state it. */
    public static LoadedPack load(PackSource src) {
        return load(src, null);
    }

    /** The id a pack's {@code pack.yaml} gives, read without loading the pack; empty when it cannot be read. */
    public static String id(PackSource src) {
        try {
            return Tree.parse(src.read("pack.yaml"), src.name() + "/pack.yaml").optText("id").orElse("");
        } catch (TreeException e) {
            return "";
        }
    }

    /** The pack with {@code reform} applied on top, or as it is when {@code reform} is {@code null}. */
    public static LoadedPack load(PackSource src, Reform reform) {
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
            Map<String, String> written = new LinkedHashMap<>(drl);
            written.putAll(reformDrl);
            DrlText.checkArguments(written, parameters.keySet(), names, problems);
            DrlText.checkConditions(written, problems);
            if (!problems.isEmpty()) {
                throw invalid(packName, reform, problems);
            }
            Map<String, String> all = new LinkedHashMap<>(drl);
            all.putAll(reformDrl);
            Compiled compiled = compile(packName, drl, reformDrl, problems, reform);
            KieBase kieBase = compiled.kieBase();
            Map<String, Rule> rules = compiled.rules();
            checkRules(descriptor, rules, reform == null ? List.of() : reform.removes(), problems);
            Set<String> batchRules = new java.util.HashSet<>();
            rules.values().stream().filter(Rule::overBatch).forEach(r -> batchRules.add(r.name()));
            DrlText.checkScopes(written, batchRules, problems);
            if (!problems.isEmpty()) {
                throw invalid(packName, reform, problems);
            }
            LOG.debug("pack {} loaded from {} in {} ms", packName, src.name(), (System.nanoTime() - start) / 1_000_000);
            return new LoadedPack(descriptor, Map.copyOf(parameters), kieBase, rules, src.name(), src,
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

    /** The rule base compiled from a pack's DRL, and its rules. */
    private record Compiled(KieBase kieBase, Map<String, Rule> rules) {
    }

    private static Compiled compile(String packId, Map<String, String> drl, Map<String, String> reformDrl, List<String> problems,
                                   Reform reform) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId id = ks.newReleaseId("io.github.talentrules.packs", packId.replaceAll("[^A-Za-z0-9_.-]", "_"),
                "0.0." + Math.abs(System.identityHashCode(kfs)));
        kfs.generateAndWritePomXML(id);
        kfs.write("src/main/resources/" + Rule.CORE_FILE, coreDrl());
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
        KieBase kieBase = ks.newKieContainer(id).getKieBase();
        return new Compiled(kieBase, rules(kieBase, packId, display));
    }

    /** A new recorder of what the rules find, set on {@code session} for one evaluation. */
    public Recorder recorderOn(org.kie.api.runtime.KieSession session) {
        Recorder recorder = new Recorder(findingsRead);
        session.setGlobal(Recorder.GLOBAL, recorder);
        return recorder;
    }

    /** The case as its rules see it, with the pack's parameters on its reference date. */
    public Facts facts(Case valid, Programme programme) {
        return new Facts(valid, programme, new io.github.talentrules.rule.Params(parameters, valid.asOf()));
    }

    /** Whether a rule runs over a batch of cases ({@code @scope("batch")}) rather than on each case, by its compiled metadata. */
    public static boolean isBatch(Map<String, Object> meta) {
        return Rule.Scope.of(meta.get(Rule.SCOPE)) == Rule.Scope.BATCH;
    }

    private static String coreDrl() {
        try (var in = LoadedPack.class.getClassLoader().getResourceAsStream(Rule.CORE_FILE)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("rules-core is missing " + Rule.CORE_FILE, e);
        }
    }

    /** Every rule of the base with its metadata, in article order; each with the file it is written in, as messages name it. */
    private static Map<String, Rule> rules(KieBase kieBase, String packId, Map<String, String> display) {
        Map<String, Rule> out = new java.util.TreeMap<>(Rule.ORDER);
        kieBase.getKiePackages().forEach(p -> {
            for (org.kie.api.definition.rule.Rule r : p.getRules()) {
                Map<String, Object> meta = r.getMetaData();
                Object programmes = meta.get(Rule.PROGRAMME);
                out.put(r.getName(), new Rule(r.getName(), file(r, packId, display), java.util.OptionalInt.empty(),
                        text(meta, Rule.ARTICLE), programmes == null ? List.of() : List.of(programmes.toString().split("\\s*,\\s*")),
                        Rule.Scope.of(meta.get(Rule.SCOPE)), text(meta, Rule.EXCEPTION_OF), meta.containsKey(Rule.SOFT),
                        text(meta, Rule.EN)));
            }
        });
        return java.util.Collections.unmodifiableMap(out);
    }

    private static Optional<String> text(Map<String, Object> meta, String key) {
        return Optional.ofNullable(meta.get(key)).map(Object::toString);
    }

    /** The file a compiled rule comes from, as the pack or the reform names it; {@link Rule#CORE_FILE} for the core's. */
    private static String file(org.kie.api.definition.rule.Rule r, String packId, Map<String, String> display) {
        if (!(r instanceof org.drools.base.definitions.rule.impl.RuleImpl impl) || impl.getResource() == null
                || impl.getResource().getSourcePath() == null) {
            return "";
        }
        String path = impl.getResource().getSourcePath().replaceFirst("^src/main/resources/", "");
        if (display.containsKey(path)) {
            return display.get(path);
        }
        return path.startsWith(packId + "/") ? path.substring(packId.length() + 1) : path;
    }

    /** Every rule cites an article the pack's table lists, and names programmes the pack has; the table names only real rules. */
    private static void checkRules(RulePack pack, Map<String, Rule> rules, List<String> removed, List<String> problems) {
        Map<String, String> programmeDocument = new LinkedHashMap<>();
        pack.programmes().forEach(p -> programmeDocument.put(p.id(), p.document()));
        for (Rule r : rules.values()) {
            if (r.core()) {
                continue;
            }
            String rule = r.name();
            if (r.article().isEmpty()) {
                problems.add("rule '" + rule + "' has no @" + Rule.ARTICLE);
            }
            if (r.programmes().isEmpty()) {
                problems.add("rule '" + rule + "' has no @" + Rule.PROGRAMME);
                continue;
            }
            for (String prog : r.programmes()) {
                String doc = programmeDocument.get(prog);
                if (doc == null) {
                    problems.add("rule '" + rule + "' names programme '" + prog + "', which pack.yaml does not list");
                } else if (r.article().isPresent() && !pack.articles().isEmpty() && pack.articles().stream()
                        .noneMatch(a -> a.document().equals(doc) && a.article().equals(Article.base(r.article().get())))) {
                    problems.add("rule '" + rule + "' cites " + r.article().get() + ", which the article table of " + doc + " does not list");
                }
            }
            r.exceptionOf().filter(base -> !rules.containsKey(base)).ifPresent(base ->
                    problems.add("rule '" + rule + "' is an exception of '" + base + "', which does not exist"));
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

    public Optional<Programme> programme(String id) {
        return descriptor.programmes().stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
