package io.github.talentrules.internal.load;

import io.github.talentrules.InvalidPackException;
import io.github.talentrules.analysis.Reform;
import io.github.talentrules.explain.Glossary;
import io.github.talentrules.pack.Article;
import io.github.talentrules.pack.FactSpec;
import io.github.talentrules.pack.Parameter;
import io.github.talentrules.pack.Programme;
import io.github.talentrules.pack.Rule;
import io.github.talentrules.pack.RulePack;
import io.github.talentrules.internal.Names;
import io.github.talentrules.internal.Recorder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieSessionsPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pack read, checked and compiled, once: its descriptor, its parameters (under a reform, if any), its
 * rule base and what the engine reads off its rules. Immutable; its rule base hands out sessions to
 * any number of threads. Not API.
 */
public final class LoadedPack {
    private static final Logger LOG = LoggerFactory.getLogger(LoadedPack.class);
    /** The group of the release ids under which packs are compiled; the artifact is the pack's id. */
    public static final String RELEASE_GROUP = "io.github.talentrules.packs";

    /** The pack as its files state it: its descriptor and its own parameters. */
    private final PackReader.Read files;
    /** The parameters rules read: the pack's, with the reform's values where it changes them. */
    private final Map<String, Parameter> parameters;
    /** The compiled rules, shared by every loaded pack under the same DRL. */
    private final RuleBase base;
    /** What explanations need of each programme, made once. */
    private final Map<String, Glossary> glossaries;
    /** Where it was read from, so that a reform can be applied to it later. */
    private final PackSource source;
    /** The reform applied on top of the pack, if any. */
    private final Optional<Reform> reform;
    /** The folders whose code the user trusts, for this pack and the reforms applied to it later. */
    private final Trust trust;

    /**
     * A pack's DRL compiled once, with a pool of its sessions and what the engine reads off its rules.
     * The pack as it is and every reform of its parameters alone share one: rules read every number
     * from the parameters each case's facts carry ({@code $f : Facts(..., $p : params)}), or, over a
     * batch, from the {@code Params} fact the engine inserts, never from the compiled text.
     *
     * @param kieBase the rules compiled
     * @param sessions sessions of {@code kieBase}, reset and reused rather than built for every case;
     *        the pool grows with the threads
     * @param rules every rule by name, in article order
     * @param index the pack's rules as written (the reform's on top), which every check and answer below reads
     * @param batchProgrammes the programmes whose cases the rules over a batch read; empty when there are none
     * @param findingsRead whether some rule's conditions read the findings of the rule of a given name:
     *        only those are inserted
     * @param reformRules whether a reform's rules are compiled in (a reform added, replaced or removed rules)
     */
    private record RuleBase(KieBase kieBase, KieSessionsPool sessions, Map<String, Rule> rules, RuleIndex index,
                            Set<String> batchProgrammes, Predicate<String> findingsRead, boolean reformRules) {
    }

    private LoadedPack(PackReader.Read files, Map<String, Parameter> parameters, RuleBase base, PackSource source,
                       Optional<Reform> reform, Trust trust) {
        this.files = files;
        this.trust = trust;
        this.parameters = Map.copyOf(parameters);
        this.base = base;
        this.source = source;
        this.reform = reform;
        Map<String, Glossary> g = new LinkedHashMap<>();
        files.descriptor().programmes().forEach(p -> g.put(p.id(), new Glossary(p, this.parameters, base.rules())));
        this.glossaries = Map.copyOf(g);
    }

    /** The pack's documents, programmes and article tables. */
    public RulePack descriptor() {
        return files.descriptor();
    }

    /** The pack's parameters by key, with the reform's values where it changes them. */
    public Map<String, Parameter> parameters() {
        return parameters;
    }

    /** Every rule by name, in article order, the core's included. */
    public Map<String, Rule> rules() {
        return base.rules();
    }

    /** The reform applied on top of the pack, if any. */
    public Optional<Reform> reform() {
        return reform;
    }

    /** Where the pack was read from. */
    public PackSource source() {
        return source;
    }

    /** The programme of this pack with this id. */
    public Optional<Programme> programme(String id) {
        return descriptor().programmes().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** What explanations need of a programme of this pack. */
    public Glossary glossary(String programmeId) {
        return glossaries.get(programmeId);
    }

    /** The compiled rules, for a session of its own (one that an observer watches). */
    public KieBase kieBase() {
        return base.kieBase();
    }

    /** Pooled sessions of the compiled rules: disposing one returns it to the pool. */
    public KieSessionsPool sessions() {
        return base.sessions();
    }

    /**
     * The keys of the parameters the rule of this name reads, in its conditions and consequence, as the
     * rule index found them; empty for a rule of the core or a name the pack does not have.
     */
    public Set<String> parametersRead(String rule) {
        return Set.copyOf(base.index().parametersRead(rule));
    }

    /** The programmes whose cases the rules over a batch read, in any of their conditions; empty when there are none. */
    public Set<String> batchProgrammes() {
        return base.batchProgrammes();
    }

    /** A new recorder of what the rules of one evaluation find, inserting the findings some rule reads. */
    public Recorder recorder() {
        return new Recorder(base.findingsRead());
    }

    /**
     * What compiles but is likely a mistake: a parameter that no rule reads, a rule that no article of
     * the table lists (a rule a reform adds cites its article but is in no table: the table is the pack's).
     */
    public List<String> warnings() {
        return warningWords().stream().map(io.github.talentrules.explain.Text::en).toList();
    }

    /** The same warnings, each in both languages. */
    public List<io.github.talentrules.explain.Text> warningWords() {
        List<io.github.talentrules.explain.Text> out = new ArrayList<>();
        Set<String> read = base.index().parametersRead();
        for (String key : parameters.keySet().stream().sorted().toList()) {
            if (!read.contains(key)) {
                out.add(io.github.talentrules.explain.Text.of("参数 '" + key + "' 没有任何规则读取（" + parameters.get(key).article() + "）",
                        "parameter '" + key + "' is read by no rule (" + parameters.get(key).article() + ")"));
            }
        }
        Set<String> listed = descriptor().articles().stream().flatMap(a -> a.rules().stream()).collect(Collectors.toSet());
        if (!descriptor().articles().isEmpty()) {
            for (Rule r : base.rules().values()) {
                boolean added = reform.map(x -> x.ruleFiles().containsKey(r.file())).orElse(false);
                if (!listed.contains(r.name()) && !added && !r.core()) {
                    out.add(io.github.talentrules.explain.Text.of("规则 '" + r.name() + "'（" + r.article().orElse("没有 @" + Rule.ARTICLE)
                            + "）未列在条款表的任何条款之下", "rule '" + r.name() + "' (" + r.article().orElse("no @" + Rule.ARTICLE)
                            + ") is listed under no article of the article table"));
                }
            }
        }
        reform.ifPresent(r -> out.addAll(ReformValues.warnings(r, files.parameters(), descriptor())));
        return out;
    }

    /** The pack as its files state it, its code trusted only if it comes from the classpath. */
    public static LoadedPack load(PackSource src) {
        return load(src, null, Trust.NONE);
    }

    /**
     * What the rules of a pack folder and of a reform would run beyond the rule helpers and the reads
     * of facts and parameters, each {@code file:line: rule 'name' ...}: what trusting them allows.
     * Files that cannot be read or parsed add nothing (loading reports them).
     */
    public static List<String> runs(PackSource src, Reform reform) {
        List<String> out = new ArrayList<>();
        if (src != null) {
            try {
                Map<String, String> drl = new LinkedHashMap<>();
                for (String f : PackReader.read(src).ruleFiles()) {
                    drl.put(f, src.read(f));
                }
                out.addAll(RuleIndex.of(drl).untrusted());
            } catch (TreeException | InvalidPackException e) {
                // reported when the pack is loaded
            }
        }
        if (reform != null) {
            out.addAll(RuleIndex.of(reform.ruleFiles()).untrusted());
        }
        return out;
    }

    /**
     * This pack with {@code reform} applied instead of any reform it has. A reform of parameters alone
     * shares this pack's compiled rules and sessions (nothing is compiled); one with rules is compiled
     * from the pack's files again.
     *
     * @throws InvalidPackException when the reform names a parameter or rule the pack does not have,
     *         gives a value of another kind, or its DRL does not compile
     */
    public LoadedPack withReform(Reform reform) {
        boolean parametersOnly = reform.ruleFiles().isEmpty() && reform.replaces().isEmpty() && reform.removes().isEmpty();
        if (!parametersOnly || base.reformRules() || !reform.pack().equals(descriptor().id())) {
            return load(source, reform, trust);
        }
        List<String> problems = new ArrayList<>();
        Map<String, Parameter> reformed = reformed(files.parameters(), reform, descriptor().id(), problems);
        if (!problems.isEmpty()) {
            throw invalid(descriptor().id(), reform, problems);
        }
        return new LoadedPack(files, reformed, base, source, Optional.of(reform), trust);
    }

    /**
     * The pack with {@code reform} applied on top, or as it is when {@code reform} is {@code null}. The
     * rules of a pack folder or a reform that {@code trust} does not cover may only call the rule
     * helpers in their consequences and read the session's facts and parameters in their conditions.
     */
    public static LoadedPack load(PackSource src, Reform reform, Trust trust) {
        long start = System.nanoTime();
        List<String> problems = new ArrayList<>();
        String packName = src.name();
        try {
            PackReader.Read files = PackReader.read(src);
            RulePack descriptor = files.descriptor();
            packName = descriptor.id();
            Map<String, Parameter> parameters = new LinkedHashMap<>(files.parameters());
            if (reform != null) {
                if (!reform.pack().equals(packName)) {
                    problems.add(reform.source() + ": pack: the reform is for pack " + reform.pack() + ", not " + packName);
                }
                parameters.putAll(reformed(parameters, reform, packName, problems));
            }
            Map<String, String> drl = new LinkedHashMap<>();
            for (String f : files.ruleFiles()) {
                drl.put(f, src.read(f));
            }
            // The one reading of the rules: every check below and both answers the engine runs on come from it.
            // What an untrusted folder's rules would run beyond the helpers is refused before anything is
            // compiled; where a consequence is not Java at all, the compiler's messages say more, first.
            List<String> refused = new ArrayList<>();
            // A pack from the classpath is trusted code, compiled as it is: Drools compiles it on a thread of
            // its own while its rules are read here (in a cold JVM, warming the parsers costs about a third
            // of compiling); its result is used only if the checks pass.
            java.util.concurrent.CompletableFuture<KieBase> compiling = src.folder().isEmpty() && reform == null
                    ? java.util.concurrent.CompletableFuture.supplyAsync(() -> compile(descriptor.id(), drl, Map.of(), null, new ArrayList<>(), null),
                            LoadedPack::onItsOwnThread)
                    : null;
            long reading = System.nanoTime();
            RuleIndex packRules = RuleIndex.of(drl);
            LOG.debug("rules of {} read in {} ms", src.name(), (System.nanoTime() - reading) / 1_000_000);
            src.folder().filter(f -> !trust.covers(f)).ifPresent(f -> refuseUntrusted(packRules, f, refused));
            RuleIndex index = packRules;
            Map<String, String> reformDrl = reform == null ? Map.of() : reform.ruleFiles();
            if (reform != null) {
                RuleIndex added = RuleIndex.of(reformDrl);
                Path folder = Path.of(reform.source()).toAbsolutePath().getParent();
                if (!trust.covers(folder)) {
                    refuseUntrusted(added, folder, refused);
                }
                index = index.without(ReformRules.apply(packName, drl, index, added, reform, problems)).and(added);
            }
            // A file that cannot be read is reported at its real place, and nothing is compiled.
            index.unparsed().values().forEach(problems::addAll);
            if (index.unparsed().isEmpty()) {
                index.check(parameters.keySet(), files.names(), problems);
            }
            if (index.readable()) {
                problems.addAll(refused);
            }
            if (!problems.isEmpty()) {
                throw invalid(packName, reform, problems);
            }
            KieBase kieBase = compiling != null ? compiled(compiling) : compile(packName, drl, reformDrl, index, problems, reform);
            if (!index.readable()) {
                problems.addAll(refused);
            }
            if (!problems.isEmpty()) {
                throw invalid(packName, reform, problems);
            }
            Map<String, Rule> rules = rules(index);
            checkRules(descriptor, rules, reform == null ? List.of() : reform.removes(), problems);
            checkMoney(descriptor, index, problems);
            RuleParameters.units(descriptor, index, parameters, problems);
            RuleParameters.otherDocument(descriptor, index, parameters, problems);
            if (!problems.isEmpty()) {
                throw invalid(packName, reform, problems);
            }
            LOG.debug("pack {} loaded from {} in {} ms", packName, src.name(), (System.nanoTime() - start) / 1_000_000);
            RuleBase base = new RuleBase(kieBase, kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors()), rules, index,
                    Set.copyOf(index.batchProgrammes(descriptor.programmes().stream().map(Programme::id).collect(Collectors.toSet()))),
                    index.findingsRead(), !reformDrl.isEmpty() || reform != null && !reform.removes().isEmpty());
            return new LoadedPack(files, parameters, base, src, Optional.ofNullable(reform), trust);
        } catch (TreeException e) {
            throw invalid(packName, reform, List.of(e.getMessage()));
        }
    }

    private static void onItsOwnThread(Runnable r) {
        Thread t = new Thread(r, "talent-rules compile");
        t.setDaemon(true);
        t.start();
    }

    /** The rule base compiled on another thread, or the error it was refused with. */
    private static KieBase compiled(java.util.concurrent.CompletableFuture<KieBase> compiling) {
        try {
            return compiling.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** Each thing the rules of an untrusted folder would run beyond the helpers, as a problem naming the folder to trust. */
    private static void refuseUntrusted(RuleIndex index, Path folder, List<String> problems) {
        for (String u : index.untrusted()) {
            problems.add(u + "; refused: a rule may only call Check, When, Pay and Across and read the case's facts and parameters,"
                    + " unless its folder is trusted (--trust-code " + folder + ")");
        }
    }

    /**
     * The pack's parameters with the reform's values applied; every problem (an unknown key, a value
     * of another kind than the pack's) is added to {@code problems}.
     */
    private static Map<String, Parameter> reformed(Map<String, Parameter> base, Reform reform, String packId, List<String> problems) {
        String source = reform.source();
        Map<String, Parameter> out = new LinkedHashMap<>(base);
        reform.parameters().forEach((key, values) -> {
            Parameter p = base.get(key);
            if (p == null) {
                problems.add(source + ": parameters." + key + ": reform overrides '" + key + "', which pack " + packId
                        + " does not have" + Names.suggest(key, base.keySet()));
                return;
            }
            Object before = p.values().lastEntry().getValue();
            for (var v : values.entrySet()) {
                if (!kind(v.getValue()).equals(kind(before))) {
                    problems.add(source + ": parameters." + key + ".values." + v.getKey() + ": is " + kind(v.getValue())
                            + ", but " + key + " is " + kind(before) + " (" + p.unit() + ")");
                    continue;
                }
                try {
                    p = p.withValueFrom(v.getKey(), v.getValue());
                } catch (IllegalArgumentException e) {
                    problems.add(source + ": parameters." + key + ".values." + v.getKey() + ": " + e.getMessage());
                }
            }
            // The parameter keeps the text's words; a finding that compares with the reform's value says whose it is.
            out.put(key, p.reformedBy(reformed(reform, key, values.firstKey())));
        });
        problems.addAll(ReformValues.errors(reform, base));
        return out;
    }

    /**
     * The words a finding shows beside a value the reform gave parameter {@code key}: the reform's new words
     * for it where it gives them, else the reform's name; in English the same where the reform gives them, else the Chinese.
     */
    private static Parameter.Reformed reformed(Reform reform, String key, java.time.LocalDate from) {
        io.github.talentrules.explain.Text words = reform.descriptions().get(key);
        if (words != null) {
            return new Parameter.Reformed(from, words.zh(), !words.en().isEmpty() ? words.en() : !reform.en().isEmpty() ? reform.en() : words.zh());
        }
        return new Parameter.Reformed(from, reform.name(), reform.name(io.github.talentrules.Language.EN));
    }

    private static String kind(Object v) {
        if (v instanceof java.math.BigDecimal) {
            return "a number";
        }
        if (v instanceof List<?>) {
            return "a list";
        }
        if (v instanceof Map<?, ?>) {
            return "a table";
        }
        return v instanceof Boolean ? "true or false" : "text";
    }

    /** The pack refused, named with the reform it was loaded under, if any. */
    private static InvalidPackException invalid(String packName, Reform reform, List<String> problems) {
        return new InvalidPackException(reform == null ? io.github.talentrules.explain.Text.of("规则包 " + packName, "pack " + packName)
                : io.github.talentrules.explain.Text.of("规则包 " + packName + "（在改革 " + reform.source() + " 之下）",
                        "pack " + packName + " under reform " + reform.source()),
                problems.stream().map(io.github.talentrules.explain.Text::same).toList());
    }

    /**
     * Compiles the DRL with the core's rules. Drools keeps each module it builds in a repository that
     * lives as long as the JVM; under a release id of its own (the pack's id, a random version), the
     * module is removed from it once the rule base is built, which keeps working without it: a server
     * that compiles reforms for days keeps only the bases its engines hold.
     */
    private static KieBase compile(String packId, Map<String, String> drl, Map<String, String> reformDrl, RuleIndex index,
                                   List<String> problems, Reform reform) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId id = ks.newReleaseId(RELEASE_GROUP, packId.replaceAll("[^A-Za-z0-9_.-]", "_"), "1.0.0-" + UUID.randomUUID());
        try {
            return compile(ks, kfs, id, packId, drl, reformDrl, index, problems, reform);
        } finally {
            ks.getRepository().removeKieModule(id);
        }
    }

    private static KieBase compile(KieServices ks, KieFileSystem kfs, ReleaseId id, String packId, Map<String, String> drl,
                                   Map<String, String> reformDrl, RuleIndex index, List<String> problems, Reform reform) {
        kfs.generateAndWritePomXML(id);
        kfs.write("src/main/resources/" + Rule.CORE_FILE, coreDrl());
        // Each file sits in the folder its package names (<pack>/rules), as Drools expects.
        drl.forEach((file, text) -> kfs.write("src/main/resources/" + packId + "/" + file, text));
        Map<String, String> texts = new LinkedHashMap<>();
        drl.forEach((file, text) -> texts.put(packId + "/" + file, text));
        // Messages name a file as the pack folder does (rules/grant.drl), a reform's as the reform does.
        Map<String, String> display = new LinkedHashMap<>();
        drl.keySet().forEach(file -> display.put(packId + "/" + file, file));
        int n = 0;
        for (var e : reformDrl.entrySet()) {
            String path = index.packageOf(e.getKey()).map(p -> p.replace('.', '/')).orElse(packId) + "/reform-" + (n++) + ".drl";
            display.put(path, e.getKey());
            texts.put(path, e.getValue());
            kfs.write("src/main/resources/" + path, e.getValue());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<String> raw = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = m.getPath() == null ? "" : m.getPath().replaceFirst("^src/main/resources/", "");
            String shown = display.getOrDefault(path, path);
            raw.add(shown + (m.getLine() > 0 ? ":" + m.getLine() : "") + ": " + m.getText().lines().findFirst().orElse(""));
            // In plain words and at the real place: an error in a consequence is reported at its rule's first line.
            if (texts.containsKey(path)) {
                DrlDiagnostics.of(texts.get(path)).compileError(shown, m.getLine(), m.getText()).ifPresent(problems::add);
            } else {
                problems.add(raw.get(raw.size() - 1));
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(raw);
        }
        if (!problems.isEmpty()) {
            throw invalid(packId, reform, problems);
        }
        return ks.newKieContainer(id).getKieBase();
    }

    /** Whether a rule runs over a batch of cases ({@code @scope("batch")}) rather than on each case, by its compiled metadata. */
    public static boolean isBatch(Map<String, Object> meta) {
        return Rule.Scope.of(meta.get(Rule.SCOPE)) == Rule.Scope.BATCH;
    }

    private static String coreDrl() {
        try (var in = LoadedPack.class.getResourceAsStream("/" + Rule.CORE_FILE)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("rules-core is missing " + Rule.CORE_FILE, e);
        }
    }

    /** The rules of the core, which every pack shares: read once. */
    private static final RuleIndex CORE = RuleIndex.of(Map.of(Rule.CORE_FILE, coreDrl()));

    /**
     * Every rule with its metadata, the core's included, in article order. Sorted once, then held in a
     * hash map that keeps that order: a rule is looked up by name for every finding explained, and a
     * lookup in a map sorted by {@link Rule#ORDER} compares names digit by digit.
     */
    private static Map<String, Rule> rules(RuleIndex index) {
        Map<String, Rule> sorted = new java.util.TreeMap<>(Rule.ORDER);
        CORE.rules().values().forEach(e -> sorted.put(e.rule().name(), e.rule()));
        index.rules().values().forEach(e -> sorted.put(e.rule().name(), e.rule()));
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
    }

    /**
     * A condition about money changes the payment or asks for review; it makes a case ineligible only
     * where the text says so. So a rule whose helper gives FAIL (not {@code @soft}) may compare a fact
     * about payment (declared {@code payment: true}, in yuan, or read by a {@code Pay} helper) only where
     * its article's table entry gives the text's words that take eligibility away ({@code ineligible:}).
     */
    private static void checkMoney(RulePack pack, RuleIndex index, List<String> problems) {
        Map<String, FactSpec> facts = new LinkedHashMap<>();
        pack.programmes().forEach(p -> p.facts().forEach(f -> facts.putIfAbsent(f.name(), f)));
        // The facts a consequence that pays reads are about payment, whatever else reads them.
        Set<String> money = new java.util.HashSet<>();
        index.rules().values().stream().filter(e -> e.calls().stream().anyMatch(c -> c.consequence() && c.helper().equals("Pay")))
                .forEach(e -> money.addAll(factsInConsequence(e)));
        // A list of records (the visiting experts) is who applies; a payment helper only counts it.
        facts.values().stream().filter(f -> f.type() == FactSpec.Type.RECORDS).forEach(f -> money.remove(f.name()));
        facts.values().stream().filter(f -> f.payment() || f.type() == FactSpec.Type.YUAN).forEach(f -> money.add(f.name()));
        for (RuleIndex.Entry e : index.rules().values()) {
            Optional<RuleIndex.HelperCall> failing = e.calls().stream()
                    .filter(c -> c.consequence() && c.helper().equals("Check") && FAILING_CHECKS.contains(c.method())).findFirst();
            if (failing.isEmpty() || e.rule().soft() || ineligibleByText(pack, e.rule())) {
                continue;
            }
            for (String fact : factsInConsequence(e)) {
                if (money.contains(fact)) {
                    problems.add(e.where(failing.get().line()) + "can make a case ineligible on '" + fact + "', a fact about payment: a"
                            + " condition about money changes the payment (a Pay helper) or asks for review; it may fail a case only where"
                            + " the text takes eligibility away, and the article table then quotes those words under 'ineligible:'");
                }
            }
        }
    }

    /** The condition helpers that give FAIL when their comparison does not hold (unless the rule is {@code @soft}). */
    private static final Set<String> FAILING_CHECKS = Set.of("all", "any", "atMost", "atLeast", "lessThan", "moreThan", "between",
            "equalTo", "oneOf", "isTrue", "isFalse");

    private static Set<String> factsInConsequence(RuleIndex.Entry e) {
        Set<String> out = new java.util.LinkedHashSet<>();
        e.reads().stream().filter(r -> r.consequence() && r.role() == RuleIndex.Role.FACT).forEach(r -> out.add(r.name()));
        return out;
    }

    /** Whether the table entry of the rule's article quotes words of the text that take eligibility away. */
    private static boolean ineligibleByText(RulePack pack, Rule rule) {
        return rule.article().isPresent() && rule.programmes().stream().anyMatch(id -> pack.programmes().stream()
                .filter(p -> p.id().equals(id)).anyMatch(p -> pack.articles().stream().anyMatch(a -> a.document().equals(p.document())
                        && a.article().equals(Article.base(rule.article().get())) && a.ineligible().isPresent())));
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
}
