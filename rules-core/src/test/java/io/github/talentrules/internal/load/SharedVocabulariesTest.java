package io.github.talentrules.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.Language;
import io.github.talentrules.pack.Vocabulary;
import io.github.talentrules.pack.Vocabulary.Ambiguous;
import io.github.talentrules.pack.Vocabulary.Failure;
import io.github.talentrules.pack.Vocabulary.Found;
import io.github.talentrules.pack.Vocabulary.Refused;
import io.github.talentrules.pack.Vocabulary.Unknown;
import io.github.talentrules.testing.VocabularyContract;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The words of issue 14's sheets, read by the vocabularies rules-core shares. */
class SharedVocabulariesTest {
    private static Vocabulary vocabulary(String name) {
        return VocabularyFile.shared().get(name);
    }

    private static String code(String vocabulary, String word) {
        Vocabulary.Match m = vocabulary(vocabulary).read(word);
        assertThat(m).as(vocabulary + ": '" + word + "'").isInstanceOf(Found.class);
        return ((Found) m).value().code();
    }

    @ParameterizedTest
    @ValueSource(strings = {"中国", "CHN", "China", "cn", "ＣＮ", "CN（中国）", "CN (China)", "chn", "中华人民共和国", "PRC",
            "P.R.China", "中国大陆", "People's Republic of China", "中国籍"})
    void everyWayStaffWriteChinaIsCN(String word) {
        assertThat(code("countries", word)).isEqualTo("CN");
    }

    @ParameterizedTest
    @CsvSource({"NO, NO", "no, NO", "NOR, NO", "挪威, NO", "Norway, NO", "美国, US", "USA, US", "U.S., US", "英国, GB", "UK, GB",
            "韩国, KR", "South Korea, KR", "朝鲜, KP", "Cote d'Ivoire, CI", "Côte d’Ivoire, CI", "Bosnia and Herzegovina, BA",
            "Saint Kitts and Nevis, KN", "刚果（金）, CD", "Congo - Brazzaville, CG", "Türkiye, TR", "DEU, DE", "德国, DE"})
    void countriesReadByAlpha2Alpha3OrName(String word, String expected) {
        assertThat(code("countries", word)).isEqualTo(expected);
    }

    @Test
    void aCodeQualifiedByAnotherCountrysNameIsAnError() {
        Vocabulary.Match m = vocabulary("countries").read("CN（美国）");
        assertThat(m).isInstanceOf(Ambiguous.class);
        assertThat(((Failure) m).message(Language.ZH)).isEqualTo("“CN（美国）”可指中国（CN）或美国（US），无法确定是哪一个，请写明");
    }

    @ParameterizedTest
    @ValueSource(strings = {"香港", "HK", "中国香港", "Hong Kong", "澳门", "Macau", "MO", "台湾", "TW", "TWN", "中国台湾", "CN（香港）", "香港（中国）"})
    void hongKongMacaoAndTaiwanAreRegionsNotNationalities(String word) {
        Vocabulary.Match m = vocabulary("countries").read(word);
        assertThat(m).isInstanceOf(Refused.class);
        assertThat(((Failure) m).message(Language.EN)).endsWith(
                "regions of China, not nationalities; write CN (China) for a Chinese citizen, or the country whose nationality the person holds");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Korea", "刚果", "Congo", "北爱尔兰"})
    void aNameTwoCountriesShareIsAmbiguous(String word) {
        assertThat(vocabulary("countries").read(word)).isInstanceOf(Ambiguous.class);
    }

    @Test
    void anUnknownCountryNamesTheNearestOnes() {
        Vocabulary.Match m = vocabulary("countries").read("Chinaa");
        assertThat(m).isInstanceOf(Unknown.class);
        assertThat(((Unknown) m).nearest()).extracting(Vocabulary.Value::code).startsWith("CN");
        assertThat(((Failure) m).message(Language.ZH)).startsWith("“Chinaa”不是可识别的值；最接近的是：中国（CN）");
    }

    @ParameterizedTest
    @CsvSource({"硕士, MASTER", "博士, DOCTORATE", "硕士研究生, MASTER", "博士研究生, DOCTORATE", "学士, BACHELOR", "PhD, DOCTORATE",
            "Ph.D., DOCTORATE", "MSc, MASTER", "无, NONE", "大专, NONE", "硕士（MASTER）, MASTER"})
    void degreesReadAsStaffWriteThem(String word, String expected) {
        assertThat(code("degrees", word)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"EMBA, MASTER", "MPA, MASTER", "MPAcc, MASTER", "MPH, MASTER", "MFA, MASTER", "MEd, MASTER", "M.Ed., MASTER",
            "MArch, MASTER", "MRes, MASTER", "MSW, MASTER", "LLM, MASTER", "LL.M., MASTER",
            "工商管理硕士, MASTER", "高级管理人员工商管理硕士, MASTER", "公共管理硕士, MASTER", "工程硕士, MASTER", "法律硕士, MASTER",
            "教育硕士, MASTER", "会计硕士, MASTER", "金融硕士, MASTER", "临床医学硕士, MASTER", "翻译硕士, MASTER", "艺术硕士, MASTER",
            "社会工作硕士, MASTER", "公共卫生硕士, MASTER",
            "DBA, DOCTORATE", "EdD, DOCTORATE", "Ed.D., DOCTORATE", "EngD, DOCTORATE", "DEng, DOCTORATE", "DSc, DOCTORATE",
            "ScD, DOCTORATE", "工程博士, DOCTORATE", "教育博士, DOCTORATE", "临床医学博士, DOCTORATE", "口腔医学博士, DOCTORATE",
            "兽医博士, DOCTORATE",
            "BBA, BACHELOR", "BFA, BACHELOR", "BEd, BACHELOR", "BArch, BACHELOR", "LLB, BACHELOR", "LL.B., BACHELOR", "MBBS, BACHELOR"})
    void professionalDegreesReadAsTheDegreeTheyAre(String word, String expected) {
        assertThat(code("degrees", word)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"哲学", "经济学", "法学", "教育学", "文学", "历史学", "理学", "工学", "农学", "医学", "军事学", "管理学", "艺术学"})
    void aDegreeNamedByItsDisciplineIsTheDegreeItNames(String discipline) {
        assertThat(code("degrees", discipline + "学士")).isEqualTo("BACHELOR");
        assertThat(code("degrees", discipline + "硕士")).isEqualTo("MASTER");
        assertThat(code("degrees", discipline + "博士")).isEqualTo("DOCTORATE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MD", "M.D.", "md", "JD", "J.D."})
    void mdAndJdAreRefusedForAnAmericanOneIsAFirstProfessionalDegree(String word) {
        Vocabulary.Match m = vocabulary("degrees").read(word);
        assertThat(m).isInstanceOf(Refused.class);
        assertThat(((Failure) m).message(Language.EN)).contains("first professional degree");
    }

    @Test
    void educationWordsThatDoNotCertifyADegreeAreErrors() {
        assertThat(vocabulary("degrees").read("研究生")).isInstanceOf(Ambiguous.class);
        Vocabulary.Match m = vocabulary("degrees").read("本科");
        assertThat(m).isInstanceOf(Refused.class);
        assertThat(((Failure) m).message(Language.ZH)).isEqualTo("“本科”：本科是学历，不一定授予学士学位；有学士学位的写“学士”，没有的写“无学位”");
    }

    @ParameterizedTest
    @CsvSource({"副高级, ASSOCIATE_SENIOR", "副高, ASSOCIATE_SENIOR", "正高, SENIOR", "正高级, SENIOR", "副教授, ASSOCIATE_SENIOR",
            "主任医师, SENIOR", "副主任医师, ASSOCIATE_SENIOR", "主治医师, INTERMEDIATE", "高级工程师, ASSOCIATE_SENIOR",
            "正高级工程师, SENIOR", "教授级高工, SENIOR", "教授, SENIOR", "研究员, SENIOR", "副研究员, ASSOCIATE_SENIOR",
            "助理研究员, INTERMEDIATE", "高级教师, ASSOCIATE_SENIOR", "正高级教师, SENIOR", "一级教师, INTERMEDIATE",
            "讲师, INTERMEDIATE", "高级讲师, ASSOCIATE_SENIOR", "主任记者, ASSOCIATE_SENIOR", "高级记者, SENIOR", "中级, INTERMEDIATE",
            "Associate Professor, ASSOCIATE_SENIOR", "Professor, SENIOR", "Lecturer, INTERMEDIATE", "无, NONE",
            "ASSOCIATE_PROFESSOR, ASSOCIATE_SENIOR", "副高（副教授）, ASSOCIATE_SENIOR"})
    void titlesReadByLevelOrPostName(String word, String expected) {
        assertThat(code("titles", word)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"高级", "高级职称", "一级", "二级", "三级", "主任", "正高（副教授）"})
    void aTitleWordWhoseLevelDependsOnTheSeriesIsAmbiguous(String word) {
        assertThat(vocabulary("titles").read(word)).isInstanceOf(Ambiguous.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"技师", "医师", "护士", "翻译"})
    void aTitleThatIsAlsoAJobOrAVocationalLevelIsNotGuessed(String word) {
        assertThat(vocabulary("titles").read(word)).isInstanceOf(Unknown.class);
    }

    @ParameterizedTest
    @CsvSource({"是, TRUE", "否, FALSE", "有, TRUE", "无, FALSE", "Y, TRUE", "n, FALSE", "√, TRUE", "×, FALSE", "true, TRUE",
            "FALSE, FALSE", "1, TRUE", "0, FALSE", "ＹＥＳ, TRUE"})
    void yesAndNo(String word, String expected) {
        assertThat(code("yes-no", word)).isEqualTo(expected);
    }

    @Test
    void yesAndNoRefuseAnyOtherNumber() {
        assertThat(vocabulary("yes-no").read("2")).isInstanceOf(Unknown.class);
    }

    @ParameterizedTest
    @CsvSource({"新疆, CN-XJ", "新疆维吾尔自治区, CN-XJ", "CN-XJ, CN-XJ", "650000, CN-XJ", "西藏, CN-XZ", "Tibet, CN-XZ", "河南省, CN-HA",
            "Henan, CN-HA", "Shaanxi, CN-SN", "Shanxi, CN-SX", "香港, CN-HK"})
    void provincesByCodeNameOrDivisionCode(String word, String expected) {
        assertThat(code("provinces", word)).isEqualTo(expected);
    }

    @TestFactory
    Stream<DynamicTest> everyWordOfEverySharedVocabularyReadsBackInEveryWidthCaseAndSpacing() {
        return VocabularyFile.shared().values().stream().map(v -> DynamicTest.dynamicTest(v.name(), () -> VocabularyContract.everyWordReadsBack(v)));
    }
}
