package io.github.talentrules.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.talentrules.Language;
import io.github.talentrules.Outcome;
import io.github.talentrules.TalentRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A CSV of the demo pack's candidates, decided row by row: outcomes, errors, formulas made harmless, order, the summary. */
class SheetCheckTest {
    static final TalentRules RULES = TalentRules.builder().packFolder(Path.of("../rules-core/src/test/resources/packs/demo")).build();
    static final Path DEMO = Path.of("src/test/resources/sheets/demo.csv");
    static final int OUTCOME = 10;
    static final int ERROR = OUTCOME + 8;

    @TempDir
    Path dir;

    static List<List<String>> readCsv(Path file) {
        try (CsvReader<CsvRecord> r = CsvReader.builder().detectBomHeader(true).ofCsvRecord(file)) {
            return r.stream().map(CsvRecord::getFields).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The output rows by their 序号 (first column). */
    static Map<String, List<String>> bySerial(List<List<String>> rows) {
        return rows.stream().skip(1).collect(Collectors.toMap(r -> r.get(0), r -> r));
    }

    @Test
    void everyRowIsDecidedOrGetsAnErrorNamingItsColumn() {
        Path out = dir.resolve("out.csv");
        Summary summary = SheetCheck.builder(RULES).build().check(DEMO, out);

        List<List<String>> rows = readCsv(out);
        assertThat(rows.get(0)).startsWith("序号", "姓名", "项目", "基准日")
                .endsWith("结论", "资助金额（元）", "资助上限或范围", "分期拨付", "不符合条款", "需审核条款", "待补充", "说明", "错误");
        Map<String, List<String>> r = bySerial(rows);
        assertThat(r.get("1").get(OUTCOME)).isEqualTo("符合条件");
        assertThat(r.get("1").get(OUTCOME + 1)).isEqualTo("100000");
        assertThat(r.get("1").get(OUTCOME + 3)).contains("60000元 确定后拨付（应拨付）").contains("40000元 期末考核后拨付（待拨付）");
        assertThat(r.get("1").get(OUTCOME + 7)).startsWith("符合条件");
        assertThat(r.get("1").get(ERROR)).isEmpty();

        assertThat(r.get("2").get(OUTCOME)).isEqualTo("不符合条件");
        assertThat(r.get("2").get(OUTCOME + 4)).isEqualTo("第二条第（一）项");
        assertThat(r.get("2").get(OUTCOME + 1)).isEmpty();

        assertThat(r.get("3").get(OUTCOME)).isEmpty();
        assertThat(r.get("3").get(ERROR)).isEqualTo("出生日期：“1990-02-30”不是真实存在的日期");
        assertThat(r.get("7").get(ERROR)).isEqualTo("项目：为空，应填写项目");
        assertThat(r.get("8").get(ERROR)).contains("学位：“硕士”不在可选值 [NONE, BACHELOR, MASTER, DOCTORATE] 中")
                .contains("建有平台：“也许”不是“是”或“否”");
        assertThat(r.get("9").get(ERROR)).isEqualTo("基准日：为空，应填写基准日");

        assertThat(r.get("10").get(OUTCOME)).isEqualTo("需人工审核");
        assertThat(r.get("10").get(OUTCOME + 6)).isEqualTo("建有平台、业绩突出");

        assertThat(r.get("11").get(OUTCOME)).as("40 on the day: 40周岁以下 admits 40").isEqualTo("符合条件");
        assertThat(r.get("12").get(OUTCOME)).as("41").isEqualTo("不符合条件");

        assertThat(summary.rows()).isEqualTo(12);
        assertThat(summary.errors()).isEqualTo(4);
        assertThat(summary.outcomes().get("demo.grant")).containsEntry(Outcome.ELIGIBLE, 2L)
                .containsEntry(Outcome.INELIGIBLE, 3L).containsEntry(Outcome.NEEDS_REVIEW, 3L);
        assertThat(summary.eligibleFunding()).isEqualByComparingTo(new BigDecimal("200000"));
        assertThat(summary.reviewFunding()).isEqualByComparingTo(new BigDecimal("300000"));
        assertThat(summary.unreadColumns()).containsExactly("序号", "姓名");
    }

    @Test
    void rowsOfOneCompanyAreFlaggedAcrossTheSheet() {
        Path out = dir.resolve("out.csv");
        Summary summary = SheetCheck.builder(RULES).build().check(DEMO, out);

        Map<String, List<String>> r = bySerial(readCsv(out));
        assertThat(r.get("4").get(OUTCOME)).isEqualTo("需人工审核");
        assertThat(r.get("4").get(OUTCOME + 5)).isEqualTo("第四条");
        assertThat(r.get("5").get(OUTCOME + 5)).isEqualTo("第四条");
        assertThat(r.get("1").get(OUTCOME + 5)).isEmpty();
        assertThat(summary.acrossRows()).containsExactly("第5行：[需审核] 4 每家企业一人（第四条）", "第6行：[需审核] 4 每家企业一人（第四条）");
        assertThat(summary.acrossFindings()).singleElement().asString().contains("4 遴选2名左右");
        assertThat(summary.text()).contains("跨行检查").contains("资助合计（符合条件）：200000元");
    }

    @Test
    void aCellGuardedAgainstFormulasByAnEarlierRunIsReadWithoutItsGuard() throws IOException {
        Path in = dir.resolve("in.csv");
        // The first company as an earlier run wrote it (CWE-1236 guard), the second as typed: one company.
        Files.writeString(in, "项目,基准日,出生日期,学位,企业名称\n"
                + "demo.grant,2024-06-01,1990-01-01,MASTER,'-甲公司\n"
                + "demo.grant,2024-06-01,1990-01-01,MASTER,-甲公司\n");
        Path out = dir.resolve("out.csv");
        Summary summary = SheetCheck.builder(RULES).build().check(in, out);

        assertThat(summary.acrossRows()).containsExactly("第2行：[需审核] 4 每家企业一人（第四条）", "第3行：[需审核] 4 每家企业一人（第四条）");
        assertThat(readCsv(out).get(1).get(4)).as("written back as it was, not guarded twice").isEqualTo("'-甲公司");
        assertThat(readCsv(out).get(2).get(4)).isEqualTo("'-甲公司");
    }

    /** Issue 14: an error cell of a Chinese sheet read "出生日期：2030-01-01 is after the reference date asOf 2024-06-01". */
    @Test
    void anErrorCellIsInTheSheetsLanguage() throws IOException {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "项目,基准日,出生日期,学位,企业名称\n" + "demo.grant,2024-06-01,2030-01-01,MASTER,甲公司\n");
        Path zh = dir.resolve("zh.csv");
        SheetCheck.builder(RULES).build().check(in, zh);
        assertThat(readCsv(zh).get(1).get(readCsv(zh).get(1).size() - 1)).isEqualTo("出生日期：2030-01-01 晚于基准日 2024-06-01");

        Path en = dir.resolve("en.csv");
        SheetCheck.builder(RULES).language(io.github.talentrules.Language.EN).build().check(in, en);
        assertThat(readCsv(en).get(1).get(readCsv(en).get(1).size() - 1)).endsWith("2030-01-01 is after the reference date asOf 2024-06-01");
    }

    @Test
    void theSummaryTextListsTheFirstTwentyRowsFlaggedAcrossTheSheet() throws IOException {
        Path in = dir.resolve("in.csv");
        StringBuilder b = new StringBuilder("项目,基准日,出生日期,学位,企业名称\n");
        for (int i = 0; i < 25; i++) {
            b.append("demo.grant,2024-06-01,1990-01-01,MASTER,同一公司\n");
        }
        Files.writeString(in, b);
        Summary summary = SheetCheck.builder(RULES).build().check(in, dir.resolve("out.csv"));

        assertThat(summary.acrossRows()).hasSize(25);
        assertThat(summary.text()).contains("第21行：[需审核] 4 每家企业一人").doesNotContain("第22行")
                .contains("另有 5 行（见各行的“需审核条款”“不符合条款”列）");
    }

    @Test
    void cellsThatLookLikeFormulasComeBackAsText() {
        Path out = dir.resolve("out.csv");
        SheetCheck.builder(RULES).build().check(DEMO, out);

        Map<String, List<String>> r = bySerial(readCsv(out));
        assertThat(r.get("5").get(1)).isEqualTo("'=HYPERLINK(\"http://x.example\",\"点击\")");
        assertThat(r.get("11").get(1)).isEqualTo("'+钱十二");
        assertThat(r.get("12").get(1)).isEqualTo("'-卫十三");
        assertThat(Output.harmless("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Output.harmless("\tx")).isEqualTo("'\tx");
        assertThat(Output.harmless("\rx")).isEqualTo("'\rx");
        assertThat(Output.harmless("张三")).isEqualTo("张三");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-8 BOM", "GBK", "GB18030"})
    void csvIsReadInEveryEncodingExcelWrites(String encoding) throws IOException {
        String text = Files.readString(DEMO, StandardCharsets.UTF_8);
        Path in = dir.resolve("in.csv");
        if (encoding.equals("UTF-8 BOM")) {
            Files.writeString(in, "\uFEFF" + text, StandardCharsets.UTF_8);
        } else {
            Files.writeString(in, text, Charset.forName(encoding));
        }
        Path out = dir.resolve("out.csv");
        Summary summary = SheetCheck.builder(RULES).build().check(in, out);

        List<List<String>> rows = readCsv(out);
        assertThat(rows.get(0).get(0)).isEqualTo("序号");
        assertThat(bySerial(rows).get("1").get(1)).isEqualTo("张三");
        assertThat(bySerial(rows).get("1").get(OUTCOME)).isEqualTo("符合条件");
        assertThat(summary.errors()).isEqualTo(4);
    }

    @Test
    void anEncodingCanBeChosen() throws IOException {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, Files.readString(DEMO, StandardCharsets.UTF_8), Charset.forName("GBK"));
        Path out = dir.resolve("out.csv");
        SheetCheck.builder(RULES).encoding(Charset.forName("GBK")).build().check(in, out);
        assertThat(bySerial(readCsv(out)).get("2").get(1)).isEqualTo("李四");
    }

    @Test
    void aMappingFileReadsASheetWithOtherHeadersAndWords() {
        Path out = dir.resolve("out.csv");
        Summary summary = SheetCheck.builder(RULES).mapping(Path.of("src/test/resources/sheets/demo-mapping.yaml")).build()
                .check(Path.of("src/test/resources/sheets/demo-mapped.csv"), out);

        List<List<String>> rows = readCsv(out);
        int outcome = 7;
        assertThat(rows.get(1).get(outcome)).isEqualTo("符合条件");
        assertThat(rows.get(2).get(outcome)).isEqualTo("不符合条件");
        assertThat(rows.get(3).get(outcome)).isEqualTo("需人工审核");
        assertThat(summary.errors()).isZero();
        assertThat(summary.unreadColumns()).containsExactly("姓名");
    }

    @Test
    void aMappingToAnUnknownFactIsRefusedAtOnce() throws IOException {
        Path mapping = dir.resolve("m.yaml");
        Files.writeString(mapping, "columns:\n  生日: birthDay\n");
        assertThatThrownBy(() -> SheetCheck.builder(RULES).mapping(mapping).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'birthDay'");
    }

    @Test
    void theProgrammeCanBeGivenForTheWholeSheet() throws IOException {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "出生日期,学位,建有平台,业绩突出\n1990-01-01,MASTER,是,是\n1970-01-01,MASTER,是,是\n");
        Path out = dir.resolve("out.csv");
        Summary summary = SheetCheck.builder(RULES).programme("demo.grant").asOf(java.time.LocalDate.of(2024, 6, 1))
                .build().check(in, out);
        assertThat(summary.outcomes().get("demo.grant")).containsEntry(Outcome.ELIGIBLE, 1L).containsEntry(Outcome.INELIGIBLE, 1L);
    }

    @Test
    void aHeaderOneCharacterOffALabelIsNamedWithTheLabelMeant() throws IOException {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "姓名,出生日其,学位,建有平台,业绩突出\n张三,1990-01-01,MASTER,是,是\n");
        Summary summary = SheetCheck.builder(RULES).programme("demo.grant").asOf(java.time.LocalDate.of(2024, 6, 1))
                .build().check(in, dir.resolve("out.csv"));

        assertThat(summary.unreadColumns()).containsExactly("姓名", "出生日其（是否应为“出生日期”？）");
        assertThat(summary.outcomes().get("demo.grant")).containsEntry(Outcome.NEEDS_REVIEW, 1L);
    }

    @Test
    void aFactGivenByTwoColumnsIsAnErrorNamingBothNotTheFirstReadSilently() throws IOException {
        Path in = dir.resolve("in.csv");
        // The second 出生日期 ends in a full-width space: the same header once trimmed.
        Files.writeString(in, "出生日期,学位,建有平台,业绩突出,出生日期\u3000\n1990-01-01,MASTER,是,是,1970-01-01\n");
        Path out = dir.resolve("out.csv");
        Summary summary = SheetCheck.builder(RULES).programme("demo.grant").asOf(java.time.LocalDate.of(2024, 6, 1))
                .build().check(in, out);

        assertThat(summary.errors()).isEqualTo(1);
        assertThat(readCsv(out).get(1).get(5 + 8))
                .isEqualTo("第1列“出生日期”和第5列“出生日期\u3000”都对应“出生日期”（birthDate），请只保留一列");
        assertThat(readCsv(out).get(1).get(5)).as("not decided").isEmpty();
    }

    @Test
    void aFactGivenByItsNameAndItsLabelIsGivenTwiceToo() throws IOException {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "项目,基准日,ｂｉｒｔｈＤａｔｅ,学位,出生日期,程序\ndemo.grant,2024-06-01,1990-01-01,MASTER,1990-01-01,demo.grant\n");
        Path out = dir.resolve("out.csv");
        Summary summary = SheetCheck.builder(RULES).language(Language.EN).build().check(in, out);

        assertThat(summary.errors()).isEqualTo(1);
        assertThat(readCsv(out).get(1).get(6 + 8)).isEqualTo("columns 1 '项目' and 6 '程序' both give the programme; keep one; "
                + "columns 3 'ｂｉｒｔｈＤａｔｅ' and 5 '出生日期' both give 'date of birth' (birthDate); keep one");
    }

    @Test
    void withoutAProgrammeEveryRowSaysSoAndTheBatchGoesOn() throws IOException {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "出生日期,基准日\n1990-01-01,2024-06-01\n1991-01-01,2024-06-01\n");
        Path out = dir.resolve("out.csv");
        Summary summary = SheetCheck.builder(RULES).language(Language.EN).build().check(in, out);
        assertThat(summary.errors()).isEqualTo(2);
        assertThat(readCsv(out).get(1).get(2 + 8)).startsWith("program: the sheet has no 程序/项目/program column");
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderIsNotDecidedOnShiftedColumns() throws IOException {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "项目,基准日,出生日期,学位\n"
                + "demo.grant,2024-06-01,1990-01-01,MASTER\n"
                + "demo.grant,2024-06-01,张三,1990-01-01,MASTER\n"
                + "demo.grant,2024-06-01,1990-01-01,MASTER,,\n");
        Path out = dir.resolve("out.csv");
        Summary summary = SheetCheck.builder(RULES).build().check(in, out);

        List<List<String>> rows = readCsv(out);
        assertThat(rows).allMatch(r -> r.size() == 4 + 9);
        assertThat(rows.get(2).get(4 + 8)).contains("第5列：表头只有 4 列，此行多出单元格“MASTER”");
        assertThat(rows.get(3).get(4 + 8)).as("blank cells past the header are nothing").isEmpty();
        assertThat(summary.errors()).isEqualTo(1);
    }

    @Test
    void englishHeadersAndTheEnglishLanguage() throws IOException {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "program,asOf,birthDate,degree,has a platform,outstanding record\n"
                + "demo.grant,2024-06-01,1990-01-01,MASTER,yes,true\n");
        Path out = dir.resolve("out.csv");
        SheetCheck.builder(RULES).language(Language.EN).build().check(in, out);
        List<List<String>> rows = readCsv(out);
        assertThat(rows.get(0)).endsWith("outcome", "amount (yuan)", "cap or range", "tranches", "failed articles",
                "review articles", "still needed", "reason", "error");
        assertThat(rows.get(1).get(6)).isEqualTo("eligible");
        assertThat(rows.get(1).get(6 + 3)).contains("1) 60000 yuan on confirmation (pending); 2) 40000 yuan after the final assessment (pending)");
    }

    @Test
    void jsonLinesCarryTheCellsAndTheWholeDecision() throws IOException {
        Path out = dir.resolve("out.jsonl");
        SheetCheck.builder(RULES).build().check(DEMO, out);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(12);
        assertThat(lines.get(0)).contains("\"sheet\":\"demo\"", "\"row\":2", "\"姓名\":\"张三\"", "\"outcome\":\"ELIGIBLE\"", "\"error\":null");
        assertThat(lines.get(2)).contains("\"decision\":null", "不是真实存在的日期");
    }

    @Test
    void jsonLinesWithSuggestionsKeepTheErrorInItsField() throws IOException {
        Path out = dir.resolve("out.jsonl");
        SheetCheck.builder(RULES).suggest(true).build().check(DEMO, out);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).contains("\"error\":null", "\"suggestions\":\"\"");
        assertThat(lines.get(2)).contains("\"decision\":null", "\"error\":\"出生日期：", "不是真实存在的日期");
    }

    @Test
    void rowsComeBackInInputOrderWhenDecidedOnManyThreads() throws IOException {
        Path in = dir.resolve("many.csv");
        StringBuilder b = new StringBuilder("序号,项目,基准日,出生日期,学位,建有平台,业绩突出\n");
        for (int i = 0; i < 3000; i++) {
            b.append(i).append(",demo.grant,2024-06-01,").append(1970 + i % 30).append("-01-01,MASTER,是,是\n");
        }
        Files.writeString(in, b);
        try (Stream<Row> rows = SheetCheck.builder(RULES).threads(4).build().rows(in)) {
            List<Row> all = rows.toList();
            assertThat(all).hasSize(3000);
            for (int i = 0; i < all.size(); i++) {
                Row r = all.get(i);
                assertThat(r.cells().get(0)).isEqualTo(String.valueOf(i));
                int age = 2024 - (1970 + i % 30) - 1 + 1;
                assertThat(r.decision().orElseThrow().outcome()).isEqualTo(age <= 40 ? Outcome.ELIGIBLE : Outcome.INELIGIBLE);
            }
        }
    }

    @Test
    void casesStreamedInComeOutAsDecisionsInOrder() {
        var cases = Stream.of(
                io.github.talentrules.Case.builder("demo.grant", java.time.LocalDate.of(2024, 6, 1)).fact("birthDate", java.time.LocalDate.of(1990, 1, 1)).build(),
                io.github.talentrules.Case.builder("demo.grant", java.time.LocalDate.of(2024, 6, 1)).fact("nope", 1).source("bad").build());
        try (Stream<Row> rows = SheetCheck.builder(RULES).build().decide(cases)) {
            List<Row> all = rows.toList();
            assertThat(all.get(0).decision()).isPresent();
            assertThat(all.get(1).errors()).singleElement().asString().startsWith("bad: facts.nope");
        }
    }
}
