package io.github.talentrules.henan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.pack.Article;
import io.github.talentrules.pack.Rule;
import io.github.talentrules.pack.RulePack;
import io.github.talentrules.TalentRules;
import io.github.talentrules.testing.PackContract;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The Henan pack's contract: every scenario, and an article table that lists every passage of
 * 豫开放办〔2018〕14号 in the text's own numbering. {@link PackContract#articleTableIsComplete}
 * expects 第N条 articles, which this text does not have; {@link #everyHeadingOfTheTextIsListedInOrder}
 * reads the headings from the text itself (a copy of the seed beside the tests).
 */
class HenanPackTest {
    static final TalentRules RULES = TalentRules.builder().classpathPack("henan").build();
    static final String DOCUMENT = "豫开放办〔2018〕14号";
    static final Path TEXT = Path.of("src/test/resources/talent-rules/henan/source/yu-kaifangban-2018-14.txt");
    /** The passages before 一、 that carry no number: the forwarding notice, the plan's title, its opening sentence. */
    static final List<String> UNNUMBERED = List.of("通知", "标题", "序言");

    private static final String NUMERAL = "[一二三四五六七八九十]+";
    private static final Pattern PART = Pattern.compile("^[#*\\s]*(" + NUMERAL + ")、");
    private static final Pattern SECTION = Pattern.compile("^\\s*[(（](" + NUMERAL + ")[)）]");
    private static final Pattern ITEM = Pattern.compile("(" + NUMERAL + ")是");

    @TestFactory
    Stream<DynamicNode> scenarios() throws IOException {
        return PackContract.scenarios(RULES, Path.of("src/test/resources/talent-rules/henan/scenarios"));
    }

    @Test
    void everyRuleFiresInAScenario() throws IOException {
        PackContract.scenariosFireEveryRule(RULES, "henan", Path.of("src/test/resources/talent-rules/henan/scenarios"));
    }

    /** A name states the condition, not the number: under a reform of a parameter the rule reads, the name stays true. */
    @Test
    void namesStateNoParameterValue() {
        PackContract.namesStateNoParameterValue(RULES, "henan");
    }

    /** The headings of the text, in order: 一、, 三、（一）, 三、（一）一是 ... */
    static List<String> headings(List<String> lines) {
        List<String> out = new ArrayList<>();
        String part = null;
        String section = null;
        boolean inPlan = false;
        for (String line : lines) {
            Matcher p = PART.matcher(line);
            if (p.find()) {
                part = p.group(1) + "、";
                section = null;
                inPlan = true;
                out.add(part);
                continue;
            }
            if (!inPlan) {
                continue;
            }
            Matcher s = SECTION.matcher(line);
            if (s.find()) {
                section = part + "（" + s.group(1) + "）";
                out.add(section);
            }
            if (section != null) {
                Matcher i = ITEM.matcher(line);
                while (i.find()) {
                    out.add(section + i.group(1) + "是");
                }
            }
        }
        return out;
    }

    @Test
    void theTextHasTheHeadingsTheTableAssumes() throws IOException {
        List<String> h = headings(Files.readAllLines(TEXT, StandardCharsets.UTF_8));
        assertThat(h).startsWith("一、", "二、", "三、", "三、（一）", "三、（一）一是")
                .contains("三、（二）六是", "三、（三）三是", "四、（二）")
                .endsWith("四、（一）", "四、（二）", "四、（三）")
                .doesNotHaveDuplicates();
    }

    @Test
    void everyHeadingOfTheTextIsListedInOrder() throws IOException {
        List<String> expected = new ArrayList<>(UNNUMBERED);
        expected.addAll(headings(Files.readAllLines(TEXT, StandardCharsets.UTF_8)));
        RulePack pack = RULES.packs().stream().filter(p -> p.id().equals("henan")).findFirst().orElseThrow();
        List<String> listed = pack.articles().stream().filter(a -> a.document().equals(DOCUMENT)).map(Article::article).toList();
        assertThat(listed).as("passages of " + DOCUMENT).containsExactlyElementsOf(expected);
    }

    @Test
    void everyRuleIsListedUnderAPassage() {
        RulePack pack = RULES.packs().stream().filter(p -> p.id().equals("henan")).findFirst().orElseThrow();
        List<String> cited = pack.articles().stream().flatMap(a -> a.rules().stream()).toList();
        List<String> rules = RULES.rules("henan").values().stream().filter(r -> !r.core()).map(Rule::name).toList();
        assertThat(cited).containsAll(rules).doesNotHaveDuplicates();
    }

    @Test
    void everyRuleCitesThePassageItIsListedUnder() {
        RulePack pack = RULES.packs().stream().filter(p -> p.id().equals("henan")).findFirst().orElseThrow();
        Map<String, Rule> rules = RULES.rules("henan");
        for (Article a : pack.articles()) {
            for (String r : a.rules()) {
                if (r.startsWith("0 ")) {
                    continue;
                }
                assertThat(rules.get(r).article()).as("@article of " + r).contains(a.article());
            }
        }
    }

    @Test
    void passagesWithoutRulesSayWhy() {
        RulePack pack = RULES.packs().stream().filter(p -> p.id().equals("henan")).findFirst().orElseThrow();
        assertThat(pack.articles()).allSatisfy(a -> assertThat(a.rules().isEmpty() ? a.notEncoded() : java.util.Optional.of("rules"))
                .as(a.article()).isPresent());
        assertThat(pack.articles().stream().filter(a -> a.notEncoded().equals(java.util.Optional.of("aim"))).map(Article::article))
                .contains("序言", "一、", "三、（一）一是", "三、（二）六是", "三、（三）三是");
    }

    @Test
    void everyProgrammeHasItsScenarioFile() {
        RulePack pack = RULES.packs().stream().filter(p -> p.id().equals("henan")).findFirst().orElseThrow();
        assertThat(pack.programmes()).allSatisfy(p -> assertThat(
                Path.of("src/test/resources/talent-rules/henan/scenarios", p.id().substring("henan.".length()) + ".yaml"))
                .as("scenarios of " + p.id()).exists());
    }

    @Test
    void theInForceYearIsCitedToAListedPassage() {
        RulePack pack = RULES.packs().stream().filter(p -> p.id().equals("henan")).findFirst().orElseThrow();
        var doc = pack.documents().get(0);
        assertThat(doc.inForceFrom()).isEqualTo(java.time.LocalDate.of(2018, 1, 1));
        assertThat(doc.inForceUntil()).contains(java.time.LocalDate.of(2018, 12, 31));
        assertThat(pack.articles()).filteredOn(a -> a.article().equals(doc.inForceArticle()))
                .singleElement().satisfies(a -> assertThat(a.rules()).containsExactly("0 基准日在文件施行期内"));
    }
}
