package io.github.talentrules.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.talentrules.Language;
import io.github.talentrules.sheet.Format;
import io.github.talentrules.sheet.Summary;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One uploaded sheet being checked: where it is (pass, rows done), and when it has ended, its
 * summary and decided sheet, or the problem that stopped it. Thread-safe: the job's thread writes,
 * request threads read.
 */
final class SheetJob {
    enum State { RUNNING, DONE, FAILED }

    final String id;
    final Path folder;
    final String name;
    final Format format;
    final Language language;
    /** True when the rows are also kept as a table for the page ({@code ?rows=true}): one more pass over the sheet. */
    final boolean table;
    final Instant started = Instant.now();
    private final CountDownLatch ended = new CountDownLatch(1);
    private final AtomicLong rowsDone = new AtomicLong();
    private volatile int pass = 1;
    private volatile long rowsTotal = -1;
    private volatile State state = State.RUNNING;
    private volatile Summary summary;
    private volatile Problem problem;
    private volatile Instant endedAt;

    SheetJob(String id, Path folder, String name, Format format, Language language, boolean table) {
        this.id = id;
        this.folder = folder;
        this.name = name;
        this.format = format;
        this.language = language;
        this.table = table;
    }

    int passes() {
        return table ? 2 : 1;
    }

    Path upload() {
        return folder.resolve(name);
    }

    Path result() {
        return folder.resolve("result");
    }

    Path rows() {
        return folder.resolve("rows.json");
    }

    /** The name the decided sheet is downloaded under. */
    String resultName() {
        return "decided-" + name;
    }

    void progress(long rows) {
        rowsDone.set(rows);
    }

    /** The first pass ended with {@code rows} rows: the second now counts up to it. */
    void nextPass(long rows) {
        rowsTotal = rows;
        rowsDone.set(0);
        pass = 2;
    }

    void done(Summary s) {
        summary = s;
        state = State.DONE;
        end();
    }

    void fail(Problem p) {
        problem = p;
        state = State.FAILED;
        end();
    }

    private void end() {
        endedAt = Instant.now();
        ended.countDown();
    }

    State state() {
        return state;
    }

    Summary summary() {
        return summary;
    }

    Problem problem() {
        return problem;
    }

    /** When the job ended, or null while it runs. */
    Instant endedAt() {
        return endedAt;
    }

    /** Waits until the job ends or {@code seconds} pass; true when it has ended. */
    boolean await(long seconds) throws InterruptedException {
        return ended.await(seconds, TimeUnit.SECONDS);
    }

    /** The job as {@code GET /api/sheets/{job}} shows it; the problem's words in {@code requestLanguage}. */
    ObjectNode toJson(Language requestLanguage) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("job", id);
        o.put("state", state.name());
        o.put("name", name);
        o.put("format", format.name().toLowerCase(java.util.Locale.ROOT));
        o.put("language", language.name().toLowerCase(java.util.Locale.ROOT));
        ObjectNode progress = o.putObject("progress").put("pass", pass).put("passes", passes()).put("rowsDone", rowsDone.get());
        if (rowsTotal >= 0) {
            progress.put("rowsTotal", rowsTotal);
        }
        o.put("started", started.toString());
        String self = "/api/sheets/" + id;
        o.put("self", self);
        if (state == State.DONE) {
            o.set("summary", Json.read(summary.toJson()));
            o.put("summaryText", summary.text());
            o.put("result", self + "/result");
            if (table) {
                o.put("rows", self + "/rows");
            }
        } else if (state == State.FAILED) {
            o.set("problem", problem.toJson(requestLanguage, self));
        }
        return o;
    }
}
