package io.github.talentrules.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.pack.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Vocabulary files are read as written, and refused with the file and line when a word would name two values. */
class VocabularyFileTest {
    private final List<String> problems = new ArrayList<>();

    private Map<String, Vocabulary> read(String text) {
        return VocabularyFile.read(text, "v.yaml", problems);
    }

    @Test
    void readsEveryVocabularyOfAFileWithScalarsAsWritten() {
        Map<String, Vocabulary> read = read("""
                answers:
                  zh: 回答
                  en: answer
                  values:
                    - {code: NO, zh: 挪威, en: Norway, words: [0120, ~x, "yes"]}
                    - code: "OFF"
                      zh: 关
                      en: "off"
                other:
                  zh: 其他
                  en: other
                  values: [{code: A, zh: 甲, en: a}]
                """);
        assertThat(problems).isEmpty();
        assertThat(read).containsOnlyKeys("answers", "other");
        Vocabulary v = read.get("answers");
        assertThat(v.codes()).containsExactly("NO", "OFF");
        assertThat(v.value("NO").orElseThrow().words()).containsExactly("0120", "~x", "yes");
    }

    @Test
    void aWordThatWouldNameTwoValuesIsRefusedWithFileAndLine() {
        Map<String, Vocabulary> read = read("""
                titles:
                  zh: 职称
                  en: title
                  values:
                    - {code: SENIOR, zh: 正高级, en: full senior, words: [教授]}
                    - {code: ASSOCIATE, zh: 副高级, en: associate senior, words: [副教授, ＊教授]}
                    - {code: JUNIOR, zh: 初级, en: junior, words: [正 高 级]}
                """);
        assertThat(read).isEmpty();
        assertThat(problems).containsExactly(
                "v.yaml:7: titles: '正 高 级' already names SENIOR (正高级) (as '正高级')");
    }

    @Test
    void aValueWithoutLabelsAndUnknownKeysAreRefusedWithTheirLines() {
        read("""
                fields:
                  zh: 领域
                  values:
                    - {code: EDUCATION, zh: 教育, en: education}
                    - {code: HEALTH, en: health}
                    - {code: SPORTS, zh: 体育, en: sports, synonyms: [运动]}
                """);
        assertThat(problems).containsExactly(
                "v.yaml:2: fields: the vocabulary fields has no English label (en)");
        problems.clear();
        read("""
                fields:
                  zh: 领域
                  en: field
                  values:
                    - {code: EDUCATION, zh: 教育, en: education}
                    - {code: HEALTH, en: health}
                    - {code: SPORTS, zh: 体育, en: sports, synonyms: [运动]}
                """);
        assertThat(problems).containsExactly(
                "v.yaml:6: fields: the value HEALTH has no Chinese label (zh)",
                "v.yaml:7: fields: a value: unknown key 'synonyms' (allowed: code, zh, en, words)");
    }

    @Test
    void ambiguousAndRefusedWordsMustNameKnownValuesAndNoValuesWord() {
        read("""
                degrees:
                  zh: 学位
                  en: degree
                  values:
                    - {code: MASTER, zh: 硕士, en: master}
                    - {code: DOCTORATE, zh: 博士, en: doctorate}
                  ambiguous:
                    研究生: [MASTER, DOCTORATE]
                    硕士: [MASTER, DOCTORATE]
                    学位: [MASTER, BACHELOR]
                  refused:
                    - {words: [本科, 研究生], zh: 不是学位, en: not a degree}
                """);
        assertThat(problems).containsExactly(
                "v.yaml:9: degrees: '硕士' already names MASTER (硕士)",
                "v.yaml:10: degrees: the ambiguous word '学位' names BACHELOR, which is not a value of degrees",
                "v.yaml:12: degrees: '研究生' is already listed as ambiguous");
    }

    @Test
    void aKeyWrittenTwiceAndBrokenYamlAreRefusedWithTheirLines() {
        read("""
                a:
                  zh: 甲
                  en: a
                  zh: 乙
                  values: [{code: A, zh: 甲, en: a}]
                """);
        assertThat(problems).containsExactly("v.yaml:4: a: 'zh' is written twice");
        problems.clear();
        read("a:\n  zh: [unclosed\n");
        assertThat(problems).hasSize(1).allSatisfy(p -> assertThat(p).startsWith("v.yaml:3: "));
    }

    @Test
    void aPackFileMayNotTakeTheNameOfASharedVocabulary() {
        VocabularyFile.forPack("degrees:\n  zh: 学位\n  en: degree\n  values: [{code: A, zh: 甲, en: a}]\n", "p.yaml", problems);
        assertThat(problems).containsExactly("p.yaml: degrees: is the name of a vocabulary rules-core shares; refer to it instead");
    }

    @Test
    void theSharedVocabulariesAreReadOnceEachUnderItsName() {
        assertThat(VocabularyFile.shared()).containsOnlyKeys(VocabularyFile.SHARED);
        assertThat(VocabularyFile.shared()).isSameAs(VocabularyFile.shared());
    }
}
