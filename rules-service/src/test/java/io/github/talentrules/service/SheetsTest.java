package io.github.talentrules.service;

import static io.github.talentrules.service.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.talentrules.Language;
import io.github.talentrules.sheet.Format;
import io.github.talentrules.sheet.Row;
import io.github.talentrules.sheet.SheetCheck;
import io.github.talentrules.sheet.Summary;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /api/sheets}: a sheet checked as {@code batch} checks it, within its limits, and hostile uploads refused. */
class SheetsTest {
    private static final String XLSX = Sheets.XLSX;
    private static final Path EXAMPLE_XLSX = Served.example("examples/sheets/zhengzhou-intl-training.xlsx");
    private static final Path EXAMPLE_CSV = Served.example("examples/sheets/zhengzhou-intl-training.csv");
    private static Served served;

    @BeforeAll
    static void start() {
        served = new Served();
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    /** Uploads a sheet and waits for its job to end; the job as it ended. */
    private static JsonNode check(Served on, String query, String type, byte[] sheet) {
        Served.Answer a = on.post("/api/sheets" + query, type, sheet);
        assertThat(a.status()).as(a.text()).isEqualTo(202);
        String job = a.json().path("job").asText();
        assertThat(a.headers().firstValue("Location")).hasValue("/api/sheets/" + job);
        JsonNode ended = on.get("/api/sheets/" + job + "?wait=30").json();
        assertThat(ended.path("state").asText()).as(ended.toString()).isNotEqualTo("RUNNING");
        return ended;
    }

    @Test
    void anXlsxSheetIsCheckedAsBatchChecksItAndComesBackAsXlsx() throws Exception {
        JsonNode job = check(served, "?rows=true&name=zhengzhou-intl-training.xlsx", XLSX, Files.readAllBytes(EXAMPLE_XLSX));
        assertThat(job.path("state").asText()).isEqualTo("DONE");
        ByteArrayOutputStream expectedSheet = new ByteArrayOutputStream();
        Summary expected = SheetCheck.builder(Served.RULES).build().check(EXAMPLE_XLSX, expectedSheet, Format.XLSX);
        assertThat(job.path("summaryText").asText()).isEqualTo(expected.text());
        assertThat(job.path("summary")).isEqualTo(Served.JSON.readTree(expected.toJson()));
        assertThat(job.path("progress").path("rowsTotal").asLong()).isEqualTo(expected.rows());

        Served.Answer result = served.get(job.path("result").asText());
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.contentType()).isEqualTo(XLSX);
        assertThat(result.headers().firstValue("X-Sheet-Rows")).hasValue("21");
        assertThat(result.headers().firstValue("X-Sheet-Errors")).hasValue("4");
        assertThat(result.headers().firstValue("Content-Disposition").orElse("")).contains("decided-zhengzhou-intl-training.xlsx");
        assertThat(Arrays.copyOf(result.body(), 2)).isEqualTo(new byte[] {'P', 'K'});

        JsonNode rows = served.get(job.path("rows").asText()).json();
        try (var library = SheetCheck.builder(Served.RULES).build().rows(EXAMPLE_XLSX)) {
            List<Row> expectedRows = library.toList();
            assertThat(rows).hasSize(expectedRows.size());
            for (int i = 0; i < expectedRows.size(); i++) {
                Row r = expectedRows.get(i);
                JsonNode row = rows.get(i);
                assertThat(row.path("row").asLong()).isEqualTo(r.number());
                assertThat(row.path("outcome").asText(null)).as("row " + r.number())
                        .isEqualTo(r.decision().map(d -> d.outcome().name()).orElse(null));
                assertThat(row.path("error").isNull()).isEqualTo(r.errors().isEmpty());
            }
        }
        assertThat(rows.get(0).path("cells").path("姓名").asText()).isEqualTo("张伟");
    }

    @Test
    void aCsvSheetComesBackAsCsvInTheLanguageAsked() {
        JsonNode job = check(served, "?lang=en&name=candidates.csv", "text/csv", bytes(EXAMPLE_CSV));
        Served.Answer result = served.get(job.path("result").asText());
        assertThat(result.contentType()).startsWith("text/csv");
        String text = result.text();
        assertThat(text).startsWith("\uFEFF");
        assertThat(text.lines().findFirst().orElseThrow()).endsWith(String.join(",", SheetCheck.decisionHeaders(Language.EN)));
        assertThat(job.path("summaryText").asText()).startsWith("21 rows: 17 decided, 4 in error");
        assertProblem(served.get(job.path("self").asText() + "/rows"), 404, "not-found");
    }

    @Test
    void wrongRequestsAreProblems() {
        assertProblem(served.post("/api/sheets", "application/pdf", new byte[] {1, 2}), 415, "unsupported-media-type");
        assertThat(assertProblem(served.post("/api/sheets?program=zhengzhou.nope", "text/csv", bytes(EXAMPLE_CSV)), 400, "bad-request")
                .path("field").asText()).isEqualTo("program");
        assertProblem(served.get("/api/sheets/0123456789abcdef0123456789abcdef"), 404, "not-found");
        assertProblem(served.get("/api/sheets/0123456789abcdef0123456789abcdef/result"), 404, "not-found");
        JsonNode job = check(served, "", "text/csv", bytes(EXAMPLE_CSV));
        assertThat(assertProblem(served.get(job.path("self").asText() + "?wait=soon"), 400, "bad-request").path("field").asText())
                .isEqualTo("wait");
    }

    @Test
    void aSheetOverTheRowLimitFailsWith413() {
        try (Served small = new Served(DecisionService.builder(Served.RULES).limits(new Limits(1 << 20, 1 << 20, 5, 1, Duration.ofSeconds(30))))) {
            JsonNode job = check(small, "", "text/csv", bytes(EXAMPLE_CSV));
            assertThat(job.path("state").asText()).isEqualTo("FAILED");
            assertThat(job.path("problem").path("status").asInt()).isEqualTo(413);
            assertProblem(small.get(job.path("result").asText("/api/sheets/" + job.path("job").asText() + "/result")), 413, "too-many-rows");
            assertProblem(small.post("/api/sheets", "text/csv", new byte[2 << 20]), 413, "too-large");
            assertThat(small.get("/health").status()).isEqualTo(200);
        }
    }

    @Test
    void aSheetOverTheTimeFailsWith503() {
        try (Served hasty = new Served(DecisionService.builder(Served.RULES).limits(new Limits(1 << 20, 1 << 20, 1000, 1, Duration.ofMillis(1))))) {
            JsonNode job = check(hasty, "", XLSX, bytes(EXAMPLE_XLSX));
            assertThat(job.path("problem").path("type").asText()).isEqualTo("urn:talent-rules:problem:timeout");
            assertProblem(hasty.get("/api/sheets/" + job.path("job").asText() + "/result"), 503, "timeout");
        }
    }

    @Test
    void oneSheetTooManyAtOnceIs503AndAResultNotReady409() {
        try (Served one = new Served(DecisionService.builder(Served.RULES).limits(new Limits(1 << 20, 64 << 20, 1_000_000, 1, Duration.ofSeconds(300))))) {
            String csv = new String(bytes(EXAMPLE_CSV), StandardCharsets.UTF_8);
            List<String> lines = csv.lines().toList();
            StringBuilder big = new StringBuilder(lines.get(0)).append('\n');
            for (int i = 0; i < 500; i++) {
                lines.subList(1, lines.size()).forEach(l -> big.append(l).append('\n'));
            }
            Served.Answer first = one.post("/api/sheets?rows=true", "text/csv", big.toString().getBytes(StandardCharsets.UTF_8));
            assertThat(first.status()).isEqualTo(202);
            String job = first.json().path("job").asText();
            assertProblem(one.get("/api/sheets/" + job + "/result"), 409, "not-ready");
            Served.Answer second = one.post("/api/sheets", "text/csv", bytes(EXAMPLE_CSV));
            assertProblem(second, 503, "busy");
            assertThat(second.headers().firstValue("Retry-After")).isPresent();
            // Waits as long as the sheet takes (10,000 rows: seconds when idle, minutes on a crowded machine).
            JsonNode ended = one.get("/api/sheets/" + job + "?wait=30").json();
            for (int i = 0; i < 20 && ended.path("state").asText().equals("RUNNING"); i++) {
                ended = one.get("/api/sheets/" + job + "?wait=30").json();
            }
            assertThat(ended.path("state").asText()).isEqualTo("DONE");
            assertThat(ended.path("summary").path("rows").asLong()).isEqualTo(500L * (lines.size() - 1));
            assertThat(check(one, "", "text/csv", bytes(EXAMPLE_CSV)).path("state").asText()).isEqualTo("DONE");
        }
    }

    @Test
    void hostileUploadsAre4xxAndTheServiceGoesOn() throws Exception {
        // A zip bomb: a workbook part of 50 MB of zeros, 50 KB packed.
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 50; i++) {
                zip.write(zeros);
            }
        }
        JsonNode job = check(served, "?name=bomb.xlsx", XLSX, bomb.toByteArray());
        JsonNode p = job.path("problem");
        assertThat(p.path("status").asInt()).isEqualTo(400);
        assertThat(p.path("detail").asText()).contains("疑为压缩炸弹").startsWith("bomb.xlsx");
        assertProblem(served.get("/api/sheets/" + job.path("job").asText() + "/result"), 400, "invalid-sheet");
        // The same job asked in English: the reader's words follow ?lang= (issue 14).
        JsonNode english = served.get("/api/sheets/" + job.path("job").asText() + "?lang=en").json().path("problem");
        assertThat(english.path("detail").asText()).contains("zip bomb").startsWith("bomb.xlsx");

        byte[] workbook = bytes(EXAMPLE_XLSX);
        job = check(served, "", XLSX, Arrays.copyOf(workbook, workbook.length / 2));
        assertThat(job.path("problem").path("status").asInt()).isEqualTo(400);
        assertThat(job.path("problem").path("detail").asText()).doesNotContain(System.getProperty("java.io.tmpdir"));

        byte[] random = new byte[100_000];
        new Random(17).nextBytes(random);
        random[10] = 0;
        assertProblem(served.post("/api/sheets", "text/csv", random), 400, "invalid-sheet");
        assertProblem(served.post("/api/sheets", XLSX, random), 400, "invalid-sheet");
        assertProblem(served.post("/api/sheets", "text/csv", new byte[0]), 400, "invalid-sheet");

        byte[] line = ("项目,出生日期\n" + "a".repeat(17 << 20) + "\n").getBytes(StandardCharsets.UTF_8);
        job = check(served, "?name=long.csv", "text/csv", line);
        assertThat(job.path("problem").path("status").asInt()).as(job.toString()).isEqualTo(400);
        assertThat(job.path("problem").path("detail").asText()).startsWith("long.csv");

        assertThat(served.get("/health").status()).isEqualTo(200);
        assertThat(served.postJson("/api/decide", Served.caseJson("examples/cases/zhengzhou/intl-training.yaml")).status()).isEqualTo(200);
        assertThat(check(served, "", XLSX, workbook).path("state").asText()).isEqualTo("DONE");
    }

    @Test
    void theUploadsOwnNameIsKeptOnlyWhenPlain() {
        assertThat(Sheets.fileName("名单 2024.xlsx", Format.XLSX)).isEqualTo("名单 2024.xlsx");
        assertThat(Sheets.fileName("../../etc/passwd.csv", Format.CSV)).isEqualTo("passwd.csv");
        assertThat(Sheets.fileName("a\"b.csv", Format.CSV)).isEqualTo("sheet.csv");
        assertThat(Sheets.fileName("list.csv", Format.XLSX)).isEqualTo("sheet.xlsx");
        assertThat(Sheets.fileName(null, Format.CSV)).isEqualTo("sheet.csv");
    }

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
