package io.github.talentrules.sheet;

import io.github.talentrules.Batch;
import io.github.talentrules.Case;
import io.github.talentrules.Decision;
import io.github.talentrules.Finding;
import io.github.talentrules.Funding;
import io.github.talentrules.InvalidCaseException;
import io.github.talentrules.Language;
import io.github.talentrules.explain.Text;
import io.github.talentrules.explain.Citation;
import io.github.talentrules.explain.Money;
import io.github.talentrules.Outcome;
import io.github.talentrules.pack.Programme;
import io.github.talentrules.pack.RulePack;
import io.github.talentrules.Status;
import io.github.talentrules.TalentRules;
import io.github.talentrules.Tranche;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Checks a sheet of candidates: reads each row into a case, decides it, and writes the sheet back
 * with the decision beside each row, in the order of the input, and a {@link Summary}.
 *
 * <p>Rows are read one at a time and decided on all cores, at most a few hundred at once per core,
 * so memory stays flat however many rows the sheet has. A row that cannot be read or decided gets
 * an error cell naming its column and why; the batch goes on.
 *
 * <p>Rules over a batch ({@code @scope("batch")}: one applicant per company, quotas, targets) need
 * every row of the programmes they read at once. When the engine has such rules, a first pass reads
 * the sheet and keeps only the rows of those programmes ({@link TalentRules#programmesReadAcrossCases}),
 * runs those rules ({@link TalentRules#acrossCases}), and keeps only their findings; the second pass
 * decides every row and joins each row's findings to its decision. Memory in the first pass grows
 * with the rows of those programmes only; a sheet of a programme no batch rule reads skips it.
 *
 * <p>Immutable and thread-safe. No method returns {@code null}.
 */
public final class SheetCheck {
    /** The decision columns after the input's: outcome, amount, cap or range, tranches, failed, review, still needed, reason, error. */
    static final int DECISION_COLUMNS = 9;

    private final Settings settings;
    private final Set<String> batchProgrammes;
    private final LongConsumer progress;
    /** Whether a last column says what would make each row eligible ({@link Builder#suggest}). */
    private final boolean suggest;

    private SheetCheck(Settings settings, LongConsumer progress, boolean suggest) {
        this.settings = settings;
        this.progress = progress;
        this.suggest = suggest;
        this.batchProgrammes = settings.rules().programmesReadAcrossCases();
    }

    /** Starts a check over the packs of {@code rules}. */
    public static Builder builder(TalentRules rules) {
        return new Builder(rules);
    }

    /** The headers of the decision columns, in {@code language}, as they follow the input's columns. */
    public static List<String> decisionHeaders(Language language) {
        return language == Language.ZH
                ? List.of("结论", "资助金额（元）", "资助上限或范围", "分期拨付", "不符合条款", "需审核条款", "待补充", "说明", "错误")
                : List.of("outcome", "amount (yuan)", "cap or range", "tranches", "failed articles", "review articles",
                        "still needed", "reason", "error");
    }

    /**
     * Checks {@code input} (.csv or .xlsx) and writes the decided sheet to {@code output}, in the
     * format the builder chose or else the one its name implies. The input is opened and read first;
     * the output is replaced only when the whole sheet is written ({@link OutputFile}), so an input
     * that is refused, a full disk or a killed process leaves an existing output as it was.
     *
     * @throws IllegalArgumentException when the input cannot be read as a sheet or a format is unknown
     * @throws UncheckedIOException when a file cannot be read or written
     */
    public Summary check(Path input, Path output) {
        Format format = settings.format().orElseGet(() -> Format.of(output));
        try {
            if (Files.exists(output) && Files.isSameFile(input, output)) {
                throw new UnreadableSheetException(output.toString(), new Text("会覆盖输入的表格；请把判定后的表格写到另一个文件",
                        "would overwrite the input; write the decided sheet to another file"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The input is opened and read (its first pass too) before anything is written; the output is
        // replaced only when every row is written (OutputFile).
        Format inputFormat = Format.of(input);
        Sheets sheets = scan(input, inputFormat);
        Across across = across(input, inputFormat, sheets);
        Sheets.Relabelled in = open(input, inputFormat, sheets);
        Summary[] summary = new Summary[1];
        try (in) {
            OutputFile.write(output, out -> summary[0] = check(input, in, across, out, format));
        } catch (IOException e) {
            throw new UncheckedIOException(input + ": " + e.getMessage(), e);
        }
        return summary[0];
    }

    /**
     * Writes a workbook (.xlsx) to fill in for one programme, in the builder's language: a header row
     * (姓名, 项目, 基准日, then every fact and attestation of the programme by its label, and two numbered
     * column groups for a list of records), one sample row, and a dropdown list on every code, level
     * and yes/no column, with the words the pack declares for it. The sample's reference date is the
     * builder's {@code asOf}, else today, within the document's in-force dates. {@link #check} reads
     * the workbook back as it stands.
     *
     * @throws IllegalArgumentException when no pack has the programme; the message lists the near names
     * @throws UncheckedIOException naming {@code output} when it cannot be written (an existing file is replaced whole)
     */
    public void template(String programmeId, Path output) {
        Programme programme = settings.rules().programme(programmeId);
        io.github.talentrules.pack.Document document = settings.rules().packs().stream()
                .flatMap(p -> p.documents().stream()).filter(d -> d.id().equals(programme.document())).findFirst().orElseThrow();
        List<Template.Column> columns = Template.columns(programme, document, settings.language(),
                settings.asOf().orElseGet(LocalDate::now));
        OutputFile.write(output, out -> Template.write(columns, settings.language(), out));
    }

    /**
     * Checks {@code input} (.csv or .xlsx) and writes the decided sheet to {@code output} in
     * {@code format}. The stream is flushed, not closed.
     */
    public Summary check(Path input, OutputStream output, Format format) {
        Format inputFormat = Format.of(input);
        Sheets sheets = scan(input, inputFormat);
        Across across = across(input, inputFormat, sheets);
        try (Sheets.Relabelled in = open(input, inputFormat, sheets)) {
            return check(input, in, across, output, format);
        } catch (IOException e) {
            throw new UncheckedIOException(input + ": " + e.getMessage(), e);
        }
    }

    private Summary check(Path input, Sheets.Relabelled in, Across across, OutputStream output, Format format) throws IOException {
        Tally tally = new Tally();
        List<String> notes = new ArrayList<>(in.sheets().notes());
        Set<String> unread = new LinkedHashSet<>();
        OutputStream kept = new FilterOutputStream(output) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        try (Output out = Output.open(kept, format);
             Ordered<Decided> decided = new Ordered<>(tasks(in, input, across, format == Format.JSONL), settings.threads())) {
            long done = 0;
            while (decided.hasNext()) {
                Decided d = decided.next();
                if (d.line.hidden()) {
                    if (d.header) {
                        if (in.sheets().shownNotRead(d.line.sheet())) {
                            out.keptSheet(d.line.sheet(), d.out);
                        } else {
                            out.sheet(d.line.sheet(), d.out, true);
                        }
                    } else {
                        out.copy(d.out, d.typed);
                    }
                    continue;
                }
                if (d.header) {
                    out.sheet(d.line.sheet(), d.above, d.out, false);
                    unread.addAll(d.layout.unread());
                    continue;
                }
                out.row(d.line.sheet(), d.line.number(), header(d.layout, d.out.size()), d.out, d.typed, d.json);
                if (d.skipped != null) {
                    notes.add((Format.of(input) == Format.CSV ? "" : d.line.sheet() + " ") + d.skipped);
                    continue;
                }
                tally.add(d);
                progress.accept(++done);
            }
        }
        return tally.summary(across, new ArrayList<>(unread), notes, settings.language());
    }

    /**
     * The rows of {@code input}, decided, in input order, as they are decided: a stream to close
     * (try-with-resources), which reads the sheet lazily and decides on all cores.
     */
    public Stream<Row> rows(Path input) {
        Format inputFormat = Format.of(input);
        Sheets sheets = scan(input, inputFormat);
        Across across = across(input, inputFormat, sheets);
        Sheets.Relabelled in = open(input, inputFormat, sheets);
        Ordered<Decided> decided = new Ordered<>(tasks(in, input, across, false), settings.threads());
        Iterator<Row> rows = new Iterator<>() {
            private Decided next;

            @Override
            public boolean hasNext() {
                while (next == null && decided.hasNext()) {
                    Decided d = decided.next();
                    if (!d.header && !d.line.hidden() && d.skipped == null) {
                        next = d;
                    }
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                Decided d = next;
                next = null;
                return new Row(d.line.sheet(), d.line.number(), d.line.cells(), d.decision, d.errors, d.layout.unreadCells(d.line.cells()));
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    decided.close();
                    try {
                        in.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /**
     * Decides cases as they come, on all cores, giving rows back in the same order: a case that is
     * invalid gives a row with its error instead of ending the stream. Cases are decided each on
     * its own: for the rules over a batch, use {@link TalentRules#decideAll}.
     */
    public Stream<Row> decide(Stream<Case> cases) {
        Iterator<Case> source = cases.iterator();
        Iterator<Supplier<Row>> tasks = new Iterator<>() {
            private long number;

            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public Supplier<Row> next() {
                Case c = source.next();
                long n = ++number;
                return () -> {
                    try {
                        return new Row("", n, List.of(), Optional.of(settings.rules().decide(c)), List.of());
                    } catch (InvalidCaseException e) {
                        return new Row("", n, List.of(), Optional.empty(), List.of(e.getMessage()));
                    }
                };
            }
        };
        Ordered<Row> rows = new Ordered<>(tasks, settings.threads());
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    rows.close();
                    cases.close();
                });
    }

    /** Which sheets of the input are read, and the header row of each: a first look at each sheet's first rows. */
    private Sheets scan(Path input, Format format) {
        try {
            return Sheets.scan(Input.open(input, format, settings.encoding()), input.toString(), settings, format == Format.CSV);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UnreadableSheetException(input.toString(), new Text("找不到该文件", "no such file"), e);
        } catch (IOException e) {
            throw new UnreadableSheetException(input.toString(), new Text("无法读取（" + e.getMessage() + "）",
                    "cannot be read (" + e.getMessage() + ")"), e);
        }
    }

    /** The input, read as {@code sheets} found it. */
    private Sheets.Relabelled open(Path input, Format format, Sheets sheets) {
        try {
            return sheets.relabel(Input.open(input, format, settings.encoding()));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UnreadableSheetException(input.toString(), new Text("找不到该文件", "no such file"), e);
        } catch (IOException e) {
            throw new UnreadableSheetException(input.toString(), new Text("无法读取（" + e.getMessage() + "）",
                    "cannot be read (" + e.getMessage() + ")"), e);
        }
    }

    /** The input's headers, one for each input cell of a row of {@code size} cells. */
    private List<String> header(Layout layout, int size) {
        int inputs = size - DECISION_COLUMNS - (suggest ? 1 : 0);
        if (layout.headers().size() == inputs) {
            return layout.headers();
        }
        List<String> h = new ArrayList<>(layout.headers());
        while (h.size() < inputs) {
            h.add("");
        }
        return h;
    }

    /** Drops the old decision cells of a sheet this check wrote, line by line: its header sets how many cells are the input's. */
    private static final class OldDecisions {
        private int columns = Integer.MAX_VALUE;

        Input.Line drop(Input.Line line) {
            if (line.header()) {
                int inputs = inputColumns(line.cells());
                columns = inputs < line.cells().size() ? inputs : Integer.MAX_VALUE;
                return line.first(inputs);
            }
            return line.first(columns);
        }
    }

    /** One line read and, for a row, decided: the cells to write. */
    private record Decided(Input.Line line, Layout layout, boolean header, List<String> out, List<Input.Typed> typed,
                           Optional<Decision> decision, List<String> errors, String json, List<List<String>> above, String skipped) {
        Decided(Input.Line line, Layout layout, boolean header, List<String> out, List<Input.Typed> typed,
                Optional<Decision> decision, List<String> errors, String json) {
            this(line, layout, header, out, typed, decision, errors, json, List.of(), null);
        }
    }

    /**
     * How many of a header's columns are the input's: all of them, but for a sheet this check wrote
     * (its header ends with the decision columns, in either language, and perhaps 如何符合条件), whose old
     * decision columns are dropped and written anew rather than added a second time.
     */
    private static int inputColumns(List<String> header) {
        for (Language lang : Language.values()) {
            List<String> decision = decisionHeaders(lang);
            List<String> suggested = new ArrayList<>(decision);
            suggested.add(SUGGESTIONS.in(lang));
            for (List<String> columns : List.of(decision, suggested)) {
                int from = header.size() - columns.size();
                if (from >= 0 && Headers.normalAll(header.subList(from, header.size())).equals(Headers.normalAll(columns))) {
                    return from;
                }
            }
        }
        return header.size();
    }

    /** Reads the input line by line on the calling thread; each row becomes a task deciding it on the pool. */
    private Iterator<Supplier<Decided>> tasks(Sheets.Relabelled in, Path input, Across across, boolean json) {
        return new Iterator<>() {
            private Input.Line line;
            private Layout layout;
            private final OldDecisions old = new OldDecisions();
            private boolean ended;

            @Override
            public boolean hasNext() {
                if (line == null && !ended) {
                    try {
                        line = in.next();
                    } catch (IOException e) {
                        throw new UncheckedIOException(input + ": " + e.getMessage(), e);
                    }
                    ended = line == null;
                }
                return line != null;
            }

            @Override
            public Supplier<Decided> next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                Input.Line read = line;
                line = null;
                if (read.hidden()) {
                    Decided d = new Decided(read, null, read.header(), read.cells(), read.typed(), Optional.empty(), List.of(), null);
                    return () -> d;
                }
                Input.Line l = old.drop(read);
                if (l.header()) {
                    layout = new Layout(l.sheet(), l.cells(), settings);
                    List<String> out = new ArrayList<>(l.cells());
                    out.addAll(decisionHeaders(settings.language()));
                    if (suggest) {
                        out.add(SUGGESTIONS.in(settings.language()));
                    }
                    List<List<String>> above = in.above().stream().map(Input.Line::cells).toList();
                    Decided d = new Decided(l, layout, true, out, List.of(), Optional.empty(), List.of(), null, above, null);
                    return () -> d;
                }
                if (Template.isSample(l.cells())) {
                    Decided d = sample(layout, l);
                    return () -> d;
                }
                Layout at = layout;
                List<Finding> more = across.onRow(l);
                return () -> decideRow(at, l, input, more, json);
            }
        };
    }

    /**
     * The template's sample row (示例（请替换或删除此行）), left in a filled sheet: its values only show what a
     * column takes, so it is neither decided nor counted; its reason cell, and the summary, say so.
     */
    private Decided sample(Layout layout, Input.Line line) {
        boolean zh = settings.language() == Language.ZH;
        String note = zh ? "第" + line.number() + "行是模板的示例行（“" + Template.SAMPLE.zh() + "”），已跳过：未判定，不计入合计"
                : "row " + line.number() + " is the template's sample row ('" + Template.SAMPLE.en() + "'), skipped: not decided, not counted";
        List<String> out = new ArrayList<>(layout.headers().size() + DECISION_COLUMNS + 1);
        out.addAll(line.cells().size() > layout.headers().size() ? line.cells().subList(0, layout.headers().size()) : line.cells());
        while (out.size() < layout.headers().size()) {
            out.add("");
        }
        for (int i = 0; i < DECISION_COLUMNS; i++) {
            out.add(i == DECISION_COLUMNS - 2 ? note : "");
        }
        if (suggest) {
            out.add("");
        }
        List<Input.Typed> typed = new ArrayList<>(java.util.Collections.nCopies(out.size(), (Input.Typed) null));
        for (int i = 0; i < Math.min(layout.headers().size(), line.typed().size()); i++) {
            typed.set(i, line.typed().get(i));
        }
        return new Decided(line, layout, false, out, Collections.unmodifiableList(typed), Optional.empty(), List.of(), null, List.of(), note);
    }

    private Decided decideRow(Layout layout, Input.Line line, Path input, List<Finding> more, boolean json) {
        Language lang = settings.language();
        String source = source(input, line);
        Layout.Parsed parsed = parse(layout, line, source);
        List<String> errors = new ArrayList<>(parsed.errors());
        Decision decision = null;
        if (parsed.subject().isPresent()) {
            Case c = parsed.subject().get();
            try {
                decision = settings.rules().decide(c, more);
            } catch (InvalidCaseException e) {
                String column = layout.headerOf(c.programme(), e.field()).orElse(e.field());
                errors.add((column.isEmpty() ? "" : column + (lang == Language.ZH ? "：" : ": ")) + e.reason(lang));
            } catch (RuntimeException e) {
                // A fault of the engine, not of the row: no Java in the cell (the decided sheet goes to staff).
                errors.add(lang == Language.ZH ? "内部错误：此行未能判定，请报告" : "internal error: this row could not be decided; please report it");
            }
        }
        // The input's cells under their headers; cells past the last header are in the error, not the output.
        List<String> out = new ArrayList<>(layout.headers().size() + DECISION_COLUMNS);
        out.addAll(line.cells().size() > layout.headers().size() ? line.cells().subList(0, layout.headers().size()) : line.cells());
        while (out.size() < layout.headers().size()) {
            out.add("");
        }
        if (decision != null) {
            out.addAll(columns(decision, layout, lang));
        } else {
            for (int i = 0; i < DECISION_COLUMNS - 1; i++) {
                out.add("");
            }
        }
        out.add(String.join(lang == Language.ZH ? "；" : "; ", errors));
        if (suggest) {
            out.add(decision == null || decision.outcome() == io.github.talentrules.Outcome.ELIGIBLE ? "" : suggestions(parsed.subject().get(), lang));
        }
        // The input's numbers, dates and booleans stay such in a workbook, and so does an exact amount.
        int inputs = layout.headers().size();
        List<Input.Typed> typed = new ArrayList<>(java.util.Collections.nCopies(out.size(), (Input.Typed) null));
        for (int i = 0; i < Math.min(inputs, line.typed().size()); i++) {
            typed.set(i, line.typed().get(i));
        }
        String amount = out.get(inputs + 1);
        if (!amount.isEmpty() && amount.chars().allMatch(c -> c >= '0' && c <= '9' || c == '.')) {
            typed.set(inputs + 1, new Input.Typed(new BigDecimal(amount), null));
        }
        return new Decided(line, layout, false, out, java.util.Collections.unmodifiableList(typed), Optional.ofNullable(decision),
                errors, json && decision != null ? decision.toJson(lang) : null);
    }

    /**
     * Reads a row into a case: a cell the input could not read with certainty (an XLSX formula never
     * computed, a number format that scales the number) is an error naming it, in a column that is read;
     * such a cell is not read as blank, and the row is not decided.
     */
    private Layout.Parsed parse(Layout layout, Input.Line line, String source) {
        if (line.problems().isEmpty()) {
            return layout.parse(line.cells(), source);
        }
        List<String> cells = new ArrayList<>(line.cells());
        List<String> problems = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        boolean zh = settings.language() == Language.ZH;
        for (int i = 0; i < cells.size(); i++) {
            Text why = line.problem(i);
            if (why != null && layout.reads(i)) {
                cells.set(i, "");
                columns.add(layout.header(i) + (zh ? "：" : ": "));
                problems.add(columns.get(columns.size() - 1) + why.in(settings.language()));
            }
        }
        Layout.Parsed parsed = layout.parse(cells, source);
        if (problems.isEmpty()) {
            return parsed;
        }
        // Not also "项目：为空" for a programme cell that is not blank but cannot be read.
        parsed.errors().stream().filter(e -> columns.stream().noneMatch(e::startsWith)).forEach(problems::add);
        return new Layout.Parsed(Optional.empty(), problems);
    }

    /** The header of the column {@code --suggest} adds after the error. */
    private static final io.github.talentrules.explain.Text SUGGESTIONS = io.github.talentrules.explain.Text.of("如何符合条件", "to qualify");

    /** What would make the row's case eligible: each suggestion that changes, or cannot change, a value the row gives. */
    private String suggestions(Case c, Language lang) {
        return String.join(lang == Language.ZH ? "；" : "; ", settings.rules().suggest(c).suggestions().stream()
                .filter(io.github.talentrules.find.Suggestion::changesAGivenValue).map(s -> s.text(lang)).toList());
    }

    private static String source(Path input, Input.Line line) {
        String file = input.getFileName().toString();
        return file.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? file + ":" + line.number()
                : file + "[" + line.sheet() + "]:" + line.number();
    }

    /** The decision columns but the error: see {@link #decisionHeaders}. */
    private List<String> columns(Decision d, Layout layout, Language lang) {
        boolean zh = lang == Language.ZH;
        String amount = "";
        String limit = "";
        String tranches = "";
        if (d.funding().isPresent()) {
            Funding f = d.funding().get();
            String per = Money.per(f.unit(), lang);
            amount = f.payable().map(a -> Money.plain(a) + per).orElse("");
            if (f.cap().isPresent()) {
                limit = (zh ? "最高" : "up to ") + Money.plain(f.cap().get()) + per;
            } else if (f.min().isPresent()) {
                limit = Money.plain(f.min().get()) + "–" + Money.plain(f.max().get()) + per;
            } else if (f.amount().isEmpty() && f.unspecified()) {
                limit = zh ? "文件未规定金额" : "amount not stated";
            }
            List<String> parts = new ArrayList<>();
            for (Tranche t : f.tranches()) {
                parts.add(t.sequence() + (zh ? "）" : ") ") + Money.plain(t.amount()) + (zh ? "元 " : " yuan ") + t.when(lang)
                        + (zh ? "（" + t.state().label(lang) + "）" : " (" + t.state().label(lang) + ")"));
            }
            tranches = String.join(zh ? "；" : "; ", parts);
        }
        String separator = zh ? "、" : "; ";
        List<String> missing = new ArrayList<>();
        for (String m : d.missing()) {
            missing.add(label(d.programme(), m, layout, lang));
        }
        return List.of(d.outcome().label(lang), amount, limit, tranches, articles(d.failedArticles(), separator, lang),
                articles(d.reviewArticles(), separator, lang), String.join(zh ? "、" : ", ", missing), d.summary(lang));
    }

    /** Citations in the run's language (art. 9(2) in English). */
    private static String articles(List<String> citations, String separator, Language lang) {
        List<String> out = new ArrayList<>(citations.size());
        for (String c : citations) {
            out.add(Citation.of(c, lang));
        }
        return String.join(separator, out);
    }

    /** A missing field by the sheet's header for it, else the fact's label. */
    private static String label(Programme p, String field, Layout layout, Language lang) {
        Optional<String> header = layout.headerOf(p.id(), field);
        if (header.isPresent()) {
            return header.get();
        }
        String name = field.substring(field.indexOf('.') + 1);
        return p.fact(name).or(() -> p.attestation(name)).map(f -> f.label(lang)).orElse(field);
    }

    /** A row of a sheet: its sheet and number. */
    private static String key(Input.Line line) {
        return line.sheet() + '\u0000' + line.number();
    }

    /** The findings of the rules over the sheet: on rows, by sheet and row number, and over the sheet. */
    private static final class Across {
        static final Across NONE = new Across(Map.of(), List.of(), List.of());
        private final Map<String, List<Finding>> onRows;
        private final List<String> findings;
        private final List<String> rows;

        Across(Map<String, List<Finding>> onRows, List<String> findings, List<String> rows) {
            this.onRows = onRows;
            this.findings = findings;
            this.rows = rows;
        }

        List<Finding> onRow(Input.Line line) {
            return onRows.isEmpty() ? List.of() : onRows.getOrDefault(key(line), List.of());
        }
    }

    /**
     * The first pass: only when the engine has rules over a batch. Reads the sheet, keeps the cases
     * of the programmes those rules read (a sheet of one programme they do not read is skipped at its
     * header), runs those rules, and keeps their findings.
     */
    private Across across(Path input, Format format, Sheets sheets) {
        if (batchProgrammes.isEmpty()) {
            return Across.NONE;
        }
        List<Case> cases = new ArrayList<>();
        List<String> ordinals = new ArrayList<>();
        Map<String, String> where = new LinkedHashMap<>();
        try (Input in = open(input, format, sheets)) {
            Layout layout = null;
            OldDecisions old = new OldDecisions();
            for (Input.Line line = in.next(); line != null; line = in.next()) {
                if (line.hidden()) {
                    in.skipSheet();
                    continue;
                }
                line = old.drop(line);
                if (line.header()) {
                    layout = new Layout(line.sheet(), line.cells(), settings);
                    if (!layout.hasProgrammeColumn() && layout.sheetProgramme().map(p -> !batchProgrammes.contains(p)).orElse(true)) {
                        in.skipSheet(); // every row of this sheet is of a programme no batch rule reads
                    }
                    continue;
                }
                String cell = layout.programmeCell(line.cells());
                String id = cell.isEmpty() ? layout.sheetProgramme().orElse(null) : settings.programmeId(cell);
                if (id == null || !batchProgrammes.contains(id)) {
                    continue;
                }
                if (Template.isSample(line.cells())) {
                    continue;
                }
                Layout.Parsed parsed = parse(layout, line, source(input, line));
                if (parsed.subject().isPresent()) {
                    String at = key(line);
                    cases.add(parsed.subject().get());
                    ordinals.add(at);
                    where.put(at, (format == Format.CSV ? "" : line.sheet() + " ") + (settings.language() == Language.ZH
                            ? "第" + line.number() + "行" : "row " + line.number()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(input + ": " + e.getMessage(), e);
        }
        if (cases.isEmpty()) {
            return Across.NONE;
        }
        Map<String, List<Finding>> onRows = new HashMap<>();
        // A row the engine rejects is left out of the rules over the batch; it gets its error in the second pass.
        Batch batch = settings.rules().acrossCases(cases, (i, f) -> onRows.computeIfAbsent(ordinals.get(i), k -> new ArrayList<>()).add(f));
        Language lang = settings.language();
        List<String> findings = batch.explainFindings(lang).lines().toList();
        List<String> rows = new ArrayList<>();
        where.forEach((at, place) -> {
            for (Finding f : onRows.getOrDefault(at, List.of())) {
                if (f.status() != Status.PASS) {
                    rows.add(place + (lang == Language.ZH ? "：[" : ": [") + f.status().label(lang) + "] " + f.rule()
                            + (lang == Language.ZH ? "（" + f.article() + "）" : " (" + f.article() + ")"));
                }
            }
        });
        return new Across(onRows, findings, rows);
    }

    /** Counts as rows are written. */
    private static final class Tally {
        long rows;
        long errors;
        final Map<String, Map<Outcome, Long>> outcomes = new LinkedHashMap<>();
        BigDecimal eligible = BigDecimal.ZERO;
        BigDecimal review = BigDecimal.ZERO;
        long notSummed;

        void add(Decided d) {
            rows++;
            if (!d.errors.isEmpty() || d.decision.isEmpty()) {
                errors++;
                return;
            }
            Decision decision = d.decision.get();
            outcomes.computeIfAbsent(decision.programme().id(), k -> new EnumMap<>(Outcome.class))
                    .merge(decision.outcome(), 1L, Long::sum);
            if (decision.outcome() == Outcome.INELIGIBLE || decision.funding().isEmpty()) {
                return;
            }
            Optional<BigDecimal> counted = Money.counted(decision);
            if (counted.isPresent()) {
                if (decision.outcome() == Outcome.ELIGIBLE) {
                    eligible = eligible.add(counted.get());
                } else {
                    review = review.add(counted.get());
                }
            } else {
                notSummed++;
            }
        }

        Summary summary(Across across, List<String> unread, List<String> notes, Language lang) {
            return new Summary(rows, errors, outcomes, eligible, review, notSummed, across.findings, across.rows, unread, notes, lang);
        }
    }

    /** Builds a {@link SheetCheck}. Not thread-safe. */
    public static final class Builder {
        private final TalentRules rules;
        private String programme;
        private LocalDate asOf;
        private Mapping mapping = Mapping.NONE;
        private Language language = Language.ZH;
        private Charset encoding;
        private Format format;
        private int threads = Runtime.getRuntime().availableProcessors();
        private LongConsumer progress = n -> { };
        private boolean suggest;
        private final List<String> sheets = new ArrayList<>();

        private Builder(TalentRules rules) {
            this.rules = Objects.requireNonNull(rules, "rules");
        }

        /**
         * The programme of every row without a programme column (程序, 项目, program) or with that
         * cell blank, on a sheet not named after a programme (a workbook may hold one sheet per
         * programme, each named by the programme's id or Chinese or English name).
         */
        public Builder programme(String id) {
            this.programme = id;
            return this;
        }

        /**
         * Reads only the sheet of this name (call again for several), hidden or not, instead of every
         * visible sheet whose header names known fields; a CSV's one sheet is named after the file
         * without {@code .csv}. A name no sheet has is refused by {@link #check}, naming the sheets there are.
         */
        public Builder sheet(String name) {
            this.sheets.add(Objects.requireNonNull(name, "name"));
            return this;
        }

        /** The reference date of every row without a 基准日 (asOf) cell. */
        public Builder asOf(LocalDate date) {
            this.asOf = date;
            return this;
        }

        /**
         * A mapping file (YAML) for a sheet whose headers differ from the packs' labels: see
         * {@code docs/batch.md}. Its {@code program} and {@code asOf}, if any, apply unless set here.
         *
         * @throws InvalidCaseException naming the file and the field when it cannot be read
         */
        public Builder mapping(Path file) {
            this.mapping = Mapping.read(file);
            return this;
        }

        /** The language of the decision columns, the reasons and the errors (default Chinese). */
        public Builder language(Language language) {
            this.language = Objects.requireNonNull(language, "language");
            return this;
        }

        /** The encoding of a CSV input; by default UTF-8 when it has a BOM or decodes as UTF-8, else GB18030 (GBK). */
        public Builder encoding(Charset charset) {
            this.encoding = charset;
            return this;
        }

        /** The output format; by default the one the output file's name implies. */
        public Builder format(Format format) {
            this.format = format;
            return this;
        }

        /** How many threads decide rows (default: one per core). */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, not " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * Adds a last column, 如何符合条件 (to qualify), to say for each row that is not eligible the smallest
         * change that would turn each failing or review finding, each confirmed by deciding the changed
         * row again ({@code TalentRules.suggest}); off by default.
         */
        public Builder suggest(boolean on) {
            this.suggest = on;
            return this;
        }

        /** Told the number of rows written so far, after each row, on the thread that runs the check. */
        public Builder progress(LongConsumer rowsDone) {
            this.progress = Objects.requireNonNull(rowsDone, "rowsDone");
            return this;
        }

        /** @throws IllegalArgumentException when the programme is unknown, or the mapping names a fact no programme has */
        public SheetCheck build() {
            Map<String, Programme> programmes = new LinkedHashMap<>();
            for (RulePack p : rules.packs()) {
                p.programmes().forEach(x -> programmes.put(x.id(), x));
            }
            String prog = programme != null ? programme : mapping.programme().orElse(null);
            if (prog != null) {
                rules.programme(prog);
            }
            for (var e : mapping.columns().entrySet()) {
                String target = e.getValue();
                if (target.equals(Headers.IGNORE) || target.equals(Headers.PROGRAM) || target.equals(Headers.AS_OF)) {
                    continue;
                }
                boolean known = programmes.values().stream().anyMatch(p -> p.fact(target).isPresent() || p.attestation(target).isPresent());
                if (!known) {
                    throw new UnreadableSheetException("mapping", io.github.talentrules.explain.Text.of(
                            "列“" + e.getKey() + "”映射到“" + target + "”，它不是任何项目的事实或审核人认定（也不是 program、asOf、ignore）",
                            "column '" + e.getKey() + "' is mapped to '" + target
                            + "', which is no fact or attestation of any programme (nor program, asOf, ignore)"));
                }
            }
            Settings s = new Settings(rules, Collections.unmodifiableMap(programmes), Settings.names(programmes),
                    Settings.texts(programmes), Optional.ofNullable(prog),
                    Optional.ofNullable(asOf != null ? asOf : mapping.asOf().orElse(null)), mapping, language,
                    Optional.ofNullable(encoding), Optional.ofNullable(format), threads, List.copyOf(sheets));
            return new SheetCheck(s, progress, suggest);
        }
    }
}
