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
import io.github.talentrules.internal.load.LoadedPack;
import io.github.talentrules.internal.load.LoadedPacks;
import io.github.talentrules.pack.Parameter;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /**
     * No rule's name (after its leading article) nor its {@code @en} title states a value of a parameter
     * the rule reads, so that a reform of the value cannot make the name lie ("9.2 年龄在55周岁以下" while
     * the age limit in force is 50). Every dated value is compared, in each form a name writes it: as
     * written (55, 600000, 0.2), in 万 for money (60万, 3万 of a tier's amount), as a percentage or a
     * proportion for a ratio (20%, 6:4), a period in years as months and back (3年, 36个月), each tier's
     * bounds and amount; numbers written in Chinese (三个月, 三比一) are read as well. The parameters of the
     * rule's own article count too, read or not: a rule that says the requirement before the case gives
     * the fact ("23 拟入选名单须通过媒体向社会公示7个工作日") lies under the reform as much as the one comparing.
     */
    public static void namesStateNoParameterValue(TalentRules rules, String packId) {
        assertThat(namesStatingParameterValues(rules, packId)).as("rules of pack " + packId + " whose name or @en title states"
                + " the value of a parameter they read or their article states: name the condition instead (\"9.2 年龄上限\", \"Age limit\")").isEmpty();
    }

    /**
     * Each rule of the pack whose name or title states a value of a parameter it reads or its article
     * states, as {@code file:line: rule 'name' (@en "...") states 55 of 'intl-training.max-age'}.
     */
    public static List<String> namesStatingParameterValues(TalentRules rules, String packId) {
        LoadedPack pack = LoadedPacks.of(rules, packId);
        List<String> out = new ArrayList<>();
        for (Rule r : pack.rules().values()) {
            if (r.core()) {
                continue;
            }
            Map<String, Set<BigDecimal>> forms = new java.util.TreeMap<>();
            Set<String> keys = new LinkedHashSet<>(pack.parametersRead(r.name()));
            keys.addAll(ofArticle(pack, r));
            for (String key : keys) {
                Parameter p = pack.parameters().get(key);
                if (p != null) {
                    Set<BigDecimal> f = new LinkedHashSet<>();
                    p.values().values().forEach(v -> forms(v, p.unit(), null, f));
                    forms.put(key, f);
                }
            }
            String name = r.name().substring(r.name().indexOf(' ') + 1);
            List<String> said = new ArrayList<>();
            for (var e : forms.entrySet()) {
                Set<String> hits = new TreeSet<>();
                for (String text : r.en().map(en -> List.of(name, en)).orElse(List.of(name))) {
                    for (BigDecimal n : numbers(text)) {
                        if (e.getValue().contains(n)) {
                            hits.add(n.toPlainString());
                        }
                    }
                }
                if (!hits.isEmpty()) {
                    said.add(String.join(", ", hits) + " of '" + e.getKey() + "'");
                }
            }
            if (!said.isEmpty()) {
                out.add(r.file() + ":" + r.line().orElse(0) + ": rule '" + r.name() + "'" + r.en().map(en -> " (@en \"" + en + "\")").orElse("")
                        + " states " + String.join("; ", said));
            }
        }
        return out;
    }

    /**
     * The parameters that cite the rule's article, in the document of one of the rule's programmes
     * ({@code 郑科规〔2024〕2号 第九条第（二）项} for a rule of {@code @article("第九条第（二）项")}); not those of
     * its items (a rule of 第十条第3项 choosing the type is not about 第十条第3项第（1）目's one course).
     */
    private static Set<String> ofArticle(LoadedPack pack, Rule r) {
        Set<String> out = new LinkedHashSet<>();
        if (r.article().isEmpty()) {
            return out;
        }
        Set<String> documents = pack.descriptor().programmes().stream().filter(p -> r.programmes().contains(p.id()))
                .map(io.github.talentrules.pack.Programme::document).collect(Collectors.toSet());
        for (Parameter p : pack.parameters().values()) {
            for (String d : documents) {
                if (p.article().equals(d + " " + r.article().get())) {
                    out.add(p.key());
                }
            }
        }
        return out;
    }

    /** The forms of one value of a parameter, or of a leaf of its table, that a name may write. */
    private static void forms(Object value, String unit, String field, Set<BigDecimal> out) {
        if (value instanceof List<?> list) {
            list.forEach(v -> forms(v, unit, field, out));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> forms(v, unit, String.valueOf(k), out));
        } else if (value instanceof BigDecimal v) {
            add(v, out);
            if (unit.startsWith("yuan") || "amount".equals(field)) {
                add(v.movePointLeft(4), out);
            }
            if (unit.equals("ratio")) {
                add(v.movePointRight(2), out);
                add(v.movePointRight(1), out);
            }
            if (unit.equals("years")) {
                add(v.multiply(BigDecimal.valueOf(12)), out);
            }
            if (unit.equals("months") && v.remainder(BigDecimal.valueOf(12)).signum() == 0) {
                add(v.divide(BigDecimal.valueOf(12)), out);
            }
        }
    }

    private static void add(BigDecimal v, Set<BigDecimal> out) {
        out.add(v.stripTrailingZeros());
    }

    /**
     * Grouped digits ({@code 600,000}), other digits not glued to a letter ({@code Q2} is a category), an
     * article cited ({@code 第十三条}, {@code art. 26}: skipped), Chinese numerals before a measure word
     * ({@code 三个月}, {@code 两篇}, not {@code 一般}, the ordinal {@code 第一期} or {@code 同一名} "the same") and English ones ({@code two}; not {@code once}, which is "when" as often as "one time").
     */
    private static final Pattern NUMBER = Pattern.compile("第[一二三四五六七八九十百〇]+[条项款]|(?i:\\barts?\\.\\s*\\d+(?:\\s*(?:or|and|,)\\s*\\d+)*)"
            + "|(?<![A-Za-z\\d.,])(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?"
            + "|(?<![第同统唯])[一二两三四五六七八九十百千]+(?=个|年|月|周|天|日|名|篇|次|门|项|人|比|倍|万|课时|期)"
            + "|(?i:\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twice)\\b)");
    private static final List<String> ENGLISH = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    /** The numbers a name or title writes, each stripped of trailing zeros. */
    static List<BigDecimal> numbers(String text) {
        List<BigDecimal> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String t = m.group().toLowerCase(java.util.Locale.ROOT);
            if (t.startsWith("第") || t.startsWith("art")) {
                continue;
            }
            long english = t.equals("twice") ? 2 : ENGLISH.indexOf(t);
            out.add(Character.isDigit(t.charAt(0)) ? new BigDecimal(t.replace(",", "")).stripTrailingZeros()
                    : BigDecimal.valueOf(english >= 0 ? english : fromChinese(t)).stripTrailingZeros());
        }
        return out;
    }

    /** 三 → 3, 十二 → 12, 两 → 2, 三百 → 300. */
    private static long fromChinese(String t) {
        String digits = "〇一二三四五六七八九";
        long total = 0;
        long d = 0;
        for (char c : t.toCharArray()) {
            int i = c == '两' ? 2 : digits.indexOf(c);
            if (i >= 0) {
                d = i;
            } else {
                long unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                total += (d == 0 ? 1 : d) * unit;
                d = 0;
            }
        }
        return total + d;
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
