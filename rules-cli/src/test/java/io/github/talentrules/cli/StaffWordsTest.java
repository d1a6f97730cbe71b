package io.github.talentrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.Decision;
import io.github.talentrules.Language;
import io.github.talentrules.TalentRules;
import io.github.talentrules.pack.FactSpec;
import io.github.talentrules.pack.Programme;
import io.github.talentrules.pack.RulePack;
import io.github.talentrules.pack.Unit;
import io.github.talentrules.pack.Vocabulary;
import io.github.talentrules.sheet.Row;
import io.github.talentrules.sheet.SheetCheck;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, "Done when": for every programme of every pack, a 1,000-row sheet written in the packs' codes
 * and the same rows written in staff words (硕士, 副高级, 中国, 是/否, 教育, 1980/5/3, 120天, 5万元), the
 * second as a GBK CSV with the facts' Chinese labels as headers, are decided alike row by row. The words come
 * from the vocabularies, so a word a vocabulary gains is tested with it. Seeded: the seed is in the test name.
 */
class StaffWordsTest {
    private static final TalentRules RULES = TalentRules.fromClasspath();
    private static final long SEED = 20261202L;
    private static final int ROWS = 1000;
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyProgrammeDecidesStaffWordsAsCodes() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RulePack pack : RULES.packs()) {
            for (Programme p : pack.programmes()) {
                tests.add(DynamicTest.dynamicTest(p.id() + " (seed " + SEED + ")", () -> sameDecisions(p)));
            }
        }
        return tests.stream();
    }

    private void sameDecisions(Programme p) throws Exception {
        Random random = new Random(SEED ^ p.id().hashCode());
        List<FactSpec> columns = new ArrayList<>();
        p.facts().stream().filter(f -> f.type() != FactSpec.Type.RECORDS).forEach(columns::add);
        columns.addAll(p.attestations());
        StringBuilder codes = new StringBuilder();
        StringBuilder words = new StringBuilder();
        codes.append(String.join(",", columns.stream().map(FactSpec::name).toList())).append('\n');
        words.append(String.join(",", columns.stream().map(FactSpec::zh).map(StaffWordsTest::quoted).toList())).append('\n');
        for (int r = 0; r < ROWS; r++) {
            List<String> c = new ArrayList<>();
            List<String> w = new ArrayList<>();
            for (FactSpec f : columns) {
                // A blank cell now and then (never the first: a row of blank cells is no row).
                String[] pair = random.nextInt(10) == 0 && f != columns.get(0) ? new String[] {"", ""} : value(f, random);
                c.add(quoted(pair[0]));
                w.add(quoted(pair[1]));
            }
            codes.append(String.join(",", c)).append('\n');
            words.append(String.join(",", w)).append('\n');
        }
        // The same file name in two folders: findings over a batch name the rows they compare by file and line.
        Path inCodes = Files.createDirectories(dir.resolve("codes")).resolve(p.id() + ".csv");
        Path inWords = Files.createDirectories(dir.resolve("words")).resolve(p.id() + ".csv");
        Files.writeString(inCodes, codes, StandardCharsets.UTF_8);
        Files.write(inWords, words.toString().getBytes(GBK));
        List<String> a = decided(p, inCodes);
        List<String> b = decided(p, inWords);
        assertThat(a).hasSize(ROWS);
        assertThat(a.stream().filter(s -> !s.startsWith("ERROR")).count()).as("rows of " + p.id() + " decided, not refused")
                .isGreaterThan(ROWS / 2);
        for (int i = 0; i < ROWS; i++) {
            if (!a.get(i).equals(b.get(i))) {
                int at = 0;
                while (at < Math.min(a.get(i).length(), b.get(i).length()) && a.get(i).charAt(at) == b.get(i).charAt(at)) {
                    at++;
                }
                int from = Math.max(0, at - 200);
                assertThat(b.get(i).substring(from)).as(p.id() + " row " + (i + 2) + " (seed " + SEED + "), words: " + lines(inWords).get(i + 1)
                        + " codes: " + lines(inCodes).get(i + 1)).isEqualTo(a.get(i).substring(from));
            }
        }
    }

    private static List<String> lines(Path file) throws java.io.IOException {
        return List.of(new String(Files.readAllBytes(file), file.getParent().endsWith("words") ? GBK : StandardCharsets.UTF_8).split("\n"));
    }

    /** Each row's outcome, funding and findings, or its errors. */
    private static List<String> decided(Programme p, Path input) {
        SheetCheck check = SheetCheck.builder(RULES).programme(p.id()).asOf(AS_OF).language(Language.EN).build();
        try (Stream<Row> rows = check.rows(input)) {
            return rows.map(r -> r.decision().map(StaffWordsTest::summary).orElse("ERROR " + r.errors())).toList();
        }
    }

    private static String summary(Decision d) {
        return d.outcome() + " " + d.funding() + " " + d.findings().stream().map(f -> f.rule() + "=" + f.status() + f.clauses()).toList()
                + " missing " + d.missing();
    }

    private static String quoted(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** The same value written as a code and as staff write it. */
    private static String[] value(FactSpec f, Random random) {
        return switch (f.type()) {
            case DATE -> {
                LocalDate d = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(23_000));
                yield new String[] {d.toString(), random.nextBoolean() ? d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth()
                        : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日"};
            }
            case INTEGER -> {
                Unit unit = f.unit().orElse(Unit.COUNT);
                int n = unit.place() ? 1 + random.nextInt(6) : random.nextInt(unit == Unit.DAYS ? 400 : 40);
                yield new String[] {Integer.toString(n), (unit.place() ? "第" : "") + n + unit.words().get(0)};
            }
            case DECIMAL -> {
                Unit unit = f.unit().orElse(Unit.COUNT);
                BigDecimal n = BigDecimal.valueOf(random.nextInt(300), 1);
                yield new String[] {n.toPlainString(), n.toPlainString() + unit.words().get(0)};
            }
            case YUAN -> {
                int n = random.nextBoolean() ? random.nextInt(100) * 10_000 : random.nextInt(1000) * 1_000;
                yield new String[] {Integer.toString(n), n % 10_000 == 0 && n > 0 ? n / 10_000 + "万元" : String.format("￥%,d", n)};
            }
            case BOOLEAN -> {
                boolean b = random.nextInt(5) > 0;
                yield new String[] {Boolean.toString(b), b ? "是" : "否"};
            }
            case LEVEL, CODE -> f.vocabulary().map(v -> {
                Vocabulary.Value x = pick(v, random, f.name().equals("nationality"));
                return new String[] {x.code(), staff(x)};
            }).orElseGet(() -> {
                String code = f.values().isEmpty() ? "X" + random.nextInt(100) : f.values().get(random.nextInt(f.values().size()));
                return new String[] {code, code};
            });
            case CODES -> f.vocabulary().map(v -> {
                List<String> c = new ArrayList<>();
                List<String> w = new ArrayList<>();
                for (int i = 1 + random.nextInt(3); i > 0; i--) {
                    Vocabulary.Value x = pick(v, random, false);
                    c.add(x.code());
                    w.add(staff(x));
                }
                return new String[] {String.join(";", c), String.join("，", w)};
            }).orElseGet(() -> new String[] {"A1", "A1"});
            case TEXT -> new String[] {"某单位", "某单位"};
            case RECORDS -> throw new IllegalArgumentException(f.name());
        };
    }

    /** A value of the vocabulary; for a nationality, China most often (so that rows pass). */
    private static Vocabulary.Value pick(Vocabulary v, Random random, boolean mostlyChina) {
        if (mostlyChina && random.nextInt(4) > 0) {
            return v.value("CN").orElseThrow();
        }
        return v.values().get(random.nextInt(v.values().size()));
    }

    /** The value's Chinese label, or its first word where GBK cannot write the label. */
    private static String staff(Vocabulary.Value x) {
        CharsetEncoder gbk = GBK.newEncoder();
        if (gbk.canEncode(x.zh())) {
            return x.zh();
        }
        return x.words().stream().filter(gbk::canEncode).findFirst().orElse(x.code());
    }
}
