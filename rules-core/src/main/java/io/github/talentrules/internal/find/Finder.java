package io.github.talentrules.internal.find;

import io.github.talentrules.Case;
import io.github.talentrules.Decision;
import io.github.talentrules.InvalidCaseException;
import io.github.talentrules.Language;
import io.github.talentrules.explain.Text;
import io.github.talentrules.find.Match;
import io.github.talentrules.find.Profile;
import io.github.talentrules.find.Ranking;
import io.github.talentrules.find.Suggestion;
import io.github.talentrules.internal.Names;
import io.github.talentrules.internal.load.LoadedPack;
import io.github.talentrules.pack.Document;
import io.github.talentrules.pack.FactSpec;
import io.github.talentrules.pack.Programme;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Decides a profile against every programme of its applicant's kind ({@code TalentRules.find}), and
 * the suggestions of one case ({@code TalentRules.suggest}). Made once per engine; thread-safe.
 */
public final class Finder {
    private final Function<Case, Decision> decide;
    /** Each programme with its pack, in the packs' order. */
    private final Map<Programme, LoadedPack> programmes = new LinkedHashMap<>();
    private final Map<String, ProfileMap> maps = new LinkedHashMap<>();
    private final Map<Profile.Applicant, Map<String, List<FactSpec>>> declarations = new EnumMap<>(Profile.Applicant.class);
    private final Map<Profile.Applicant, Set<String>> attestations = new EnumMap<>(Profile.Applicant.class);

    /**
     * @param packs the engine's packs, each with its {@code profile.yaml} if it has one
     * @param decide the engine's {@code decide}
     * @throws io.github.talentrules.InvalidPackException when a pack's profile.yaml is wrong
     */
    public Finder(List<LoadedPack> packs, Function<Case, Decision> decide) {
        this.decide = decide;
        for (LoadedPack p : packs) {
            maps.put(p.descriptor().id(), ProfileMap.of(p));
            p.descriptor().programmes().forEach(prog -> programmes.put(prog, p));
        }
        for (Profile.Applicant kind : Profile.Applicant.values()) {
            Map<String, List<FactSpec>> facts = new LinkedHashMap<>();
            Set<String> attested = new TreeSet<>();
            for (Programme prog : programmes.keySet()) {
                if (!prog.applicant().equals(kind.code())) {
                    continue;
                }
                ProfileMap map = map(prog);
                for (FactSpec f : prog.facts()) {
                    List<FactSpec> specs = facts.computeIfAbsent(f.name(), k -> new ArrayList<>());
                    if (!specs.contains(f)) {
                        specs.add(f);
                    }
                    // A fact taken from another name is read as that name's own declarations read it.
                    map.source(f.name()).ifPresent(src -> facts.computeIfAbsent(src, k -> new ArrayList<>()));
                }
                prog.attestations().forEach(a -> attested.add(a.name()));
            }
            facts.values().removeIf(List::isEmpty);
            facts.replaceAll((k, v) -> List.copyOf(v));
            declarations.put(kind, Map.copyOf(facts));
            attestations.put(kind, Set.copyOf(attested));
        }
    }

    private ProfileMap map(Programme p) {
        return maps.get(programmes.get(p).descriptor().id());
    }

    /** Reads a profile file (YAML, or JSON when {@code source} ends in .json). */
    public Profile readProfile(String text, String source) {
        return ProfileReader.read(text, source, declarations::get, attestations::get);
    }

    /** Decides the profile against every programme of its kind, and ranks them. */
    public Ranking find(Profile profile) {
        Map<String, List<FactSpec>> known = declarations.get(profile.applicant());
        for (String name : profile.facts().keySet()) {
            if (!known.containsKey(name)) {
                throw new InvalidCaseException(profile.source(), "facts." + name, "is not a fact of any "
                        + profile.applicant().code() + "'s programme" + Names.suggest(name, known.keySet()));
            }
        }
        for (String name : profile.attestations().keySet()) {
            if (!attestations.get(profile.applicant()).contains(name)) {
                throw new InvalidCaseException(profile.source(), "attestations." + name, "is not an attestation of any "
                        + profile.applicant().code() + "'s programme" + Names.suggest(name, attestations.get(profile.applicant())));
            }
        }
        List<Programme> ofKind = programmes.keySet().stream().filter(p -> p.applicant().equals(profile.applicant().code())).toList();
        // Each programme on its own, side by side: every one decides its case and its changed cases.
        List<Object> each = ofKind.parallelStream().map(prog -> decided(profile, prog)).toList();
        List<Match> matches = new ArrayList<>();
        List<Ranking.NotInForce> notInForce = new ArrayList<>();
        List<Ranking.Undecided> undecided = new ArrayList<>();
        for (Object o : each) {
            if (o instanceof Match m) {
                matches.add(m);
            } else if (o instanceof Ranking.NotInForce n) {
                notInForce.add(n);
            } else {
                undecided.add((Ranking.Undecided) o);
            }
        }
        return new Ranking(profile, matches, notInForce, undecided);
    }

    /** The profile decided for one programme: a match, or why it is not decided (not in force, a value it cannot read). */
    private Object decided(Profile profile, Programme prog) {
        Document doc = programmes.get(prog).descriptor().document(prog.document());
        if (!doc.inForceOn(profile.asOf())) {
            return new Ranking.NotInForce(prog, doc);
        }
        Case c = caseOf(profile, prog);
        try {
            return match(c, decide.apply(c));
        } catch (InvalidCaseException x) {
            return new Ranking.Undecided(prog, x.field(), Text.of(x.reason(Language.ZH), x.reason(Language.EN)));
        }
    }

    /** The case of one programme: the facts and attestations of the profile it declares, by its own names. */
    Case caseOf(Profile profile, Programme prog) {
        Map<String, Boolean> attested = new LinkedHashMap<>();
        prog.attestations().forEach(a -> {
            Boolean v = profile.attestations().get(a.name());
            if (v != null) {
                attested.put(a.name(), v);
            }
        });
        return new Case(prog.id(), profile.asOf(), map(prog).factsFor(prog, profile.facts()), attested,
                profile.source() + " (" + prog.id() + ")");
    }

    /** The decision with its suggestions and the single changes that suffice. */
    public Match match(Case c, Decision d) {
        Suggester s = suggester(d.programme());
        List<Suggestion> suggestions = s.suggest(c, d);
        List<Suggestion.Option> one = s.oneChange(c, d, suggestions);
        return new Match(d, suggestions, one);
    }

    private Suggester suggester(Programme p) {
        ProfileMap map = map(p);
        Set<String> fixed = new LinkedHashSet<>(map.fixed());
        // A fact filled from a fixed fact of the profile cannot change either (a foreign nationality, from the nationality).
        map.from().forEach((fact, from) -> {
            if (maps.values().stream().anyMatch(m -> m.fixed().contains(from.fact())) || map.fixed().contains(from.fact())) {
                fixed.add(fact);
            }
        });
        return new Suggester(decide, fixed);
    }
}
