package io.github.talentrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.Case;
import io.github.talentrules.Decision;
import io.github.talentrules.InvalidCaseException;
import io.github.talentrules.Language;
import io.github.talentrules.TalentRules;
import io.github.talentrules.sheet.Row;
import io.github.talentrules.sheet.SheetCheck;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14, "What a real sheet holds": each cell that was refused although the pack knows the word, or read
 * silently wrong, read now through the fact's vocabulary and unit; the same words in a case file.
 */
class RealSheetWordsTest {
    private static final TalentRules RULES = TalentRules.fromClasspath();

    @TempDir
    Path dir;

    /** The one row of a sheet of {@code programme} with these two columns, as read. */
    private Row row(String programme, String header, String cell) throws Exception {
        Path csv = dir.resolve("s.csv");
        Files.writeString(csv, "出生日期," + header + "\n1980/5/3," + (cell.contains(",") ? "\"" + cell + "\"" : cell) + "\n",
                StandardCharsets.UTF_8);
        SheetCheck check = SheetCheck.builder(RULES).programme(programme).asOf(LocalDate.of(2025, 3, 1)).language(Language.ZH).build();
        try (Stream<Row> rows = check.rows(csv)) {
            return rows.findFirst().orElseThrow();
        }
    }

    /** The cell is read as {@code code}: no error, and the row is decided exactly as the row with the code. */
    private void readAs(String programme, String header, String cell, String code) throws Exception {
        Row word = row(programme, header, cell);
        Row coded = row(programme, header, code);
        assertThat(word.errors()).as(header + " = " + cell).isEmpty();
        assertThat(coded.errors()).as(header + " = " + code).isEmpty();
        assertThat(summary(word.decision().orElseThrow())).isEqualTo(summary(coded.decision().orElseThrow()));
    }

    private static String summary(Decision d) {
        return d.outcome() + " " + d.funding() + " " + d.findings().stream().map(f -> f.rule() + "=" + f.status() + f.clauses()).toList()
                + " missing " + d.missing();
    }

    @ParameterizedTest(name = "最高学位 {0} = {1}")
    @CsvSource({"硕士,MASTER", "博士,DOCTORATE", "硕士研究生,MASTER", "MASTER,MASTER", "学士学位,BACHELOR"})
    void degreesInStaffWords(String cell, String code) throws Exception {
        readAs("zhengzhou.intl-training", "最高学位", cell, code);
    }

    @ParameterizedTest(name = "专业技术职称 {0} = {1}")
    @CsvSource({"副高级,ASSOCIATE_SENIOR", "正高,SENIOR", "副教授,ASSOCIATE_SENIOR", "主任医师,SENIOR", "ASSOCIATE_SENIOR,ASSOCIATE_SENIOR"})
    void titlesByTheirPostNames(String cell, String code) throws Exception {
        readAs("zhengzhou.intl-training", "专业技术职称", cell, code);
    }

    @ParameterizedTest(name = "所在领域 {0} = {1}")
    @CsvSource({"教育,EDUCATION", "医疗卫生,HEALTH"})
    void fieldsInStaffWords(String cell, String code) throws Exception {
        readAs("zhengzhou.social-talent", "所在领域", cell, code);
    }

    @ParameterizedTest(name = "国籍 {0} = CN")
    @ValueSource(strings = {"中国", "CHN", "China", "cn", "ＣＮ", "CN（中国）", "CN (China)", "中华人民共和国"})
    void everyWayToWriteChinaIsChina(String cell) throws Exception {
        readAs("zhengzhou.intl-training", "国籍", cell, "CN");
    }

    @Test
    void norwayIsNorway() throws Exception {
        readAs("zhengzhou.intl-training", "国籍", "挪威", "NO");
        readAs("zhengzhou.intl-training", "国籍", "Norway", "NO");
        Row cn = row("zhengzhou.intl-training", "国籍", "CN");
        Row no = row("zhengzhou.intl-training", "国籍", "NO");
        assertThat(summary(no.decision().orElseThrow())).isNotEqualTo(summary(cn.decision().orElseThrow()));
    }

    @ParameterizedTest(name = "国籍 {0} is an error naming the column")
    @CsvSource(delimiter = '|', value = {
        "中华      | 最接近的是",
        "Chna      | 最接近的是",
        "Korea     | 可指",
        "香港      | CN",
        "CN（美国） | 可指",
    })
    void aNationalityNotReadWithCertaintyIsAnErrorNeverAFail(String cell, String says) throws Exception {
        Row r = row("zhengzhou.intl-training", "国籍", cell);
        assertThat(r.decision()).isEmpty();
        assertThat(r.errors()).singleElement().asString().startsWith("国籍：").contains(cell).contains(says);
    }

    @ParameterizedTest(name = "培养时间 {0} is refused")
    @CsvSource(delimiter = '|', value = {
        "1,20  | 千位分隔符", "1e2   | 科学计数法", "-5    | 负数", "120元  | 应为天数", "3个月 | 应为天数", "0x78 | 十进制"})
    void numbersNotWrittenAsDaysAreRefusedNamingTheColumn(String cell, String says) throws Exception {
        Row r = row("zhengzhou.intl-training", "培养时间（天）", cell);
        assertThat(r.decision()).isEmpty();
        assertThat(r.errors()).singleElement().asString().startsWith("培养时间（天）：").contains(says);
    }

    @Test
    void monthsWithAMisplacedCommaAreRefused() throws Exception {
        Row r = row("zhengzhou.intl-training", "在国外连续独立工作或学习月数", "1,2");
        assertThat(r.errors()).singleElement().asString().contains("千位分隔符");
    }

    @ParameterizedTest(name = "{1} {2} = {3}")
    @CsvSource({"zhengzhou.intl-training,培养时间（天）,120天,120", "zhengzhou.intl-training,培养时间（天）,'1,200',1200",
                "zhengzhou.social-talent,培养期（年）,3年,3", "zhengzhou.intl-training,在国外连续独立工作或学习月数,3个月,3"})
    void aUnitWordOfTheFactsUnitIsRead(String programme, String header, String cell, int value) throws Exception {
        readAs(programme, header, cell, Integer.toString(value));
    }

    @Test
    void aCaseFileAndACaseBuiltInJavaReadTheSameWords() {
        Case file = RULES.readCase("""
                program: zhengzhou.intl-training
                asOf: 2025-03-01
                facts: {nationality: 中国, degree: 硕士, professionalTitle: 副高级, trainingDays: 120天, birthDate: 1980/5/3,
                        employedInZhengzhou: 是}
                """, "c.yaml");
        assertThat(file.facts()).containsEntry("nationality", "CN").containsEntry("degree", "MASTER")
                .containsEntry("professionalTitle", "ASSOCIATE_SENIOR").containsEntry("trainingDays", 120)
                .containsEntry("birthDate", LocalDate.of(1980, 5, 3)).containsEntry("employedInZhengzhou", true);
        Case java = Case.builder("zhengzhou.intl-training", LocalDate.of(2025, 3, 1)).fact("nationality", "ＣＮ").fact("degree", "硕士")
                .fact("professionalTitle", "副教授").fact("trainingDays", "120天").fact("birthDate", LocalDate.of(1980, 5, 3))
                .fact("employedInZhengzhou", true).build();
        assertThat(summary(RULES.decide(java))).isEqualTo(summary(RULES.decide(file)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RULES.decide(Case.builder("zhengzhou.intl-training",
                LocalDate.of(2025, 3, 1)).fact("nationality", "Korea").build()))
                .isInstanceOf(InvalidCaseException.class)
                .satisfies(e -> assertThat(((InvalidCaseException) e).message(Language.ZH)).contains("facts.nationality").contains("可指"))
                .satisfies(e -> assertThat(((InvalidCaseException) e).message(Language.EN)).contains("facts.nationality").contains("could mean"));
    }

    @Test
    void aNegativeNumberInJavaIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RULES.decide(Case.builder("zhengzhou.intl-training",
                LocalDate.of(2025, 3, 1)).fact("trainingDays", -5).build()))
                .isInstanceOf(InvalidCaseException.class).hasMessageContaining("facts.trainingDays").hasMessageContaining("negative");
    }
}
