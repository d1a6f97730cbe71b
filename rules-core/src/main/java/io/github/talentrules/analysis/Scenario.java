package io.github.talentrules.analysis;

import io.github.talentrules.Case;
import io.github.talentrules.Decision;
import io.github.talentrules.Funding;
import io.github.talentrules.InvalidCaseException;
import io.github.talentrules.InvalidPackException;
import io.github.talentrules.Language;
import io.github.talentrules.Outcome;
import io.github.talentrules.TalentRules;
import io.github.talentrules.Tranche;
import io.github.talentrules.explain.Text;
import io.github.talentrules.internal.load.Tree;
import io.github.talentrules.internal.load.TreeException;
import io.github.talentrules.internal.Names;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A scenario test: a case named as a reviewer would name it ("55周岁当天申报"), and the decision
 * expected of it. Scenario files sit beside a pack's rules; each holds a {@code base} case and the
 * scenarios, each of which changes some facts of the base ({@code null} removes one).
 *
 * @param file the file it came from
 * @param name the scenario's name
 * @param input the case, as it would appear in a case file
 * @param expect what is expected: outcome, amount, cap, range, tranches (amounts), states (of the tranches),
 *        requested, reduction, payable, failed, review, missing
 * @param reform the reform file the scenario is decided under ({@code reform:} at the top of its
 *        file, relative to that file), if any
 */
public record Scenario(String file, String name, Map<String, Object> input, Map<String, Object> expect,
                       Optional<Path> reform) {

    public Scenario {
        input = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(input));
        expect = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(expect));
        java.util.Objects.requireNonNull(reform, "reform");
    }

    /** A scenario decided under the pack as it is. */
    public Scenario(String file, String name, Map<String, Object> input, Map<String, Object> expect) {
        this(file, name, input, expect, Optional.empty());
    }

    /** Reads every scenario of a file. */
    public static List<Scenario> read(Path file) {
        try {
            return read(io.github.talentrules.internal.TextFile.read(file), file.toString());
        } catch (java.io.IOException e) {
            throw new InvalidCaseException(file.toString(), "", io.github.talentrules.internal.TextFile.unreadable(file, e));
        }
    }

    /** Reads every scenario of a text; {@code source} names it in messages. */
    @SuppressWarnings("unchecked")
    public static List<Scenario> read(String text, String source) {
        try {
            Tree root = Tree.parse(text, source);
            root.onlyKeys("reform", "program", "base", "scenarios");
            String program = root.text("program");
            Optional<Path> reform = root.find("reform").map(r -> {
                Path dir = Path.of(source).toAbsolutePath().getParent();
                Path p = dir == null ? Path.of(r.text()) : dir.resolve(r.text()).normalize();
                if (!Files.isRegularFile(p)) {
                    throw r.error("'" + r.text() + "' is not a file (a reform is named relative to the scenario file)");
                }
                Path given = Path.of(source).getParent();
                return given == null ? Path.of(r.text()).normalize() : given.resolve(r.text()).normalize();
            });
            Map<String, Object> base = root.find("base").map(b -> map(b)).map(b -> (Map<String, Object>) plain(b.onlyKeys("asOf", "facts", "attestations")))
                    .orElse(Map.of());
            base.forEach((k, v) -> {
                if (!k.equals("asOf") && v != null) {
                    map(root.get("base").get(k));
                }
            });
            List<Scenario> out = new ArrayList<>();
            for (Tree s : root.list("scenarios")) {
                map(s).onlyKeys("name", "asOf", "facts", "attestations", "expect");
                Map<String, Object> input = new LinkedHashMap<>();
                input.put("program", program);
                input.put("asOf", s.has("asOf") ? s.text("asOf") : base.get("asOf"));
                input.put("facts", merge((Map<String, Object>) base.get("facts"), s.find("facts").map(t -> (Map<String, Object>) plain(map(t))).orElse(null)));
                input.put("attestations", merge((Map<String, Object>) base.get("attestations"),
                        s.find("attestations").map(t -> (Map<String, Object>) plain(map(t))).orElse(null)));
                Tree expect = map(s.get("expect")).onlyKeys("outcome", "amount", "cap", "range", "tranches", "states", "requested",
                        "reduction", "payable", "failed", "review", "missing");
                checkExpectation(expect);
                if (input.get("asOf") == null) {
                    throw s.error("has no asOf, and the file's base gives none");
                }
                out.add(new Scenario(source, s.text("name"), input, (Map<String, Object>) plain(expect), reform));
            }
            return out;
        } catch (TreeException e) {
            throw new InvalidCaseException(e.source(), e.path(), e.why());
        }
    }

    /**
     * A node that must be a mapping (names to values): anything else is an error naming it, and the
     * full-width colon that most often makes it so ({@code birthDate：1970-01-01} reads as one text).
     */
    private static Tree map(Tree t) {
        t.entries();
        return t;
    }

    /** An expectation that could never be compared is an error naming its field, not a failed scenario. */
    private static void checkExpectation(Tree expect) {
        expect.find("outcome").ifPresent(o -> {
            if (java.util.Arrays.stream(Outcome.values()).noneMatch(x -> x.name().equals(o.text()))) {
                throw o.error("'" + o.text() + "' is not an outcome" + Names.suggest(o.text(),
                        java.util.Arrays.stream(Outcome.values()).map(Enum::name).toList()));
            }
        });
        for (String money : List.of("amount", "cap", "requested", "reduction", "payable")) {
            expect.find(money).ifPresent(Tree::decimal);
        }
        expect.find("range").ifPresent(r -> {
            List<Tree> ends = r.list();
            if (ends.size() != 2) {
                throw r.error("must be [min, max]");
            }
            ends.forEach(Tree::decimal);
        });
        expect.find("tranches").ifPresent(t -> t.list().forEach(Tree::decimal));
        for (String names : List.of("failed", "review", "missing")) {
            expect.find(names).ifPresent(l -> l.list().forEach(Tree::text));
        }
        expect.find("states").ifPresent(l -> l.list().forEach(t -> {
            if (java.util.Arrays.stream(Tranche.State.values()).noneMatch(x -> x.name().equals(t.text()))) {
                throw t.error("'" + t.text() + "' is not a payment state" + Names.suggest(t.text(),
                        java.util.Arrays.stream(Tranche.State.values()).map(Enum::name).toList()));
            }
        }));
    }

    private static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> over) {
        Map<String, Object> out = new LinkedHashMap<>(base == null ? Map.of() : base);
        if (over != null) {
            over.forEach((k, v) -> {
                if (v == null) {
                    out.remove(k);
                } else {
                    out.put(k, v);
                }
            });
        }
        return out;
    }

    private static Object plain(Tree t) {
        if (t.isMapping()) {
            Map<String, Object> m = new LinkedHashMap<>();
            t.entries().forEach(e -> m.put(e.getKey(), e.getValue().isNull() ? null : plain(e.getValue())));
            return m;
        }
        if (t.isList()) {
            return t.list().stream().map(Scenario::plain).toList();
        }
        return t.isNull() ? null : t.scalar();
    }

    /**
     * Decides the scenario and compares the decision with what is expected. A scenario that names a
     * reform is decided under it ({@link TalentRules#withReform(Path)}, compiled once per engine).
     *
     * @return the differences, one line each ("outcome: expected ELIGIBLE, got INELIGIBLE"); empty when it passes
     * @throws InvalidCaseException when the scenario's case is not a valid case of its programme
     * @throws InvalidPackException when the reform it names is refused
     */
    public List<String> check(TalentRules rules) {
        return check(rules, Language.EN);
    }

    /** The same, each difference in {@code language} ("outcome：应为 ELIGIBLE，实为 INELIGIBLE"). */
    public List<String> check(TalentRules rules, Language language) {
        return differences(decide(rules)).stream().map(t -> t.in(language)).toList();
    }

    /** The scenario's case, as its programme reads it. */
    public Case toCase(TalentRules rules) {
        String text = Tree.jsonMapper().valueToTree(input).toString();
        Case c = rules.readCase(text, file + " » " + name + ".json");
        return new Case(c.programme(), c.asOf(), c.facts(), c.attestations(), file + " » " + name);
    }

    /** Decides the scenario's case, under its reform if it names one. */
    public Decision decide(TalentRules rules) {
        TalentRules engine = reform.map(rules::withReform).orElse(rules);
        return engine.decide(toCase(engine));
    }

    List<Text> differences(Decision d) {
        List<Text> diff = new ArrayList<>();
        if (expect.containsKey("outcome") && !d.outcome().name().equals(expect.get("outcome"))) {
            diff.add(differs("outcome", String.valueOf(expect.get("outcome")), d.outcome().name()));
        }
        Optional<Funding> f = d.funding();
        money(diff, "amount", f.flatMap(Funding::amount));
        money(diff, "cap", f.flatMap(Funding::cap));
        money(diff, "requested", f.flatMap(Funding::requested));
        money(diff, "reduction", f.flatMap(Funding::reduction));
        money(diff, "payable", f.flatMap(Funding::payable));
        if (expect.containsKey("range")) {
            List<?> r = (List<?>) expect.get("range");
            String want = r == null ? NONE : r.stream().map(x -> new BigDecimal(x.toString()).stripTrailingZeros().toPlainString()).toList().toString();
            String got = f.flatMap(Funding::min).isEmpty() ? NONE
                    : List.of(f.get().min().get().stripTrailingZeros().toPlainString(), f.get().max().get().stripTrailingZeros().toPlainString()).toString();
            if (!want.equals(got)) {
                diff.add(differs("range", String.valueOf(want), String.valueOf(got)));
            }
        }
        if (expect.containsKey("tranches")) {
            List<String> want = ((List<?>) expect.get("tranches")).stream().map(x -> new BigDecimal(x.toString()).stripTrailingZeros().toPlainString()).toList();
            List<String> got = f.map(x -> x.tranches().stream().map(t -> t.amount().stripTrailingZeros().toPlainString()).toList()).orElse(List.of());
            if (!want.equals(got)) {
                diff.add(differs("tranches", String.valueOf(want), String.valueOf(got)));
            }
        }
        if (expect.containsKey("states")) {
            List<String> want = ((List<?>) expect.get("states")).stream().map(Object::toString).toList();
            List<String> got = f.map(x -> x.tranches().stream().map(t -> t.state().name()).toList()).orElse(List.of());
            if (!want.equals(got)) {
                diff.add(differs("states", String.valueOf(want), String.valueOf(got)));
            }
        }
        names(diff, "failed", d.failedRules());
        names(diff, "review", d.reviewRules());
        names(diff, "missing", d.missing());
        return diff;
    }

    private void money(List<Text> diff, String key, Optional<BigDecimal> got) {
        if (!expect.containsKey(key)) {
            return;
        }
        Object want = expect.get(key);
        String w = want == null ? NONE : new BigDecimal(want.toString()).stripTrailingZeros().toPlainString();
        String g = got.map(x -> x.stripTrailingZeros().toPlainString()).orElse(NONE);
        if (!w.equals(g)) {
            diff.add(differs(key, w, g));
        }
    }

    private void names(List<Text> diff, String key, List<String> got) {
        if (!expect.containsKey(key)) {
            return;
        }
        Object want = expect.get(key);
        TreeSet<String> w = new TreeSet<>(want == null ? List.of() : ((List<?>) want).stream().map(Object::toString).toList());
        TreeSet<String> g = new TreeSet<>(got);
        if (!w.equals(g)) {
            TreeSet<String> extra = new TreeSet<>(g);
            extra.removeAll(w);
            TreeSet<String> lacking = new TreeSet<>(w);
            lacking.removeAll(g);
            diff.add(Text.of(key + "：" + (lacking.isEmpty() ? "" : "应有而没有 " + lacking + (extra.isEmpty() ? "" : "，"))
                            + (extra.isEmpty() ? "" : "不应有 " + extra),
                    key + ": " + (lacking.isEmpty() ? "" : "expected but absent " + lacking + " ")
                            + (extra.isEmpty() ? "" : "unexpected " + extra)));
        }
    }

    /** No value: what a scenario expects when it expects none, and what a decision gives when it gives none. */
    private static final String NONE = "none";

    /** {@code key: expected want, got got}, in both languages ({@code none} said as a word of each). */
    private static Text differs(String key, String want, String got) {
        return Text.of(key + "：应为 " + want.replace(NONE, "无") + "，实为 " + got.replace(NONE, "无"),
                key + ": expected " + want + ", got " + got);
    }
}
