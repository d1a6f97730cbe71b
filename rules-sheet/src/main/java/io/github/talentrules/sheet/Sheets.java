package io.github.talentrules.sheet;

import io.github.talentrules.Language;
import io.github.talentrules.explain.Text;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which sheets of an input are read, and which row of each is its header: found by a first look at
 * the first {@link #ROWS} rows of every sheet, before anything is decided.
 *
 * <p>A sheet's header is the one row among its first rows whose cells name known fields (the programme,
 * the reference date, a fact or attestation, a header of the mapping file): the rows above it (a title
 * such as 2025年郑州市国际化培训申报汇总表, a blank row) are kept in the output but not read. Two such rows
 * (a Chinese header and an English one under it) cannot be told apart: the input is refused, naming both.
 *
 * <p>Every visible sheet whose header names known fields is read; a visible sheet that has none (填表说明,
 * a sheet of notes) is kept in the output as it is, not read, and said so. When no sheet has such a
 * header, every visible sheet is read from its first row, as before, so each row says what it lacks.
 * Named sheets ({@link SheetCheck.Builder#sheet}) are the only ones read, hidden or not.
 */
final class Sheets {
    /** How many non-blank rows of a sheet are looked at for its header. */
    static final int ROWS = 10;

    /** One sheet: whether it is read, and the row number of its header (0: its first non-blank row). */
    private record Plan(boolean read, long header, boolean hidden) {
    }

    private final Map<String, Plan> plans;
    private final List<String> notes;

    private Sheets(Map<String, Plan> plans, List<String> notes) {
        this.plans = plans;
        this.notes = List.copyOf(notes);
    }

    /** What the layout of the input came to, to tell the user: headers found below a title, sheets not read. */
    List<String> notes() {
        return notes;
    }

    /** A sheet that is not read but is visible, to be kept visible in the output. */
    boolean shownNotRead(String sheet) {
        Plan p = plans.get(sheet);
        return p != null && !p.read() && !p.hidden();
    }

    /**
     * Looks at the first rows of each sheet of {@code in} (and closes it).
     *
     * @throws UnreadableSheetException when two rows of a sheet could be its header, or a named sheet is not there
     */
    static Sheets scan(Input in, String file, Settings settings, boolean csv) throws IOException {
        Language lang = settings.language();
        boolean zh = lang == Language.ZH;
        record Look(String name, boolean hidden, long first, List<Long> headers, int rows) {
        }
        List<Look> looks = new ArrayList<>();
        Known known = new Known(settings);
        try (in) {
            String sheet = null;
            boolean hidden = false;
            long first = 0;
            List<Long> headers = new ArrayList<>();
            int rows = 0;
            for (Input.Line line = in.next(); ; line = in.next()) {
                if (line == null || line.header()) {
                    if (sheet != null) {
                        looks.add(new Look(sheet, hidden, first, List.copyOf(headers), rows));
                    }
                    if (line == null) {
                        break;
                    }
                    sheet = line.sheet();
                    hidden = line.hidden();
                    first = line.number();
                    headers.clear();
                    rows = 0;
                    if (hidden && !settings.sheets().contains(sheet)) {
                        in.skipSheet();
                        continue;
                    }
                }
                if (rows < ROWS && known.any(line.cells())) {
                    headers.add(line.number());
                }
                if (++rows >= ROWS) {
                    if (csv) {
                        // One sheet: reading on would parse the whole file for nothing.
                        looks.add(new Look(sheet, hidden, first, List.copyOf(headers), rows));
                        sheet = null;
                        break;
                    }
                    in.skipSheet();
                }
            }
        }
        for (String named : settings.sheets()) {
            if (looks.stream().noneMatch(l -> l.name().equals(named))) {
                String there = String.join(zh ? "、" : ", ", looks.stream().map(Look::name).toList());
                throw new UnreadableSheetException(file, Text.of("没有名为“" + named + "”的工作表（有：" + there + "）",
                        "has no sheet named '" + named + "' (it has: " + there + ")"));
            }
        }
        boolean anyKnown = looks.stream().anyMatch(l -> !l.hidden() && !l.headers().isEmpty()
                && (settings.sheets().isEmpty() || settings.sheets().contains(l.name())));
        Map<String, Plan> plans = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (Look l : looks) {
            String where = csv ? "" : zh ? "工作表“" + l.name() + "”：" : "sheet '" + l.name() + "': ";
            boolean read = settings.sheets().isEmpty() ? !l.hidden() && (!anyKnown || !l.headers().isEmpty())
                    : settings.sheets().contains(l.name());
            if (!read) {
                plans.put(l.name(), new Plan(false, 0, l.hidden()));
                if (!l.hidden()) {
                    notes.add(where + (settings.sheets().isEmpty()
                            ? (zh ? "前 " + ROWS + " 行中没有一行列出已知的字段（项目、基准日、出生日期……），不是候选人名单，未读取（原样保留在输出中）"
                                    : "none of its first " + ROWS + " rows names known fields (programme, reference date, date of birth...):"
                                    + " not a sheet of candidates, not read (kept in the output as it is)")
                            : (zh ? "未用 --sheet 指定，未读取（原样保留在输出中）" : "not named by --sheet, not read (kept in the output as it is)")));
                }
                continue;
            }
            if (l.headers().size() > 1) {
                throw new UnreadableSheetException(file, Text.of(
                        where + "第" + l.headers().get(0) + "行和第" + l.headers().get(1)
                                + "行都列出了已知的字段，无法确定哪一行是表头：请只保留一行表头",
                        where + "rows " + l.headers().get(0) + " and " + l.headers().get(1)
                                + " both name known fields, so which is the header is not certain: keep one header row"));
            }
            long header = l.headers().isEmpty() ? l.first() : l.headers().get(0);
            plans.put(l.name(), new Plan(true, header, l.hidden()));
            if (header != l.first()) {
                notes.add(where + (zh ? "表头取第" + header + "行（其上的第" + (l.first() == header - 1 ? l.first() + "" : l.first() + "–" + (header - 1))
                        + "行是标题，未读取，原样保留在输出中）"
                        : "the header is row " + header + " (row" + (l.first() == header - 1 ? " " + l.first() : "s " + l.first() + "–" + (header - 1))
                        + " above it: a title, not read, kept in the output as it is)"));
            }
        }
        List<String> read = plans.entrySet().stream().filter(e -> e.getValue().read()).map(Map.Entry::getKey).toList();
        if (read.size() > 1 && settings.sheets().isEmpty()) {
            // Each is decided and counted: say so, for a sheet that repeats another (a 汇总 beside its 明细) would count twice.
            notes.add(0, zh ? "读取了 " + read.size() + " 个工作表：" + String.join("、", read) + "（各行分别判定并计入合计；只读其中一个请用 --sheet 名称）"
                    : read.size() + " sheets read: " + String.join(", ", read) + " (every row decided and counted; to read one, give --sheet NAME)");
        }
        return new Sheets(plans, notes);
    }

    /**
     * The headers that name something a programme reads, as {@link Headers#normal} makes them: the programme,
     * the reference date, every fact's and attestation's name and labels, staff's words for a fact, the
     * mapping file's headers, and the start of a record's numbered columns (来访专家1·…). A title row
     * (2025年郑州市国际化培训申报汇总表) or a line of instructions names none.
     */
    private static final class Known {
        private final java.util.Set<String> names = new java.util.HashSet<>();
        private final List<String> records = new ArrayList<>();
        private final Settings settings;

        Known(Settings settings) {
            this.settings = settings;
            for (io.github.talentrules.pack.Programme p : settings.programmes().values()) {
                List<io.github.talentrules.pack.FactSpec> all = new ArrayList<>(p.facts());
                all.addAll(p.attestations());
                for (io.github.talentrules.pack.FactSpec f : all) {
                    List<String> labels = List.of(Headers.normal(f.name()), Headers.normal(f.zh()), Headers.normal(f.en()));
                    if (f.type() == io.github.talentrules.pack.FactSpec.Type.RECORDS) {
                        records.addAll(labels);
                    } else {
                        names.addAll(labels);
                    }
                }
            }
        }

        /** Whether any cell, as a header, names something a programme reads. */
        boolean any(List<String> cells) {
            for (String c : cells) {
                if (c == null || c.isBlank()) {
                    continue;
                }
                String n = Headers.normal(c);
                if (names.contains(n) || Headers.isProgramme(n) || Headers.isAsOf(n) || Headers.staffFact(n) != null
                        || settings.mapping().columns().containsKey(n)) {
                    return true;
                }
                for (String r : records) {
                    if (n.length() > r.length() && n.startsWith(r) && Character.isDigit(n.charAt(r.length()))) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * {@code in} as this plan reads it: a header where the plan found it, the rows above it given by
     * {@link Relabelled#above()} with the header, the sheets not read marked hidden (copied, never decided),
     * and a named hidden sheet read as a visible one.
     */
    Relabelled relabel(Input in) {
        return new Relabelled(in);
    }

    /** An input whose lines are marked as the plan reads them. */
    final class Relabelled extends Input {
        private final Input in;
        private final List<Line> above = new ArrayList<>();
        private List<Line> lastAbove = List.of();
        private Plan plan;

        private Relabelled(Input in) {
            this.in = in;
        }

        /** The plan these lines follow. */
        Sheets sheets() {
            return Sheets.this;
        }

        /** The rows above the header last returned (a title), as read: kept in the output, never read. */
        List<Line> above() {
            return lastAbove;
        }

        @Override
        Line next() throws IOException {
            for (Line line = in.next(); line != null; line = in.next()) {
                if (line.header()) {
                    plan = plans.getOrDefault(line.sheet(), new Plan(false, 0, true));
                    above.clear();
                }
                if (!plan.read()) {
                    return line.hidden() ? line : new Line(line.sheet(), line.number(), line.cells(), line.header(), line.typed(), true);
                }
                long at = plan.header() == 0 ? line.number() : plan.header();
                if (line.number() < at) {
                    above.add(line);
                    continue;
                }
                boolean header = line.number() == at;
                if (header) {
                    lastAbove = List.copyOf(above);
                    above.clear();
                }
                return header == line.header() && !line.hidden() ? line
                        : new Line(line.sheet(), line.number(), line.cells(), header, line.typed(), false);
            }
            return null;
        }

        @Override
        void skipSheet() throws IOException {
            in.skipSheet();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
