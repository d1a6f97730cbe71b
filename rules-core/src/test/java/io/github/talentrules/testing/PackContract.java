package io.github.talentrules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.pack.Article;
import io.github.talentrules.Clause;
import io.github.talentrules.pack.FactSpec;
import io.github.talentrules.Finding;
import io.github.talentrules.Operand;
import io.github.talentrules.Status;
import io.github.talentrules.analysis.Coverage;
import io.github.talentrules.Decision;
import io.github.talentrules.pack.Rule;
import io.github.talentrules.pack.RulePack;
import io.github.talentrules.analysis.Scenario;
import io.github.talentrules.TalentRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * What every pack's tests check, shared: the article table is complete, every rule is cited, and
 * every scenario file beside the pack passes. A pack's test class calls these.
 */
public final class PackContract {
    private PackContract() {
    }

    /** One dynamic test per scenario of every {@code *.yaml} under {@code folder}, grouped by file. */
    public static Stream<DynamicNode> scenarios(TalentRules rules, Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).as("scenario files under " + folder).isNotEmpty();
        return files.stream().map(f -> DynamicContainer.dynamicContainer(f.getFileName().toString(),
                Scenario.read(f).stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> {
                    assertThat(s.check(rules)).as("differences for scenario '" + s.name() + "' in " + f).isEmpty();
                    assertOneFindingPerFiring(rules, s);
                    assertMoneyDoesNotDecideEligibility(rules, s.decide(rules));
                }))));
    }

    /**
     * A condition about money changes the payment or asks for review: no finding that fails compares a
     * fact about payment (in yuan, or declared {@code payment: true}), nor carries funding, unless its
     * article's table entry quotes the text's words that take eligibility away ({@code ineligible:}).
     * The loader checks the rules' text for the same; this checks what the scenarios' decisions show.
     */
    public static void assertMoneyDoesNotDecideEligibility(TalentRules rules, Decision d) {
        RulePack pack = rules.packs().stream().filter(p -> p.programmes().contains(d.programme())).findFirst().orElseThrow();
        for (Finding f : d.findings()) {
            if (f.status() != Status.FAIL || pack.articles().stream().anyMatch(a -> a.document().equals(d.document().id())
                    && a.article().equals(f.article().replaceFirst("(条).*$", "$1")) && a.ineligible().isPresent())) {
                continue;
            }
            assertThat(f.funding()).as("finding '" + f.rule() + "' fails and carries funding").isEmpty();
            for (Clause c : f.clauses()) {
                java.util.stream.Stream.concat(java.util.stream.Stream.of(c.subject()), c.references().stream())
                        .filter(o -> o.source() == Operand.Source.FACT)
                        .forEach(o -> assertThat(d.programme().fact(o.name()).filter(x -> x.payment() || x.type() == FactSpec.Type.YUAN))
                                .as("finding '" + f.rule() + "' makes the case ineligible on '" + o.name() + "', a fact about payment,"
                                        + " and its article's table entry quotes no words of the text that do so (ineligible:)")
                                .isEmpty());
            }
        }
    }

    /**
     * Each rule that fires records exactly one finding: the helpers record what they make, and one
     * that recorded twice, or a consequence that made none, would change the decision unseen.
     */
    private static void assertOneFindingPerFiring(TalentRules rules, Scenario s) {
        Coverage coverage = new Coverage();
        Decision d = s.decide(rules.recordingTo(coverage));
        long fired = coverage.packs().stream().flatMap(p -> coverage.firings(p).values().stream()).mapToLong(Long::longValue).sum();
        assertThat(d.findings()).as("findings of scenario '" + s.name() + "', one per rule fired").hasSize((int) fired);
    }

    /**
     * The rules of pack {@code packId} that no scenario under {@code folder} fires, in article order
     * (the rules over a batch, {@code @scope("batch")}, left out: one case at a time cannot fire them).
     * Firings are counted by {@link Coverage}, whatever each scenario's outcome.
     */
    public static List<String> rulesNoScenarioFires(TalentRules rules, String packId, Path folder) throws IOException {
        Coverage coverage = new Coverage();
        TalentRules recording = rules.recordingTo(coverage);
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path f : files) {
            for (Scenario s : Scenario.read(f)) {
                s.decide(recording);
            }
        }
        if (!coverage.packs().contains(packId)) {
            return List.copyOf(rules.rules(packId).keySet());
        }
        Map<String, Rule> known = rules.rules(packId);
        return coverage.neverFired(packId).stream().filter(r -> known.containsKey(r) && !known.get(r).overBatch()).toList();
    }

    /** Every rule of the pack (but those over a batch) fires in at least one of its scenarios. */
    public static void scenariosFireEveryRule(TalentRules rules, String packId, Path folder) throws IOException {
        assertThat(rulesNoScenarioFires(rules, packId, folder)).as("rules of pack " + packId + " that no scenario under " + folder + " fires").isEmpty();
    }

    /**
     * The article table lists every article of each document in order, each either with rules or
     * with a reason; every rule of the pack is listed under an article.
     */
    public static void articleTableIsComplete(TalentRules rules, String packId, Map<String, Integer> articlesPerDocument) {
        RulePack pack = rules.packs().stream().filter(p -> p.id().equals(packId)).findFirst().orElseThrow();
        for (var e : articlesPerDocument.entrySet()) {
            List<String> listed = pack.articles().stream().filter(a -> a.document().equals(e.getKey())).map(Article::article).toList();
            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= e.getValue(); i++) {
                expected.add("第" + chinese(i) + "条");
            }
            assertThat(listed).as("articles of " + e.getKey()).containsExactlyElementsOf(expected);
        }
        Set<String> cited = pack.articles().stream().flatMap(a -> a.rules().stream()).collect(Collectors.toSet());
        Set<String> packRules = rules.rules(packId).values().stream().filter(r -> !r.core()).map(Rule::name).collect(Collectors.toSet());
        assertThat(cited).as("rules the article table lists").containsAll(packRules);
    }

    /** 1 → 一, 12 → 十二, 24 → 二十四, 43 → 四十三. */
    public static String chinese(int n) {
        String d = "〇一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(d.charAt(n));
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : d.charAt(n % 10));
        }
        if (n < 100) {
            return d.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : String.valueOf(d.charAt(n % 10)));
        }
        throw new IllegalArgumentException("article " + n);
    }
}
