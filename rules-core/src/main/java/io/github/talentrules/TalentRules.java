package io.github.talentrules;

import io.github.talentrules.analysis.Coverage;
import io.github.talentrules.analysis.Reform;
import io.github.talentrules.internal.SessionObserver;
import io.github.talentrules.internal.load.CaseReader;
import io.github.talentrules.internal.load.LoadedPack;
import io.github.talentrules.internal.load.LoadedPacks;
import io.github.talentrules.internal.load.PackReader;
import io.github.talentrules.internal.load.PackSource;
import io.github.talentrules.internal.load.TreeException;
import io.github.talentrules.pack.Parameter;
import io.github.talentrules.pack.Programme;
import io.github.talentrules.pack.Rule;
import io.github.talentrules.pack.RulePack;
import io.github.talentrules.internal.Names;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The engine: rule packs compiled once, deciding cases from any number of threads.
 *
 * <pre>{@code
 * TalentRules rules = TalentRules.fromClasspath();
 * Case c = rules.readCase(Path.of("case.yaml"));
 * Decision d = rules.decide(c);
 * System.out.println(d.explain(Language.ZH));
 * }</pre>
 *
 * <p>Thread-safe: build one and share it. Each decision runs the pack's rules in a session of its
 * own (taken from the pack's pool, reset after use); no answer is cached. No method returns {@code null}.
 */
public final class TalentRules {
    static {
        // Validation (in io.github.talentrules.analysis) reads a loaded pack's warnings through the loader.
        LoadedPacks.register(TalentRules::loaded);
    }

    private static final int RECENT_REFORMS = 4;

    private final List<LoadedPack> packs;
    private final Map<String, LoadedPack> byProgramme;
    /** Watches every session (coverage); {@code null} (the usual case) for none. */
    private final SessionObserver observer;
    private final Evaluator evaluator;
    /** Profiles and suggestions ({@link #find}), made on first use: it reads each pack's profile.yaml. */
    private volatile io.github.talentrules.internal.find.Finder finder;
    /**
     * The engines under the last few reforms read from files ({@link #withReform(Path)}), by the reform's
     * content (its YAML and DRL as read): the scenarios of one file compile their reform once, an edited
     * file is compiled again, and an engine used for days holds no more than {@value #RECENT_REFORMS}.
     */
    private final Map<Reform, TalentRules> recentReforms = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Reform, TalentRules> eldest) {
            return size() > RECENT_REFORMS;
        }
    });

    private TalentRules(List<LoadedPack> packs, SessionObserver observer) {
        this.observer = observer;
        this.packs = List.copyOf(packs);
        Map<String, LoadedPack> m = new LinkedHashMap<>();
        for (LoadedPack p : packs) {
            for (Programme prog : p.descriptor().programmes()) {
                LoadedPack before = m.put(prog.id(), p);
                if (before != null) {
                    throw new InvalidPackException(p.descriptor().id(), List.of("programme " + prog.id()
                            + " is also in pack " + before.descriptor().id()));
                }
            }
        }
        this.byProgramme = Collections.unmodifiableMap(m);
        this.evaluator = new Evaluator(byProgramme, observer);
    }

    /** Every pack on the classpath, each compiled once. */
    public static TalentRules fromClasspath() {
        return builder().classpathPacks().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The packs, in the order they were added. */
    public List<RulePack> packs() {
        return packs.stream().map(LoadedPack::descriptor).toList();
    }

    /**
     * The programme with this id.
     *
     * @throws IllegalArgumentException when no pack has it; the message lists the near names
     */
    public Programme programme(String id) {
        LoadedPack p = byProgramme.get(id);
        if (p == null) {
            throw new IllegalArgumentException("no programme '" + id + "'" + Names.suggest(id, byProgramme.keySet())
                    + "; known: " + String.join(", ", byProgramme.keySet()));
        }
        return p.programme(id).orElseThrow();
    }

    /**
     * Decides one case.
     *
     * @throws InvalidCaseException when the programme is unknown or a fact is unknown or of the wrong type
     */
    public Decision decide(Case c) {
        return evaluator.decide(c, List.of());
    }

    /**
     * Decides a batch of cases: each case on its own, then the pack's rules over the batch
     * ({@code @scope("batch")}: one applicant per company, quotas, targets), whose findings join the
     * decisions of the cases they concern or, for a count over the batch, {@link Batch#findings()}.
     *
     * @throws InvalidCaseException on the first case that is invalid; check cases one by one with
     *         {@link #decide} to report each
     */
    public Batch decideAll(List<Case> cases) {
        Map<Integer, List<Finding>> onCase = new java.util.HashMap<>();
        Batch across = acrossCases(cases, (i, f) -> onCase.computeIfAbsent(i, k -> new ArrayList<>()).add(f));
        List<Decision> decisions = new ArrayList<>(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            decisions.add(evaluator.decide(cases.get(i), onCase.getOrDefault(i, List.of())));
        }
        return across.withDecisions(decisions);
    }

    /**
     * The programmes whose cases the rules over a batch read, in any of their conditions: only these
     * cases need pass through {@link #acrossCases}.
     */
    public Set<String> programmesReadAcrossCases() {
        Set<String> out = new java.util.TreeSet<>();
        packs.forEach(p -> out.addAll(p.batchProgrammes()));
        return Collections.unmodifiableSet(out);
    }

    /**
     * Runs only the rules over a batch ({@code @scope("batch")}) on {@code cases}, without deciding
     * them: for a caller that decides each case on its own, such as a sheet streamed row by row
     * ({@code io.github.talentrules.sheet}). Each finding that concerns one case goes to
     * {@code onCase} with that case's index in {@code cases}; join them to its decision with
     * {@link #decide(Case, List)}. The batch returned has no decisions: its
     * {@link Batch#findings()} are those over the batch as a whole. Cases of programmes that no
     * batch rule reads ({@link #programmesReadAcrossCases()}) are skipped cheaply; an invalid case is
     * left out (deciding it reports why), so one bad row never stops the checks over the others.
     */
    public Batch acrossCases(List<Case> cases, java.util.function.BiConsumer<Integer, Finding> onCase) {
        return evaluator.acrossCases(cases, onCase);
    }

    /**
     * Decides one case and joins to its decision the findings that the rules over a batch made
     * about it ({@link #acrossCases}); the same as {@link #decide(Case)} when there are none.
     *
     * @throws InvalidCaseException when the programme is unknown or a fact is unknown or of the wrong type
     */
    public Decision decide(Case c, List<Finding> acrossFindings) {
        return evaluator.decide(c, acrossFindings);
    }

    /**
     * Reads a case file, JSON ({@code .json}) or YAML (anything else), and checks it against its programme.
     *
     * @throws InvalidCaseException naming the file and the field when it cannot be read or is wrong
     */
    public Case readCase(Path file) {
        return readCase(readText(file), file.toString());
    }

    /** A case or profile file's text, or an error naming the file. */
    private static String readText(Path file) {
        try {
            return io.github.talentrules.internal.TextFile.read(file);
        } catch (IOException e) {
            throw new InvalidCaseException(file.toString(), "", io.github.talentrules.internal.TextFile.unreadable(file, e));
        }
    }

    /** Reads a case from text; {@code source} names it in messages and picks JSON when it ends in {@code .json}. */
    public Case readCase(String text, String source) {
        if (io.github.talentrules.internal.TextFile.tooBig(text)) {
            throw new InvalidCaseException(source, "", io.github.talentrules.internal.TextFile.tooBigWords());
        }
        return CaseReader.read(text, source, id -> {
            LoadedPack p = byProgramme.get(id);
            if (p == null) {
                throw new TreeException(source, "program", io.github.talentrules.explain.Text.of("没有项目 '" + id + "'", "no programme '" + id + "'")
                        .then(Names.suggestion(id, byProgramme.keySet())));
            }
            return p.programme(id).orElseThrow();
        });
    }

    /**
     * Every rule of a pack, the core's included, by name in article order: where it is written and what
     * its metadata says (article, programmes, scope...).
     *
     * @throws IllegalArgumentException when no pack has this id
     */
    public Map<String, Rule> rules(String packId) {
        return loaded(packId).rules();
    }

    /**
     * This engine with {@code reform} applied to the pack it names, instead of any reform this engine
     * has; the other packs are shared, and this engine is unchanged. A reform of parameters alone
     * shares the pack's compiled rules (nothing is compiled: rules read every number from the case's
     * parameters); a reform with rules compiles the pack again with its rules on top.
     *
     * @throws InvalidPackException when no pack has the reform's id, or the reform names a parameter or
     *         rule the pack does not have, or its DRL does not compile
     */
    public TalentRules withReform(Reform reform) {
        List<LoadedPack> out = new ArrayList<>();
        boolean found = false;
        for (LoadedPack p : packs) {
            if (p.descriptor().id().equals(reform.pack())) {
                out.add(p.withReform(reform));
                found = true;
            } else {
                out.add(p);
            }
        }
        if (!found) {
            throw new InvalidPackException("reform " + reform.source(), List.of(reform.source() + ": pack: no pack '" + reform.pack() + "' is loaded"
                    + Names.suggest(reform.pack(), packs.stream().map(p -> p.descriptor().id()).toList())));
        }
        return new TalentRules(out, observer);
    }

    /**
     * The same as {@link #withReform(Reform)} with the reform read from a file, now: the engine under a
     * reform of the same content as one of the last few is reused, so that the scenarios of one file
     * compile their reform once.
     *
     * @throws InvalidPackException as {@link #withReform(Reform)}, or when the file is not a reform
     * @throws InvalidCaseException naming the file when it cannot be read
     */
    public TalentRules withReform(Path reformFile) {
        Reform reform = Reform.read(reformFile);
        TalentRules r = recentReforms.get(reform);
        if (r == null) {
            r = withReform(reform);
            recentReforms.put(reform, r);
        }
        return r;
    }

    /**
     * Decides a profile (a case without a programme) against every programme of every pack whose
     * applicant is of the profile's kind, each programme reading the facts it declares, and ranks them
     * with what would make each eligible ({@link io.github.talentrules.find.Ranking}).
     *
     * @throws InvalidCaseException when the profile gives a fact or attestation no programme of its kind reads
     */
    public io.github.talentrules.find.Ranking find(io.github.talentrules.find.Profile profile) {
        return finder().find(profile);
    }

    /**
     * Reads a profile file, JSON ({@code .json}) or YAML: {@code applicant} (person or unit), {@code asOf},
     * {@code facts}, {@code attestations}.
     *
     * @throws InvalidCaseException naming the file and the field when it cannot be read or is wrong
     */
    public io.github.talentrules.find.Profile readProfile(Path file) {
        return readProfile(readText(file), file.toString());
    }

    /** Reads a profile from text; {@code source} names it in messages and picks JSON when it ends in {@code .json}. */
    public io.github.talentrules.find.Profile readProfile(String text, String source) {
        return finder().readProfile(text, source);
    }

    /**
     * Decides a case and says, for each finding that fails or asks for review, the smallest change that
     * would turn it, each confirmed by deciding the changed case again.
     *
     * @throws InvalidCaseException as {@link #decide(Case)}
     */
    public io.github.talentrules.find.Match suggest(Case c) {
        return finder().match(c, decide(c));
    }

    private io.github.talentrules.internal.find.Finder finder() {
        io.github.talentrules.internal.find.Finder f = finder;
        if (f == null) {
            f = new io.github.talentrules.internal.find.Finder(packs, this::decide);
            finder = f;   // made at most a few times when threads race: each is the same
        }
        return f;
    }

    /** The loaded pack with this id. */
    private LoadedPack loaded(String packId) {
        return packs.stream().filter(p -> p.descriptor().id().equals(packId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no pack '" + packId + "'"
                        + Names.suggest(packId, packs.stream().map(p -> p.descriptor().id()).toList())));
    }

    /** The reform applied to a pack of this engine, if any. */
    public java.util.Optional<Reform> reform(String packId) {
        return loaded(packId).reform();
    }

    /**
     * This engine, counting in {@code coverage} which rules fire on each decision it makes (and on
     * those of the engines it derives under a reform). The engine it is called on records nothing.
     */
    public TalentRules recordingTo(Coverage coverage) {
        return new TalentRules(packs, java.util.Objects.requireNonNull(coverage, "coverage"));
    }

    /** The parameters of a pack, by key. */
    public Map<String, Parameter> parameters(String packId) {
        return loaded(packId).parameters();
    }

    /**
     * Builds an engine from packs on the classpath and packs in folders. Each pack is read, checked
     * and compiled once; a pack with any error is refused whole ({@link InvalidPackException}).
     */
    public static final class Builder {
        private final Set<String> classpath = new LinkedHashSet<>();
        private final List<Path> folders = new ArrayList<>();
        private final List<Reform> reforms = new ArrayList<>();
        private final List<Path> trusted = new ArrayList<>();
        private boolean allClasspath;

        private Builder() {
        }

        /** Every pack listed in a {@code META-INF/talent-rules.packs} file on the classpath. */
        public Builder classpathPacks() {
            allClasspath = true;
            return this;
        }

        /** One pack from the classpath, by id. */
        public Builder classpathPack(String id) {
            classpath.add(id);
            return this;
        }

        /**
         * A pack from a folder holding its {@code pack.yaml}; its DRL is compiled at build time. It takes
         * the place of a classpath pack with the same id, so that an analyst can work on a copy.
         */
        public Builder packFolder(Path folder) {
            folders.add(folder);
            return this;
        }

        /**
         * A reform to apply on top of the pack it names ({@link Reform}), which this builder must also
         * load; at most one reform per pack.
         *
         * @throws InvalidPackException when the file is not a reform
         * @throws InvalidCaseException naming the file when it cannot be read
         */
        public Builder reform(Path reformFile) {
            return reform(Reform.read(reformFile));
        }

        /** A reform to apply on top of the pack it names, which this builder must also load. */
        public Builder reform(Reform reform) {
            if (reforms.stream().anyMatch(r -> r.pack().equals(reform.pack()))) {
                throw new IllegalArgumentException("a second reform of pack " + reform.pack() + ": " + reform.source() + "; apply one at a time");
            }
            reforms.add(reform);
            return this;
        }

        /**
         * Trusts the code in {@code folder} and below: the rules of a pack folder or a reform there may
         * run Java beyond the rule helpers (Drools has no sandbox: review such a folder as code).
         * Without it, a rule from a folder may only call {@code Check}, {@code When}, {@code Pay} and
         * {@code Across} in its consequence and read the case's facts and parameters in its conditions;
         * anything else refuses the pack or reform with file and line. Packs on the classpath are code
         * already, and trusted. The engine keeps the trust for the reforms applied to it later.
         */
        public Builder trustCode(Path folder) {
            trusted.add(java.util.Objects.requireNonNull(folder, "folder"));
            return this;
        }

        /** @throws InvalidPackException when a pack cannot be read or compiled, naming file and line */
        public TalentRules build() {
            ClassLoader loader = TalentRules.class.getClassLoader();
            Set<String> ids = new LinkedHashSet<>();
            if (allClasspath) {
                ids.addAll(discover(loader));
            }
            ids.addAll(classpath);
            // A pack from a folder takes the place of a pack with the same id added before it: an analyst's copy.
            Map<String, PackSource> folderSources = new LinkedHashMap<>();
            for (Path f : folders) {
                PackSource src = PackSource.folder(f);
                String id = PackReader.id(src);
                folderSources.remove(id);
                folderSources.put(id.isEmpty() ? f.toString() : id, src);
                ids.remove(id);
            }
            List<PackSource> sources = new ArrayList<>();
            ids.forEach(id -> sources.add(PackSource.classpath(loader, id)));
            sources.addAll(folderSources.values());
            // Packs compile independently: compile them side by side, keep their order, report the first error.
            // A pack a reform names is compiled once, with the reform on top.
            Map<String, Reform> byPack = new LinkedHashMap<>();
            reforms.forEach(r -> byPack.put(r.pack(), r));
            Set<String> applied = java.util.concurrent.ConcurrentHashMap.newKeySet();
            io.github.talentrules.internal.load.Trust trust = new io.github.talentrules.internal.load.Trust(trusted);
            List<LoadedPack> loaded = sources.parallelStream().map(s -> {
                Reform r = byPack.isEmpty() ? null : byPack.get(PackReader.id(s));
                if (r == null) {
                    return LoadedPack.load(s, null, trust);
                }
                applied.add(r.pack());
                return LoadedPack.load(s, r, trust);
            }).toList();
            TalentRules rules = new TalentRules(loaded, null);
            for (Reform r : reforms) {
                if (!applied.contains(r.pack())) {
                    rules = rules.withReform(r);   // refused: no pack has its id
                }
            }
            return rules;
        }

        private static Set<String> discover(ClassLoader loader) {
            Set<String> ids = new LinkedHashSet<>();
            try {
                var urls = loader.getResources("META-INF/talent-rules.packs");
                while (urls.hasMoreElements()) {
                    try (InputStream in = urls.nextElement().openStream()) {
                        new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                                .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(ids::add);
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot list packs on the classpath", e);
            }
            return ids;
        }
    }
}
