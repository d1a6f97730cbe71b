package io.github.talentrules.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.reader.CsvParseException;
import io.github.talentrules.Language;
import io.github.talentrules.TalentRules;
import io.github.talentrules.sheet.Format;
import io.github.talentrules.sheet.SheetCheck;
import io.github.talentrules.sheet.Summary;
import io.github.talentrules.sheet.UnreadableSheetException;
import io.javalin.http.Context;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sheets of candidates: {@code POST /api/sheets} takes a CSV or XLSX upload and starts a job that
 * checks it with {@link SheetCheck}, as {@code batch} does; {@code GET /api/sheets/{job}} tells its
 * progress and summary, {@code .../result} gives the decided sheet in the upload's format and
 * {@code .../rows} the rows as JSON for the page's table.
 *
 * <p>Bounded: at most {@link Limits#maxSheetJobs()} jobs run at once (one more is refused with 503),
 * each upload within {@link Limits#maxUploadBytes()}, each sheet within {@link Limits#maxRows()} rows
 * and {@link Limits#timeout()}; ended jobs and their files are kept {@link #KEPT} at most.
 */
final class Sheets implements AutoCloseable {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv";
    /** How long an ended job's files are kept for download. */
    static final Duration KEPT = Duration.ofMinutes(30);
    /** The most ended jobs kept at once; the oldest goes first. */
    static final int KEPT_JOBS = 100;
    /** The longest a status request waits for its job to end ({@code ?wait=}). */
    static final int MAX_WAIT_SECONDS = 30;

    private static final Logger LOG = LoggerFactory.getLogger(Sheets.class);
    private static final SecureRandom IDS = new SecureRandom();

    private final TalentRules rules;
    private final Limits limits;
    private final Path work;
    private final Semaphore slots;
    private final ExecutorService pool;
    private final Map<String, SheetJob> jobs = new ConcurrentHashMap<>();

    Sheets(TalentRules rules, Limits limits) throws IOException {
        this.rules = rules;
        this.limits = limits;
        this.work = Files.createTempDirectory("talent-rules-sheets-");
        this.slots = new Semaphore(limits.maxSheetJobs());
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(limits.maxSheetJobs(), r -> {
            Thread t = new Thread(r, "talent-rules-sheet-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** {@code POST /api/sheets}: 202 with the job, or a problem (415, 413, 400, 503). */
    void submit(Context ctx) throws IOException {
        Language language = Requests.language(ctx);
        Format format = switch (Requests.mediaType(ctx)) {
            case CSV -> Format.CSV;
            case XLSX -> Format.XLSX;
            default -> throw Problem.of(Problem.Kind.UNSUPPORTED_MEDIA_TYPE,
                    "请上传 CSV（" + CSV + "）或 XLSX（" + XLSX + "）表格，而不是“" + Requests.mediaType(ctx) + "”",
                    "upload a CSV (" + CSV + ") or XLSX (" + XLSX + ") sheet, not '" + Requests.mediaType(ctx) + "'").at("Content-Type");
        };
        Optional<String> programme = Optional.ofNullable(ctx.queryParam("program")).filter(s -> !s.isBlank());
        Optional<LocalDate> asOf = Requests.date(ctx, "asOf");
        boolean table = "true".equalsIgnoreCase(ctx.queryParam("rows"));
        SheetCheck.Builder check = SheetCheck.builder(rules).language(language);
        try {
            programme.ifPresent(check::programme);
            asOf.ifPresent(check::asOf);
            check.build();
        } catch (IllegalArgumentException e) {
            throw Problem.of(Problem.Kind.BAD_REQUEST, "没有项目“" + programme.orElse("") + "”；GET /api/programmes 列出所有项目",
                    "no programme '" + programme.orElse("") + "'; GET /api/programmes lists them all").at("program");
        }
        evictEnded();
        if (!slots.tryAcquire()) {
            ctx.header("Retry-After", "5");
            throw Problem.of(Problem.Kind.BUSY, "已有 " + limits.maxSheetJobs() + " 张表格正在判定，请稍后再试",
                    limits.maxSheetJobs() + " sheets are being checked already; try again shortly");
        }
        SheetJob job;
        try {
            String id = HexFormat.of().formatHex(randomBytes());
            Path folder = Files.createDirectory(work.resolve(id));
            job = new SheetJob(id, folder, fileName(ctx.queryParam("name"), format), format, language, table);
            receive(ctx, job);
        } catch (IOException | RuntimeException e) {
            slots.release();
            throw e;
        }
        jobs.put(job.id, job);
        pool.execute(() -> run(job, check));
        ctx.status(202).header("Location", "/api/sheets/" + job.id).contentType("application/json; charset=utf-8")
                .result(Json.write(job.toJson(language)));
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[16];
        IDS.nextBytes(b);
        return b;
    }

    /** Writes the upload to the job's folder within the upload limit, and looks at its first bytes. */
    private void receive(Context ctx, SheetJob job) throws IOException {
        try (OutputStream out = Files.newOutputStream(job.upload())) {
            Requests.copyAtMost(ctx, out, limits.maxUploadBytes());
        } catch (Problem | IOException e) {
            delete(job.folder);
            throw e;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(job.upload())) {
            head = in.readNBytes(1 << 16);
        }
        Problem wrong = null;
        if (job.format == Format.XLSX && !(head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4)) {
            wrong = Problem.of(Problem.Kind.INVALID_SHEET, "上传的文件不是 XLSX 工作簿（XLSX 是 zip 文件）",
                    "the upload is not an XLSX workbook (an XLSX file is a zip file)");
        } else if (job.format == Format.CSV && (head.length == 0 || indexOf(head, (byte) 0) >= 0)) {
            wrong = head.length == 0 ? Problem.of(Problem.Kind.INVALID_SHEET, "上传的表格是空的", "the uploaded sheet is empty")
                    : Problem.of(Problem.Kind.INVALID_SHEET, "上传的文件含有二进制数据（NUL 字节），不是 CSV 文本",
                            "the upload holds binary data (NUL bytes): it is not CSV text");
        }
        if (wrong != null) {
            delete(job.folder);
            throw wrong;
        }
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** The upload's own name when it is a plain one for its format, else {@code sheet.csv} or {@code sheet.xlsx}. */
    static String fileName(String asked, Format format) {
        String ext = format == Format.CSV ? ".csv" : ".xlsx";
        if (asked == null) {
            return "sheet" + ext;
        }
        String base = Path.of("x", asked.replace('\\', '/')).getFileName().toString().strip();
        boolean plain = base.length() <= 100 && base.toLowerCase(Locale.ROOT).endsWith(ext)
                && base.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == ' ')
                && !base.startsWith(".");
        return plain ? base : "sheet" + ext;
    }

    /** The job's thread: one pass to JSON lines for the table when asked, one to the decided sheet. */
    private void run(SheetJob job, SheetCheck.Builder check) {
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        check.progress(rows -> {
            job.progress(rows);
            if (rows > limits.maxRows()) {
                throw Problem.of(Problem.Kind.TOO_MANY_ROWS, "表格超过 " + limits.maxRows() + " 行的上限；请拆分后再上传",
                        "the sheet has more than the limit of " + limits.maxRows() + " rows; split it and upload the parts");
            }
            if (System.nanoTime() > deadline) {
                throw Problem.of(Problem.Kind.TIMEOUT, "表格判定超过时限 " + limits.timeout().toSeconds() + " 秒",
                        "checking the sheet took longer than the limit of " + limits.timeout().toSeconds() + " s");
            }
        });
        try {
            SheetCheck sheets = check.build();
            if (job.table) {
                Path lines = job.folder.resolve("rows.jsonl");
                try (OutputStream out = Files.newOutputStream(lines)) {
                    Summary first = sheets.check(job.upload(), out, Format.JSONL);
                    job.nextPass(first.rows());
                }
                table(lines, job.rows());
                Files.delete(lines);
            }
            Summary summary;
            try (OutputStream out = Files.newOutputStream(job.result())) {
                summary = sheets.check(job.upload(), out, job.format);
            }
            job.done(summary);
        } catch (Problem p) {
            job.fail(p);
        } catch (UnreadableSheetException e) {
            // The upload cannot be read as a sheet: its words in both languages, without the job's folder.
            job.fail(Problem.of(Problem.Kind.INVALID_SHEET, e.message(Language.ZH).replace(job.folder + "/", ""),
                    e.message(Language.EN).replace(job.folder + "/", "")));
        } catch (IllegalArgumentException | UncheckedIOException | CsvParseException e) {
            // The upload cannot be read as a sheet (a message the sheet reader did not make, in English).
            // A CSV field over the reader's 16 MB buffer escapes the sheet reader as the CSV library's own exception.
            String why = e.getMessage() == null ? e.toString() : e.getMessage().replace(job.folder + "/", "");
            if (e instanceof CsvParseException && e.getCause() != null) {
                why = job.name + ": " + why + ": " + e.getCause().getMessage().strip();
            }
            // The reader's words are English: a Chinese answer says what failed, not them.
            job.fail(Problem.of(Problem.Kind.INVALID_SHEET, "上传的表格无法读取（?lang=en 的答复给出读取器的原话）", why));
        } catch (OutOfMemoryError e) {
            LOG.warn("sheet job {} ran out of memory", job.id);
            job.fail(Problem.of(Problem.Kind.TOO_LARGE, "表格太大，超出了服务的内存；请拆分后再上传",
                    "the sheet is too large for the service's memory; split it and upload the parts"));
        } catch (IOException | RuntimeException e) {
            LOG.error("sheet job {} failed", job.id, e);
            job.fail(Problem.of(Problem.Kind.INTERNAL, "判定表格时出现内部错误（已记入服务日志）",
                    "an internal error stopped the check (written to the service's log)"));
        } finally {
            slots.release();
            try {
                Files.deleteIfExists(job.upload());
            } catch (IOException e) {
                LOG.warn("cannot delete {}", job.upload(), e);
            }
        }
    }

    /**
     * The JSON lines of a sheet's rows, made small for the page's table: each row's cells, its
     * programme, outcome, funding, summary and error; the findings stay in the decided sheet.
     */
    private static void table(Path lines, Path rows) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(lines, StandardCharsets.UTF_8);
             JsonGenerator out = Json.MAPPER.getFactory().createGenerator(Files.newOutputStream(rows))) {
            out.writeStartArray();
            for (String line; (line = in.readLine()) != null; ) {
                JsonNode row = Json.read(line);
                ObjectNode o = Json.MAPPER.createObjectNode();
                o.set("sheet", row.get("sheet"));
                o.set("row", row.get("row"));
                o.set("cells", row.get("cells"));
                JsonNode d = row.get("decision");
                if (d != null && !d.isNull()) {
                    for (String k : new String[] {"program", "programName", "outcome", "summary", "funding", "missing"}) {
                        if (d.has(k)) {
                            o.set(k, d.get(k));
                        }
                    }
                }
                o.set("error", row.get("error"));
                Json.MAPPER.writeTree(out, o);
            }
            out.writeEndArray();
        }
    }

    /** {@code GET /api/sheets/{job}[?wait=S]}: the job now, or when it ends if that is within S seconds. */
    void status(Context ctx) throws InterruptedException {
        Language language = Requests.language(ctx);
        SheetJob job = job(ctx);
        String wait = ctx.queryParam("wait");
        if (wait != null) {
            long seconds;
            try {
                seconds = Math.max(0, Math.min(MAX_WAIT_SECONDS, Long.parseLong(wait.trim())));
            } catch (NumberFormatException e) {
                throw Problem.of(Problem.Kind.BAD_REQUEST, "wait 须为秒数（0 至 " + MAX_WAIT_SECONDS + "）",
                        "wait is a number of seconds (0 to " + MAX_WAIT_SECONDS + ")").at("wait");
            }
            job.await(seconds);
        }
        ctx.contentType("application/json; charset=utf-8").result(Json.write(job.toJson(language)));
    }

    /** {@code GET /api/sheets/{job}/result}: the decided sheet, in the upload's format. */
    void result(Context ctx) throws IOException {
        SheetJob job = ended(ctx);
        Summary s = job.summary();
        ctx.header("Content-Disposition", "attachment; filename=\"" + job.resultName().replaceAll("[^\\x20-\\x7e]|\"", "_")
                + "\"; filename*=UTF-8''" + URLEncoder.encode(job.resultName(), StandardCharsets.UTF_8).replace("+", "%20"));
        ctx.header("X-Sheet-Rows", Long.toString(s.rows()));
        ctx.header("X-Sheet-Errors", Long.toString(s.errors()));
        ctx.contentType(job.format == Format.CSV ? CSV + "; charset=utf-8" : XLSX);
        ctx.result(Files.newInputStream(job.result()));
    }

    /** {@code GET /api/sheets/{job}/rows}: the rows as JSON, when the job was asked for them. */
    void rows(Context ctx) throws IOException {
        SheetJob job = ended(ctx);
        if (!job.table) {
            throw Problem.of(Problem.Kind.NOT_FOUND, "这张表格上传时未要求逐行结果（rows=true）",
                    "this sheet was uploaded without asking for its rows (rows=true)");
        }
        ctx.contentType("application/json; charset=utf-8").result(Files.newInputStream(job.rows()));
    }

    private SheetJob job(Context ctx) {
        SheetJob job = jobs.get(ctx.pathParam("job"));
        if (job == null) {
            throw Problem.of(Problem.Kind.NOT_FOUND, "没有这项表格任务（任务结束 " + KEPT.toMinutes() + " 分钟后即删除）",
                    "no such sheet job (jobs are removed " + KEPT.toMinutes() + " minutes after they end)").at("job");
        }
        return job;
    }

    /** The job, when it has ended well; its own problem when it failed, 409 while it runs. */
    private SheetJob ended(Context ctx) {
        Requests.language(ctx);
        SheetJob job = job(ctx);
        return switch (job.state()) {
            case DONE -> job;
            case FAILED -> throw job.problem();
            case RUNNING -> throw Problem.of(Problem.Kind.NOT_READY, "表格仍在判定中；GET /api/sheets/" + job.id + "?wait=10 等待其完成",
                    "the sheet is still being checked; GET /api/sheets/" + job.id + "?wait=10 waits for it");
        };
    }

    /** Forgets jobs that ended more than {@link #KEPT} ago, and the oldest beyond {@link #KEPT_JOBS}, with their files. */
    private void evictEnded() {
        Instant old = Instant.now().minus(KEPT);
        var ended = jobs.values().stream().filter(j -> j.endedAt() != null)
                .sorted(Comparator.comparing(SheetJob::endedAt)).toList();
        for (int i = 0; i < ended.size(); i++) {
            SheetJob j = ended.get(i);
            if (j.endedAt().isBefore(old) || ended.size() - i > KEPT_JOBS) {
                jobs.remove(j.id);
                delete(j.folder);
            }
        }
    }

    private static void delete(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("cannot delete {}", folder, e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        delete(work);
    }
}
