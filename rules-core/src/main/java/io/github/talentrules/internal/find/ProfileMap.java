package io.github.talentrules.internal.find;

import io.github.talentrules.InvalidPackException;
import io.github.talentrules.internal.load.LoadedPack;
import io.github.talentrules.internal.load.Tree;
import io.github.talentrules.internal.load.TreeException;
import io.github.talentrules.pack.Programme;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a profile fills one pack's facts ({@code profile.yaml} beside the pack's {@code pack.yaml}, which
 * it leaves alone): the facts that cannot change, and the facts of this pack that mean what a profile's
 * fact of another name, or in other words, means. A pack without the file reads every fact by its own
 * name and lets every value change but its dates in the past.
 *
 * <pre>
 * fixed: [birthDate]
 * from:
 *   foreignNational: {fact: nationality, values: {CN: false, HK: null}, otherwise: true}
 * </pre>
 *
 * A value the map sends to {@code null} is not read: the programme finds the fact absent and asks for it.
 * A profile that gives the fact by the pack's own name gives it as it is.
 *
 * @param fixed the facts that cannot change
 * @param from by this pack's fact, where a profile's value is taken from and how it is translated
 */
record ProfileMap(Set<String> fixed, Map<String, From> from) {

    static final String FILE = "profile.yaml";
    static final ProfileMap NONE = new ProfileMap(Set.of(), Map.of());

    /**
     * @param fact the profile's fact the value comes from
     * @param values the profile's values (as text) mapped to this pack's; a value mapped to null is not read
     * @param otherwise the value for any other, if the map gives one; else any other value is read as it is
     */
    record From(String fact, Map<String, Object> values, Optional<Object> otherwise) {
        /** The pack's value for a profile's value; empty when it is not read. */
        Optional<Object> translate(Object value) {
            String key = value.toString();
            if (values.containsKey(key)) {
                return Optional.ofNullable(values.get(key));
            }
            return Optional.of(otherwise.orElse(value));
        }
    }

    /** The profile's fact this pack's fact may also be taken from, if the map names one. */
    Optional<String> source(String fact) {
        return Optional.ofNullable(from.get(fact)).map(From::fact);
    }

    /** Reads the pack's {@code profile.yaml}, or none. */
    static ProfileMap of(LoadedPack pack) {
        String text;
        try {
            text = pack.source().read(FILE);
        } catch (TreeException e) {
            if (e.getMessage().contains("not found")) {
                return NONE;
            }
            throw new InvalidPackException(pack.descriptor().id(), List.of(e.getMessage()));
        }
        String name = pack.source().name().replaceFirst("/?$", "/") + FILE;
        try {
            Tree root = Tree.parse(text, name).onlyKeys("fixed", "from");
            Set<String> facts = new LinkedHashSet<>();
            pack.descriptor().programmes().forEach(p -> p.facts().forEach(f -> facts.add(f.name())));
            Set<String> fixed = new LinkedHashSet<>();
            for (Tree t : root.list("fixed")) {
                fixed.add(declared(t, t.text(), facts));
            }
            Map<String, From> from = new LinkedHashMap<>();
            for (Map.Entry<String, Tree> e : root.find("from").map(Tree::entries).orElse(List.of())) {
                declared(e.getValue(), e.getKey(), facts);
                Tree t = e.getValue().onlyKeys("fact", "values", "otherwise");
                Map<String, Object> values = new HashMap<>();
                for (Map.Entry<String, Tree> v : t.find("values").map(Tree::entries).orElse(List.of())) {
                    values.put(v.getKey(), value(v.getValue()));
                }
                from.put(e.getKey(), new From(t.text("fact"), values, t.find("otherwise").map(ProfileMap::value)));
            }
            return new ProfileMap(Set.copyOf(fixed), Map.copyOf(from));
        } catch (TreeException e) {
            throw new InvalidPackException(pack.descriptor().id(), List.of(e.getMessage()));
        }
    }

    private static String declared(Tree at, String name, Set<String> facts) {
        if (!facts.contains(name)) {
            throw at.error("'" + name + "' is not a fact of this pack" + io.github.talentrules.internal.Names.suggest(name, facts));
        }
        return name;
    }

    /** A mapped value as YAML 1.2's core schema types it (the mapping declares no type): a whole number as an int. */
    private static Object value(Tree t) {
        if (t.isNull()) {
            return null;
        }
        Object v = t.scalar();
        if (v instanceof java.math.BigInteger i) {
            return i.bitLength() < 32 ? (Object) i.intValueExact() : new BigDecimal(i);
        }
        return v;
    }

    /** The profile's facts a programme reads, by the programme's own names. */
    Map<String, Object> factsFor(Programme p, Map<String, Object> profile) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (var spec : p.facts()) {
            From f = from.get(spec.name());
            Object own = profile.get(spec.name());
            if (f == null || own != null && !f.fact().equals(spec.name())) {
                // The profile gives the fact by this pack's own name: read as it is.
                if (own != null) {
                    out.put(spec.name(), own);
                }
                continue;
            }
            Object v = profile.get(f.fact());
            if (v != null) {
                f.translate(v).ifPresent(x -> out.put(spec.name(), x));
            }
        }
        return out;
    }
}
