package io.github.talentrules;

import io.github.talentrules.internal.Names;
import io.github.talentrules.internal.Recorder;
import io.github.talentrules.internal.SessionObserver;
import io.github.talentrules.internal.load.CaseReader;
import io.github.talentrules.internal.load.LoadedPack;
import io.github.talentrules.pack.Document;
import io.github.talentrules.pack.Programme;
import io.github.talentrules.pack.Rule;
import io.github.talentrules.rule.Across;
import io.github.talentrules.rule.Facts;
import io.github.talentrules.rule.Params;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * Runs cases through their pack's rules. The one place that takes a session, sets the recorder of
 * what its rules find, inserts the case, fires either the rules on each case or the rules over a
 * batch (never both: an agenda filter picks them by {@code @scope}), stops a rule that loops, and
 * gives the session back. With a {@link SessionObserver} (coverage), each session is one of its own
 * with the observer's listener; without one, sessions come from the pack's pool.
 *
 * <p>One case: {@code TalentRules.decide → decide} here: the case checked against its programme
 * ({@link CaseReader#validate}), made into the {@link Facts} rules match (with the pack's
 * {@link Params} on its date), run, and its findings aggregated into a {@link Decision}.
 *
 * <p>Thread-safe: it holds only the packs, which are immutable, and the observer, which must be.
 */
final class Evaluator {
    /** Rules that fire more often than this on one case are looping: a defect of the pack. */
    static final int MAX_FIRINGS = 10_000;

    private static final AgendaFilter CASE_ONLY = m -> !LoadedPack.isBatch(m.getRule().getMetaData());
    private static final AgendaFilter BATCH_ONLY = m -> LoadedPack.isBatch(m.getRule().getMetaData());

    private final Map<String, LoadedPack> byProgramme;
    /** Watches every session; {@code null} (the usual case) for no listener at all. */
    private final SessionObserver observer;

    Evaluator(Map<String, LoadedPack> byProgramme, SessionObserver observer) {
        this.byProgramme = byProgramme;
        this.observer = observer;
    }

    /**
     * Decides one case and joins to its decision the findings that the rules over a batch made about it.
     *
     * @throws InvalidCaseException when the programme is unknown or a fact is unknown or of the wrong type
     */
    Decision decide(Case c, List<Finding> acrossFindings) {
        LoadedPack pack = byProgramme.get(c.programme());
        if (pack == null) {
            throw new InvalidCaseException(c.source(), "program", io.github.talentrules.explain.Text.of(
                    "没有项目 '" + c.programme() + "'", "no programme '" + c.programme() + "'")
                    .then(Names.suggestion(c.programme(), byProgramme.keySet())));
        }
        Programme programme = pack.programme(c.programme()).orElseThrow();
        Case valid = CaseReader.validate(c, programme);
        Facts facts = new Facts(valid, programme, new Params(pack.parameters(), valid.asOf()));
        Document document = pack.descriptor().document(programme.document());
        List<Finding> findings = new ArrayList<>();
        // A case rule records findings only: Across is refused outside the rules over a batch when the pack loads.
        run(pack, List.of(programme.id()), true, CASE_ONLY, MAX_FIRINGS, "", List.of(facts, document))
                .forEach(o -> findings.add((Finding) o));
        findings.addAll(acrossFindings);
        return Decision.of(valid, programme, document, findings, pack.glossary(programme.id()));
    }

    /**
     * Runs only the rules over a batch on {@code cases}; see {@link TalentRules#acrossCases}. Cases of
     * programmes that no batch rule reads are skipped cheaply; an invalid case is left out (deciding it
     * reports why).
     */
    Batch acrossCases(List<Case> cases, BiConsumer<Integer, Finding> onCase) {
        Map<LoadedPack, List<Facts>> byPack = new LinkedHashMap<>();
        Map<Facts, Integer> index = new IdentityHashMap<>();
        Map<LoadedPack, Programme> firstProgramme = new HashMap<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            LoadedPack pack = byProgramme.get(c.programme());
            if (pack == null || !pack.batchProgrammes().contains(c.programme())) {
                continue; // no rule over a batch reads it; an unknown programme is reported when the case is decided
            }
            Programme programme = pack.programme(c.programme()).orElseThrow();
            Facts facts;
            try {
                Case valid = CaseReader.validate(c, programme);
                facts = new Facts(valid, programme, new Params(pack.parameters(), valid.asOf()));
            } catch (InvalidCaseException e) {
                continue; // left out of the rules over the batch; deciding the case reports why
            }
            byPack.computeIfAbsent(pack, k -> new ArrayList<>()).add(facts);
            firstProgramme.putIfAbsent(pack, programme);
            index.put(facts, i);
        }
        List<Finding> batchFindings = new ArrayList<>();
        Map<Finding, Batch.Said> glossaries = new HashMap<>();
        for (var entry : byPack.entrySet()) {
            LoadedPack pack = entry.getKey();
            List<Facts> facts = entry.getValue();
            LocalDate latest = facts.stream().map(Facts::getAsOf).max(Comparator.naturalOrder()).orElseThrow();
            List<Object> inserted = new ArrayList<>();
            inserted.add(new Params(pack.parameters(), latest));
            inserted.addAll(facts);
            // A rule over a batch may fire once for each case (each duplicate of a sheet of 10^5 rows):
            // the guard against a looping rule grows with the cases.
            int limit = MAX_FIRINGS + 10 * facts.size();
            for (Object o : run(pack, facts.stream().map(Facts::getProgramme).toList(), false, BATCH_ONLY, limit,
                    " over a batch of " + facts.size() + " cases", inserted)) {
                if (o instanceof Across.OnCase oc) {
                    onCase.accept(index.get(oc.subject()), oc.finding());
                } else if (o instanceof Finding f && concernsTheBatch(pack, f, facts)) {
                    batchFindings.add(f);
                    glossaries.put(f, new Batch.Said(pack.glossary(firstProgramme.get(pack).id()), latest));
                }
            }
        }
        batchFindings.sort(Comparator.comparing(Finding::rule, Rule.ORDER));
        return new Batch(List.of(), batchFindings, glossaries);
    }

    /** A count over the batch speaks of a programme some case of the batch applies for, not of the pack's others. */
    private static boolean concernsTheBatch(LoadedPack pack, Finding f, List<Facts> cases) {
        Rule rule = pack.rules().get(f.rule());
        return rule == null || cases.stream().anyMatch(c -> rule.appliesTo(c.getProgramme()));
    }

    /**
     * Runs the rules {@code filter} lets through on {@code facts} in a session of the pack, and returns
     * what they recorded, in the order they fired.
     *
     * @param programmes the programmes of the cases, for the observer
     * @param decision whether the session decides one case, for the observer
     * @param limit the firings past which a rule is taken to loop
     * @param what how the message on a looping rule names the run ({@code " over a batch of 3 cases"})
     */
    private List<Object> run(LoadedPack pack, Collection<String> programmes, boolean decision, AgendaFilter filter, int limit,
                             String what, List<?> facts) {
        KieSession session = observer == null ? pack.sessions().newKieSession() : observed(pack, programmes, decision);
        try {
            Recorder recorder = pack.recorder();
            session.setGlobal(Recorder.GLOBAL, recorder);
            facts.forEach(session::insert);
            int fired = session.fireAllRules(filter, limit);
            if (fired >= limit) {
                throw new IllegalStateException("pack " + pack.descriptor().id() + " fired " + fired + " rules" + what + ": a rule loops");
            }
            return recorder.recorded();
        } finally {
            session.dispose();
        }
    }

    /** A session of its own, which the observer's listener watches (a pooled one would keep the listener). */
    private KieSession observed(LoadedPack pack, Collection<String> programmes, boolean decision) {
        KieSession session = pack.kieBase().newKieSession();
        session.addEventListener(observer.watch(pack.descriptor(), pack.rules(), programmes, decision));
        return session;
    }
}
