package io.github.talentrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One language per run: an English run reads without Chinese, except what it quotes (document titles, values). */
class OneLanguageTest {
    /** Chinese characters and the full-width punctuation that goes with them (、，（）：《》). */
    private static final Pattern CHINESE = Pattern.compile("[\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef]");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
    /** Where a case file names itself ({@code Case: examples/…}) and a record its person: their own words, as given. */
    private static final Pattern GIVEN = Pattern.compile("^Case: .*$|\\[visiting expert \\d+ [^\\]]*]", Pattern.MULTILINE);

    private static List<Path> examples() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("../examples/cases"))) {
            return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void everyExampleCaseCheckedInEnglishHasNoChineseOutsideQuotes() throws IOException {
        List<Path> cases = examples();
        assertThat(cases).hasSizeGreaterThan(20);
        List<String> chinese = new ArrayList<>();
        for (Path c : cases) {
            Run r = Run.of("check", "--lang", "en", c.toString());
            assertThat(r.status()).as(c + ": " + r.err()).isEqualTo(ExitCodes.DONE);
            for (String line : r.out().lines().toList()) {
                String unquoted = GIVEN.matcher(QUOTED.matcher(line).replaceAll("")).replaceAll("");
                if (CHINESE.matcher(unquoted).find()) {
                    chinese.add(c.getFileName() + ": " + line);
                }
            }
        }
        assertThat(chinese).as("lines of an English run with Chinese outside quotes").isEmpty();
    }

    @Test
    void englishNamesRulesArticlesAndParametersInWordsNeverByKey() {
        Run studio = Run.of("check", "--lang", "en", "../examples/cases/zhengzhou/demo-base.yaml");
        Run social = Run.of("check", "--lang", "en", "../examples/cases/zhengzhou/social-talent.yaml");
        Run national = Run.of("check", "--lang", "en", "../examples/cases/national/youth.yaml");

        assertThat(studio.out()).doesNotContain("demo-base.cap").contains("at most 600,000 yuan");
        assertThat(social.out()).doesNotContain("social-talent.amount[").contains("payment 1: 120,000 yuan");
        assertThat(national.out()).doesNotContain("第一款", "第二款").contains("para. 2");
        assertThat(studio.out()).contains("Document: Zhengzhou measures").contains("(\"郑科规〔2024〕2号 ");
    }

    @Test
    void chineseRunsNameWhatIsStillNeededByItsLabelNeverByItsKey() {
        Run zh = Run.of("check", "../examples/cases/henan/discipline-base.yaml");

        assertThat(zh.out()).contains("待补充：海外学术骨干来自世界一流学科队伍").doesNotContain("attestations.");
    }
}
