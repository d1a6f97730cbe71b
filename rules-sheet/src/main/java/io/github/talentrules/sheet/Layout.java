package io.github.talentrules.sheet;

import io.github.talentrules.Case;
import io.github.talentrules.pack.FactSpec;
import io.github.talentrules.Language;
import io.github.talentrules.internal.RecordName;
import io.github.talentrules.pack.Programme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The columns of one sheet and what each one feeds: the programme, the reference date, a fact or
 * an attestation of the row's programme. Made once per sheet from its header row; immutable but
 * for a cache of the per-programme column plans, so it is shared by the threads deciding rows.
 */
final class Layout {
    private final List<String> headers;
    private final Settings settings;
    private final int programmeColumn;
    private final int asOfColumn;
    /** The programme of rows with no programme cell: the one the sheet is named after, else the one given. */
    private final Optional<String> sheetProgramme;
    private final Map<String, Plan> plans = new ConcurrentHashMap<>();
    /** Two programme or two reference-date columns: an error on every row of the sheet. */
    private final List<String> sheetErrors;
    /** The columns no programme reads, found once (a benign race: each thread finds the same). */
    private volatile List<Integer> unread;

    /**
     * What a row's columns feed for one programme: for each column, the fact or attestation, or a field of
     * one record of a list (numbered columns: 来访专家1·在郑活动时间（天）), or none.
     */
    private record Plan(Programme programme, FactSpec[] specs, boolean[] attestation, RecordColumn[] records, List<String> errors) {
    }

    /** A column that feeds the field {@code field} of record {@code index} (from 0) of the list fact {@code list}. */
    private record RecordColumn(FactSpec list, int index, FactSpec field) {
    }

    /** Between a list's label, the record's number and the field's label: 来访专家1·姓名, experts 1 - name. */
    private static final java.util.regex.Pattern RECORD_HEADER = java.util.regex.Pattern.compile("^(\\d{1,3})[·.\\-_/:]?(.+)$");

    /** A row read into a case, or the problems that keep it from being one. */
    record Parsed(Optional<Case> subject, List<String> errors) {
    }

    Layout(String sheet, List<String> headers, Settings settings) {
        this.headers = List.copyOf(headers);
        this.settings = settings;
        String named = settings.programmeId(sheet);
        this.sheetProgramme = named != null ? Optional.of(named) : settings.programme();
        int p = -1;
        int a = -1;
        List<String> twice = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String n = Headers.normal(headers.get(i));
            String mapped = settings.mapping().columns().get(n);
            if (Headers.PROGRAM.equals(mapped) || mapped == null && Headers.isProgramme(n)) {
                if (p >= 0) {
                    twice.add(twice(p, i, settings.language() == Language.ZH ? "项目" : "the programme"));
                } else {
                    p = i;
                }
            } else if (Headers.AS_OF.equals(mapped) || mapped == null && Headers.isAsOf(n)) {
                if (a >= 0) {
                    twice.add(twice(a, i, settings.language() == Language.ZH ? "基准日" : "the reference date"));
                } else {
                    a = i;
                }
            }
        }
        this.programmeColumn = p;
        this.asOfColumn = a;
        this.sheetErrors = List.copyOf(twice);
    }

    /**
     * Two columns feeding one thing (出生日期 and 出生日期 with a full-width space after it): neither can be
     * read with certainty, so each row they concern is an error naming both, rather than one column
     * read and the other silently dropped.
     */
    private String twice(int first, int second, String what) {
        return settings.language() == Language.ZH
                ? "第" + (first + 1) + "列“" + headers.get(first) + "”和第" + (second + 1) + "列“" + headers.get(second)
                        + "”都对应" + what + "，请只保留一列"
                : "columns " + (first + 1) + " '" + headers.get(first) + "' and " + (second + 1) + " '" + headers.get(second)
                        + "' both give " + what + "; keep one";
    }

    private String twice(int first, int second, RecordColumn r) {
        return twice(first, second, settings.language() == Language.ZH
                ? "“" + r.list().zh() + (r.index() + 1) + "·" + r.field().zh() + "”"
                : "'" + r.list().en() + " " + (r.index() + 1) + " · " + r.field().en() + "'");
    }

    private String twice(int first, int second, FactSpec spec) {
        return twice(first, second, settings.language() == Language.ZH ? "“" + spec.zh() + "”（" + spec.name() + "）"
                : "'" + spec.en() + "' (" + spec.name() + ")");
    }

    List<String> headers() {
        return headers;
    }

    boolean hasProgrammeColumn() {
        return programmeColumn >= 0;
    }

    /** The programme of rows with no programme cell, if the sheet's name or the settings give one. */
    Optional<String> sheetProgramme() {
        return sheetProgramme;
    }

    /** The row's programme cell, or empty. */
    String programmeCell(List<String> cells) {
        return cell(cells, programmeColumn);
    }

    /** The headers no programme of the engine reads, in sheet order: kept in the output, not read. */
    List<String> unread() {
        List<String> out = new ArrayList<>();
        for (int i : unreadColumns()) {
            out.add(headers.get(i) + nearLabel(headers.get(i)));
        }
        return out;
    }

    /**
     * A row's cells under the headers no programme reads (序号, 姓名, 工作单位), by header, in sheet
     * order: who the row is.
     */
    Map<String, String> unreadCells(List<String> cells) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i : unreadColumns()) {
            out.putIfAbsent(headers.get(i), cell(cells, i));
        }
        return out;
    }

    /**
     * Whether a row's cell at {@code column} is read: the programme or reference-date column, or a
     * column some programme reads. A cell there that cannot be read with certainty is the row's error.
     */
    boolean reads(int column) {
        if (column == programmeColumn || column == asOfColumn) {
            return true;
        }
        return column < headers.size() && !headers.get(column).isBlank()
                && !Headers.IGNORE.equals(settings.mapping().columns().get(Headers.normal(headers.get(column))))
                && !unreadColumns().contains(column);
    }

    /** The columns no programme of the engine reads, by index, in sheet order. */
    private List<Integer> unreadColumns() {
        List<Integer> out = unread;
        if (out != null) {
            return out;
        }
        out = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (i == programmeColumn || i == asOfColumn || headers.get(i).isBlank()) {
                continue;
            }
            String n = Headers.normal(headers.get(i));
            if (Headers.IGNORE.equals(settings.mapping().columns().get(n))) {
                continue;
            }
            int column = i;
            boolean read = settings.programmes().values().stream().anyMatch(prog -> target(prog, column).isPresent()
                    || recordTarget(prog, column).isPresent());
            if (!read) {
                out.add(i);
            }
        }
        unread = List.copyOf(out);
        return unread;
    }

    /**
     * For a header no programme reads, the label it was probably meant to be, one character off
     * (最高学历 for 最高学位): a misspelt header would otherwise leave its column silently unread.
     */
    private String nearLabel(String header) {
        String h = Headers.normal(header);
        if (h.length() < 3) {
            return "";
        }
        java.util.Set<String> labels = new java.util.LinkedHashSet<>();
        for (io.github.talentrules.pack.Programme p : settings.programmes().values()) {
            for (var f : p.facts()) {
                labels.add(f.zh());
                labels.add(f.en());
            }
            for (var a : p.attestations()) {
                labels.add(a.zh());
            }
        }
        return io.github.talentrules.internal.Names.closest(h, labels, 1)
                .map(l -> settings.language() == io.github.talentrules.Language.ZH ? "（是否应为“" + l + "”？）" : " (did you mean '" + l + "'?)")
                .orElse("");
    }

    String header(int column) {
        return column < headers.size() && !headers.get(column).isBlank() ? headers.get(column)
                : settings.language() == Language.ZH ? "第" + (column + 1) + "列" : "column " + (column + 1);
    }

    /** The column that feeds {@code field} ({@code facts.birthDate}, {@code attestations.healthy}, {@code asOf}) for a programme. */
    Optional<String> headerOf(String programmeId, String field) {
        if (field.equals("asOf")) {
            return asOfColumn >= 0 ? Optional.of(header(asOfColumn)) : Optional.empty();
        }
        if (field.equals("program")) {
            return programmeColumn >= 0 ? Optional.of(header(programmeColumn)) : Optional.empty();
        }
        Plan plan = plan(programmeId);
        if (plan == null) {
            return Optional.empty();
        }
        String name = field.substring(field.indexOf('.') + 1);
        Optional<RecordName> record = RecordName.parse(name).filter(n -> n.field().isPresent());
        if (record.isPresent()) {
            RecordName n = record.get();
            for (int i = 0; i < plan.records.length; i++) {
                RecordColumn r = plan.records[i];
                if (r != null && r.list().name().equals(n.list()) && r.index() == n.index()
                        && r.field().name().equals(n.field().get())) {
                    return Optional.of(header(i));
                }
            }
            return Optional.empty();
        }
        for (int i = 0; i < plan.specs.length; i++) {
            if (plan.specs[i] != null && plan.specs[i].name().equals(name)) {
                return Optional.of(header(i));
            }
        }
        return Optional.empty();
    }

    /**
     * Reads one row: every problem is listed, each naming its column; a row without problems is a case.
     * A workbook's cells come as the text they show (see {@link XlsxCell}): a date cell whose format
     * shows no day reads 1985年6月 and is refused as a year and month, never as the 1st.
     */
    Parsed parse(List<String> cells, String source) {
        Language lang = settings.language();
        boolean zh = lang == Language.ZH;
        List<String> errors = new ArrayList<>(sheetErrors);
        for (int i = headers.size(); i < cells.size(); i++) {
            if (!cells.get(i).isBlank()) {
                // A stray separator shifts every cell after it: deciding such a row would read the wrong columns.
                errors.add(zh ? "第" + (i + 1) + "列：表头只有 " + headers.size() + " 列，此行多出单元格“" + cells.get(i).strip()
                        + "”（是否多了一个逗号？）" : "column " + (i + 1) + ": the header has " + headers.size()
                        + " columns; this row has more ('" + cells.get(i).strip() + "': a stray comma?)");
                break;
            }
        }
        String programmeId = null;
        String programmeCell = cell(cells, programmeColumn);
        if (!programmeCell.isEmpty()) {
            programmeId = settings.programmeId(programmeCell);
            if (programmeId == null) {
                errors.add(header(programmeColumn) + (zh ? "：没有名为“" + programmeCell + "”的项目"
                        : ": no programme '" + programmeCell + "'") + settings.knownProgrammes(programmeCell));
            }
        } else if (sheetProgramme.isPresent()) {
            programmeId = sheetProgramme.get();
        } else {
            errors.add(programmeColumn >= 0 ? header(programmeColumn) + (zh ? "：为空，应填写项目" : ": is empty; give the programme")
                    : zh ? "项目：表中没有“项目”或“程序”列，也未指定 --program" : "program: the sheet has no 程序/项目/program column and no --program was given");
        }
        LocalDate asOf = null;
        String asOfCell = cell(cells, asOfColumn);
        if (!asOfCell.isEmpty()) {
            try {
                asOf = Cells.date(asOfCell, lang);
            } catch (Cells.Unreadable e) {
                errors.add(header(asOfColumn) + (zh ? "：" : ": ") + e.getMessage());
            }
        } else if (settings.asOf().isPresent()) {
            asOf = settings.asOf().get();
        } else {
            errors.add(asOfColumn >= 0 ? header(asOfColumn) + (zh ? "：为空，应填写基准日" : ": is empty; give the reference date")
                    : zh ? "基准日：表中没有“基准日”列，也未指定 --as-of" : "asOf: the sheet has no 基准日/asOf column and no --as-of was given");
        }
        Plan plan = programmeId == null ? null : plan(programmeId);
        if (plan != null) {
            errors.addAll(plan.errors());
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        Map<String, Boolean> attestations = new LinkedHashMap<>();
        Map<String, java.util.TreeMap<Integer, Map<String, Object>>> records = new LinkedHashMap<>();
        if (plan != null) {
            for (int i = 0; i < plan.specs.length; i++) {
                FactSpec spec = plan.specs[i];
                String text = cell(cells, i);
                RecordColumn r = plan.records[i];
                if (r != null && !text.isEmpty()) {
                    try {
                        records.computeIfAbsent(r.list().name(), k -> new java.util.TreeMap<>())
                                .computeIfAbsent(r.index(), k -> new LinkedHashMap<>())
                                .putIfAbsent(r.field().name(), Cells.value(r.field(), text, settings.mapping().values()
                                        .getOrDefault(r.field().name(), Map.of()), lang));
                    } catch (Cells.Unreadable e) {
                        errors.add(header(i) + (zh ? "：" : ": ") + e.getMessage());
                    }
                    continue;
                }
                if (spec == null || text.isEmpty()) {
                    continue;
                }
                try {
                    if (plan.attestation[i]) {
                        attestations.putIfAbsent(spec.name(), Cells.bool(text, lang));
                    } else {
                        facts.putIfAbsent(spec.name(), Cells.value(spec, text, settings.mapping().values().getOrDefault(spec.name(), Map.of()), lang));
                    }
                } catch (Cells.Unreadable e) {
                    errors.add(header(i) + (zh ? "：" : ": ") + e.getMessage());
                }
            }
        }
        for (var list : records.entrySet()) {
            // The records in their numbered order; a gap would renumber those after it, so it is an error.
            List<Map<String, Object>> each = new ArrayList<>(list.getValue().values());
            if (list.getValue().lastKey() != each.size() - 1) {
                int gap = 0;
                while (list.getValue().containsKey(gap)) {
                    gap++;
                }
                FactSpec spec = plan.programme().fact(list.getKey()).orElseThrow();
                errors.add(zh ? spec.zh() + (gap + 1) + "：各列为空，而其后的" + spec.zh() + "有内容（请按序号连续填写）"
                        : spec.en() + " " + (gap + 1) + ": its columns are empty while a later one is filled (number them without gaps)");
            }
            facts.put(list.getKey(), List.copyOf(each));
        }
        if (!errors.isEmpty() || programmeId == null || asOf == null) {
            return new Parsed(Optional.empty(), errors);
        }
        return new Parsed(Optional.of(new Case(programmeId, asOf, facts, attestations, source)), List.of());
    }

    /**
     * A cell's text, stripped, every kind of space a space ({@link Cells#clean}); without the {@code '}
     * that a decided sheet's formula guard put before {@code = + - @}, a tab, CR or NUL
     * ({@link Output#harmless}), so that a sheet decided before reads back as it was first written.
     */
    private static String cell(List<String> cells, int column) {
        if (column < 0 || column >= cells.size()) {
            return "";
        }
        String s = cells.get(column);
        if (s == null) {
            return "";
        }
        if (s.length() > 1 && s.charAt(0) == '\'' && Output.harmless(s.substring(1)).length() == s.length()) {
            s = s.substring(1);
        }
        return Cells.clean(s);
    }

    private Plan plan(String programmeId) {
        Programme programme = settings.programmes().get(programmeId);
        if (programme == null) {
            return null;
        }
        return plans.computeIfAbsent(programmeId, id -> {
            FactSpec[] specs = new FactSpec[headers.size()];
            boolean[] attestation = new boolean[headers.size()];
            RecordColumn[] records = new RecordColumn[headers.size()];
            List<String> errors = new ArrayList<>();
            Map<Object, Integer> fed = new java.util.HashMap<>();
            for (int i = 0; i < headers.size(); i++) {
                if (i == programmeColumn || i == asOfColumn) {
                    continue;
                }
                int column = i;
                target(programme, i).ifPresent(t -> {
                    specs[column] = t;
                    attestation[column] = programme.attestations().contains(t);
                });
                if (specs[i] == null) {
                    records[i] = recordTarget(programme, i).orElse(null);
                }
                if (specs[i] != null || records[i] != null) {
                    Object key = specs[i] != null ? specs[i].name()
                            : List.of(records[i].list().name(), records[i].index(), records[i].field().name());
                    Integer first = fed.putIfAbsent(key, i);
                    if (first != null) {
                        errors.add(specs[i] != null ? twice(first, i, specs[i]) : twice(first, i, records[i]));
                    }
                }
            }
            return new Plan(programme, specs, attestation, records, List.copyOf(errors));
        });
    }

    /**
     * The field of a record of a list that a column feeds, by its header: the list's name or label, the
     * record's number (from 1), then the field's name or label (来访专家1·在郑活动时间（天）, experts2.activityDays).
     */
    private Optional<RecordColumn> recordTarget(Programme programme, int column) {
        String n = Headers.normal(headers.get(column));
        for (FactSpec list : programme.facts()) {
            if (list.type() != FactSpec.Type.RECORDS) {
                continue;
            }
            for (String label : List.of(list.name(), list.zh(), list.en())) {
                String l = Headers.normal(label);
                if (!n.startsWith(l)) {
                    continue;
                }
                java.util.regex.Matcher m = RECORD_HEADER.matcher(n.substring(l.length()));
                if (!m.matches() || Integer.parseInt(m.group(1)) < 1) {
                    continue;
                }
                for (FactSpec f : list.fields()) {
                    String rest = m.group(2);
                    if (rest.equals(Headers.normal(f.name())) || rest.equals(Headers.normal(f.zh())) || rest.equals(Headers.normal(f.en()))) {
                        return Optional.of(new RecordColumn(list, Integer.parseInt(m.group(1)) - 1, f));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The fact or attestation of {@code programme} that a column feeds: by the mapping file, else by name or label. */
    private Optional<FactSpec> target(Programme programme, int column) {
        String n = Headers.normal(headers.get(column));
        String mapped = settings.mapping().columns().get(n);
        if (mapped != null) {
            return programme.fact(mapped).or(() -> programme.attestation(mapped));
        }
        List<FactSpec> all = new ArrayList<>(programme.facts());
        all.addAll(programme.attestations());
        for (FactSpec f : all) {
            if (n.equals(Headers.normal(f.name())) || n.equals(Headers.normal(f.zh())) || n.equals(Headers.normal(f.en()))) {
                return Optional.of(f);
            }
        }
        String staff = Headers.staffFact(n);
        return staff == null ? Optional.empty() : programme.fact(staff);
    }
}
