package io.github.talentrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.TalentRules;
import io.github.talentrules.pack.FactSpec;
import io.github.talentrules.pack.Programme;
import io.github.talentrules.pack.RulePack;
import io.github.talentrules.sheet.SheetCheck;
import io.github.talentrules.sheet.Summary;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** {@code template ID}: headers, a sample row and dropdowns that {@code batch} reads back (issue 14). */
class TemplateCommandTest {
    static final TalentRules RULES = TalentRules.fromClasspath();
    private static final Pattern VALIDATION = Pattern.compile(
            "<dataValidation sqref=\"([A-Z]+)2:[A-Z]+(\\d+)\" type=\"list\"[^>]*><formula1>'([^']+)'!\\$([A-Z]+)\\$2:\\$[A-Z]+\\$(\\d+)</formula1>");

    @TempDir
    Path dir;

    /** Each validated column's header, and the words of its list, read from the workbook's XML. */
    static Map<String, List<String>> dropdowns(Path xlsx) throws IOException {
        List<List<String>> sheet = rows(xlsx, "名单");
        List<List<String>> lists = rows(xlsx, "选项");
        String xml;
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            xml = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
        xml = Pattern.compile("&#x([0-9A-Fa-f]+);").matcher(xml).replaceAll(e -> Character.toString(Integer.parseInt(e.group(1), 16)));
        Map<String, List<String>> out = new LinkedHashMap<>();
        Matcher m = VALIDATION.matcher(xml);
        while (m.find()) {
            assertThat(m.group(3)).isEqualTo("选项");
            assertThat(Integer.parseInt(m.group(2))).as("the whole column, not one row").isGreaterThan(1000);
            int column = index(m.group(1));
            int list = index(m.group(4));
            List<String> words = new ArrayList<>();
            for (int r = 1; r < Integer.parseInt(m.group(5)); r++) {
                words.add(lists.get(r).get(list));
            }
            assertThat(lists.get(0).get(list)).isEqualTo(sheet.get(0).get(column));
            out.put(sheet.get(0).get(column), words);
        }
        return out;
    }

    private static int index(String letters) {
        int n = 0;
        for (char c : letters.toCharArray()) {
            n = n * 26 + (c - 'A' + 1);
        }
        return n - 1;
    }

    static List<List<String>> rows(Path xlsx, String name) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile(), new ReadingOptions(true, false))) {
            Sheet s = wb.findSheet(name).orElseThrow();
            List<List<String>> rows = new ArrayList<>();
            s.openStream().forEach(r -> {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < r.getCellCount(); i++) {
                    Cell c = r.getCell(i);
                    boolean date = c != null && c.getDataFormatString() != null && c.getDataFormatString().contains("yy");
                    cells.add(c == null ? "" : date ? c.asDate().toLocalDate().toString() : c.getText());
                }
                rows.add(cells);
            });
            return rows;
        }
    }

    @Test
    void theTemplateHasTheHeadersASampleRowAndADropdownOnEveryCodeLevelAndYesNoColumn() throws IOException {
        Path t = dir.resolve("t.xlsx");
        Run r = Run.of("template", "zhengzhou.intl-training", "-o", t.toString());

        assertThat(r.status()).as(r.err()).isEqualTo(ExitCodes.DONE);
        assertThat(r.out().strip()).isEqualTo("已写入 " + t);
        List<List<String>> sheet = rows(t, "名单");
        assertThat(sheet).hasSize(2);
        assertThat(sheet.get(0)).startsWith("姓名", "项目", "基准日").contains("出生日期", "最高学位", "身心健康");
        assertThat(sheet.get(1).get(1)).isEqualTo("中青年人才国际化培养项目");
        try (ReadableWorkbook wb = new ReadableWorkbook(t.toFile())) {
            assertThat(wb.findSheet("选项").orElseThrow().getVisibility()).isEqualTo(SheetVisibility.HIDDEN);
        }

        Map<String, List<String>> dropdowns = dropdowns(t);
        Programme p = RULES.programme("zhengzhou.intl-training");
        for (FactSpec f : p.facts()) {
            switch (f.type()) {
                case BOOLEAN -> assertThat(dropdowns.get(f.zh())).as(f.zh()).containsExactly("是", "否");
                case LEVEL, CODE, CODES -> {
                    if (f.vocabulary().isPresent()) {
                        assertThat(dropdowns.get(f.zh())).as(f.zh())
                                .isEqualTo(f.vocabulary().get().values().stream().map(v -> v.zh()).toList());
                    } else if (!f.values().isEmpty()) {
                        assertThat(dropdowns.get(f.zh())).as(f.zh()).isEqualTo(f.values());
                    }
                }
                default -> assertThat(dropdowns).as(f.zh()).doesNotContainKey(f.zh());
            }
        }
        for (FactSpec a : p.attestations()) {
            assertThat(dropdowns.get(a.zh())).as(a.zh()).containsExactly("是", "否");
        }
        assertThat(dropdowns.get("最高学位")).as("the Chinese words, not the codes").contains("硕士").doesNotContain("MASTER");
        assertThat(dropdowns.get("国籍")).contains("中国");
    }

    @Test
    void anExistingFileIsNeverReplaced() throws IOException {
        Path t = Files.writeString(dir.resolve("t.xlsx"), "filled in by hand");

        Run r = Run.of("template", "zhengzhou.intl-training", "-o", t.toString());

        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains(t.toString());
        assertThat(Files.readString(t)).isEqualTo("filled in by hand");
    }

    @Test
    void aFilledTemplateIsDecided() throws IOException {
        Path t = dir.resolve("t.xlsx");
        assertThat(Run.of("template", "zhengzhou.intl-training", "-o", t.toString()).status()).isEqualTo(ExitCodes.DONE);
        // Filled in: the sample row, and a row of every dropdown's last word.
        List<List<String>> sheet = rows(t, "名单");
        Map<String, List<String>> dropdowns = dropdowns(t);
        List<String> last = new ArrayList<>(sheet.get(1));
        for (int c = 0; c < last.size(); c++) {
            List<String> words = dropdowns.get(sheet.get(0).get(c));
            if (words != null) {
                last.set(c, words.get(words.size() - 1));
            }
        }
        last.set(0, "李四");
        Path filled = dir.resolve("filled.xlsx");
        try (OutputStream o = Files.newOutputStream(filled)) {
            Workbook wb = new Workbook(o, "test", "1.0");
            Worksheet ws = wb.newWorksheet("名单");
            List<List<String>> rows = List.of(sheet.get(0), sheet.get(1), last);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    ws.value(r, c, rows.get(r).get(c));
                }
            }
            ws.finish();
            wb.finish();
        }

        Run r = Run.of("batch", filled.toString(), "-o", dir.resolve("out.csv").toString());

        assertThat(r.status()).as(r.out() + r.err()).isEqualTo(ExitCodes.DONE);
        assertThat(r.out()).as("the sample row left in is skipped, and said so").startsWith("共 1 行，已判定 1 行，出错 0 行")
                .contains("名单 第2行是模板的示例行（“示例（请替换或删除此行）”），已跳过：未判定，不计入合计");
    }

    @TestFactory
    Stream<DynamicTest> theTemplateOfEveryProgrammeIsDecidedAsItStands() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RulePack pack : RULES.packs()) {
            for (Programme p : pack.programmes()) {
                tests.add(DynamicTest.dynamicTest(p.id(), () -> {
                    // Through the API on one engine: the command line would compile every pack again for each.
                    Path t = dir.resolve(p.id() + ".xlsx");
                    SheetCheck check = SheetCheck.builder(RULES).build();
                    check.template(p.id(), t);

                    Path out = dir.resolve(p.id() + ".out.csv");
                    Summary summary = check.check(t, out);

                    assertThat(summary.errors()).as(Files.readString(out)).isZero();
                    assertThat(summary.rows()).as("the sample row is skipped, not decided").isZero();
                    assertThat(summary.layout()).containsExactly("名单 第2行是模板的示例行（“示例（请替换或删除此行）”），已跳过：未判定，不计入合计");
                    // Filled in as it stands, but for the sample's mark: a candidate, decided with no error.
                    List<List<String>> sheet = rows(t, "名单");
                    List<String> filled = new ArrayList<>(sheet.get(1));
                    filled.set(0, "张三");
                    Path candidate = dir.resolve(p.id() + ".filled.csv");
                    StringBuilder csv = new StringBuilder();
                    for (List<String> row : List.of(sheet.get(0), filled)) {
                        csv.append(String.join(",", row.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList())).append('\n');
                    }
                    Files.writeString(candidate, csv.toString());
                    Summary decided = check.check(candidate, dir.resolve(p.id() + ".filled.out.csv"));
                    assertThat(decided.errors()).as(Files.readString(dir.resolve(p.id() + ".filled.out.csv"))).isZero();
                    assertThat(decided.rows()).isEqualTo(1);
                    assertThat(summary.unreadColumns()).containsExactly(p.applicant().equals("person") ? "姓名" : "申报单位");
                }));
            }
        }
        return tests.stream();
    }
}
