package io.github.talentrules;

import io.github.talentrules.rule.Facts;
import io.github.talentrules.rule.Params;
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
import org.kie.api.runtime.KieSession;

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
 * own; nothing is cached between decisions. No method returns {@code null}.
 */
public final class TalentRules {
    /** Rules that fire more often than this on one case are looping: a defect of the pack. */
    private static final int MAX_FIRINGS = 10_000;

    private final List<LoadedPack> packs;
    private final Map<String, LoadedPack> byProgramme;

    private TalentRules(List<LoadedPack> packs) {
        this.packs = List.copyOf(packs);
        Map<String, LoadedPack> m = new LinkedHashMap<>();
        for (LoadedPack p : packs) {
            for (Programme prog : p.descriptor.programmes()) {
                LoadedPack before = m.put(prog.id(), p);
                if (before != null) {
                    throw new InvalidPackException(p.descriptor.id(), List.of("programme " + prog.id()
                            + " is also in pack " + before.descriptor.id()));
                }
            }
        }
        this.byProgramme = Collections.unmodifiableMap(m);
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
        return packs.stream().map(p -> p.descriptor).toList();
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
        LoadedPack pack = byProgramme.get(c.programme());
        if (pack == null) {
            throw new InvalidCaseException(c.source(), "program", "no programme '" + c.programme() + "'"
                    + Names.suggest(c.programme(), byProgramme.keySet()));
        }
        Programme programme = pack.programme(c.programme()).orElseThrow();
        Case valid = CaseReader.validate(c, programme);
        Document document = pack.descriptor.document(programme.document());
        List<Finding> findings = new ArrayList<>();
        KieSession session = pack.kieBase.newKieSession();
        try {
            session.insert(new Facts(valid, programme));
            session.insert(new Params(pack.parameters, valid.asOf()));
            session.insert(document);
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new IllegalStateException("pack " + pack.descriptor.id() + " fired " + fired + " rules on one case: a rule loops");
            }
            for (Object o : session.getObjects(o -> o instanceof Finding)) {
                findings.add((Finding) o);
            }
        } finally {
            session.dispose();
        }
        return Decision.of(valid, programme, document, findings, new Glossary(programme, pack.parameters, pack.rules));
    }

    /**
     * Reads a case file, JSON ({@code .json}) or YAML (anything else), and checks it against its programme.
     *
     * @throws InvalidCaseException naming the file and the field when it cannot be read or is wrong
     */
    public Case readCase(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InvalidCaseException(file.toString(), "", "is not UTF-8 text");
        } catch (IOException e) {
            throw new InvalidCaseException(file.toString(), "", "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        return readCase(text, file.toString());
    }

    /** Reads a case from text; {@code source} names it in messages and picks JSON when it ends in {@code .json}. */
    public Case readCase(String text, String source) {
        return CaseReader.read(text, source, id -> {
            LoadedPack p = byProgramme.get(id);
            if (p == null) {
                throw new TreeException(source, "program", "no programme '" + id + "'" + Names.suggest(id, byProgramme.keySet()));
            }
            return p.programme(id).orElseThrow();
        });
    }

    /** The names of every rule of a pack with their metadata ({@code article}, {@code programme}, {@code en}...). */
    public Map<String, Map<String, Object>> rules(String packId) {
        return packs.stream().filter(p -> p.descriptor.id().equals(packId)).findFirst()
                .map(p -> Collections.unmodifiableMap(p.rules))
                .orElseThrow(() -> new IllegalArgumentException("no pack '" + packId + "'"));
    }

    /** The parameters of a pack, by key. */
    public Map<String, Parameter> parameters(String packId) {
        return packs.stream().filter(p -> p.descriptor.id().equals(packId)).findFirst()
                .map(p -> p.parameters)
                .orElseThrow(() -> new IllegalArgumentException("no pack '" + packId + "'"));
    }

    /**
     * Builds an engine from packs on the classpath and packs in folders. Each pack is read, checked
     * and compiled once; a pack with any error is refused whole ({@link InvalidPackException}).
     */
    public static final class Builder {
        private final Set<String> classpath = new LinkedHashSet<>();
        private final List<Path> folders = new ArrayList<>();
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

        /** A pack from a folder holding its {@code pack.yaml}; its DRL is compiled at build time. */
        public Builder packFolder(Path folder) {
            folders.add(folder);
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
            List<LoadedPack> loaded = new ArrayList<>();
            for (String id : ids) {
                loaded.add(LoadedPack.load(PackSource.classpath(loader, id), Map.of()));
            }
            for (Path f : folders) {
                loaded.add(LoadedPack.load(PackSource.folder(f), Map.of()));
            }
            return new TalentRules(loaded);
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
