package io.github.talentrules.sheet;

import io.github.talentrules.InvalidCaseException;
import io.github.talentrules.internal.FactReader;
import io.github.talentrules.internal.load.Quantity;
import io.github.talentrules.pack.Unit;
import io.github.talentrules.TalentRules;
import io.github.talentrules.analysis.Scenario;
import io.github.talentrules.pack.FactSpec;
import io.github.talentrules.pack.Programme;
import io.github.talentrules.explain.Text;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;

/**
 * Scenario tests written as the rows of an XLSX sheet, for analysts who live in Excel. The first
 * row names the columns: {@code name}, {@code program}, {@code asOf}, one column per fact or
 * attestation (its name, or its Chinese or English label from pack.yaml), and the expectations
 * {@code outcome}, {@code amount}, {@code failed}, {@code review}, {@code missing} (also written
 * {@code expected outcome}, {@code expect.amount}...). An empty cell is an absent fact or an
 * expectation not checked; {@code none} (or {@code -}) expects no amount or no rule. Lists of rule
 * names or facts are separated by {@code ;} or line breaks (rule names contain 、 and ，).
 *
 * <p>The command line's {@code test} reads a {@code .xlsx} file with it and a YAML scenario file with
 * {@link Scenario#read(Path)}; either way, {@link Scenario#check} decides each.
 */
public final class ScenarioSheet {
    private static final List<String> EXPECT = List.of("outcome", "amount", "cap", "failed", "review", "missing");

    private ScenarioSheet() {
    }

    /**
     * Reads every scenario of the sheet's first worksheet.
     *
     * @param rules the engine whose programmes type the cells
     * @throws InvalidCaseException naming the file, the row and the column when a cell is wrong
     */
    public static List<Scenario> read(Path file, TalentRules rules) {
        String source = file.toString();
        List<List<Object>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        XlsxParts.Parts parts;
        try {
            Workbooks.refuseZipBomb(file);
            parts = XlsxParts.check(file);
        } catch (UnreadableSheetException e) {
            throw new InvalidCaseException(source, "", e.why());
        }
        try (InputStream in = Files.newInputStream(file);
             ReadableWorkbook wb = new ReadableWorkbook(in, new ReadingOptions(parts.styles(), false))) {
            String sheet = wb.getFirstSheet().getName();
            try (Stream<org.dhatim.fastexcel.reader.Row> s = wb.getFirstSheet().openStream()) {
                s.forEach(r -> {
                    List<Object> cells = new ArrayList<>();
                    for (int i = 0; i < r.getCellCount(); i++) {
                        cells.add(r.getOptionalCell(i).map(c -> value(c, sheet, parts.numberFormats())).orElse(null));
                    }
                    if (cells.stream().anyMatch(c -> c != null && !c.toString().isBlank())) {
                        rows.add(cells);
                        numbers.add(r.getRowNum());
                    }
                });
            }
        } catch (IOException | RuntimeException e) {
            throw new InvalidCaseException(source, "", Text.of("无法按 XLSX 表格读取", "cannot be read as an XLSX sheet (" + e.getMessage() + ")"));
        }
        if (rows.isEmpty()) {
            throw new InvalidCaseException(source, "", Text.of("表格是空的：第一行写各列的名称", "the sheet is empty: the first row names the columns"));
        }
        List<String> headers = rows.get(0).stream().map(c -> c == null ? "" : c.toString().strip()).toList();
        int nameCol = column(headers, "name", "名称", "场景");
        int programCol = column(headers, "program", "programme", "项目");
        int asOfCol = column(headers, "asOf", "as of", "基准日");
        if (nameCol < 0 || programCol < 0 || asOfCol < 0) {
            throw new InvalidCaseException(source, "row 1", Text.of("须有 name（场景）、program（项目）和 asOf（基准日）三列；现有 "
                    + String.join("、", headers), "needs the columns name, program and asOf; has " + headers));
        }
        List<Scenario> out = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            String where = "row " + numbers.get(r);
            String programId = text(known(row, programCol, source, where + ".program"));
            if (programId.isEmpty()) {
                throw new InvalidCaseException(source, where, Text.of("program（项目）为空", "program is empty"));
            }
            Programme programme;
            try {
                programme = rules.programme(programId);
            } catch (IllegalArgumentException e) {
                List<String> known = rules.packs().stream().flatMap(p -> p.programmes().stream()).map(p -> p.id()).toList();
                throw new InvalidCaseException(source, where + ".program", Text.of("没有项目“" + programId + "”", "no programme '" + programId + "'")
                        .then(io.github.talentrules.internal.Names.suggestion(programId, known)));
            }
            Map<String, Object> facts = new LinkedHashMap<>();
            Map<String, Object> attestations = new LinkedHashMap<>();
            Map<String, Object> expect = new LinkedHashMap<>();
            for (int c = 0; c < headers.size(); c++) {
                String h = headers.get(c);
                Object v = cell(row, c);
                if (c == nameCol || c == programCol || c == asOfCol || h.isEmpty() || v == null || text(v).isEmpty()) {
                    continue;
                }
                String at = where + "." + h;
                v = known(row, c, source, at);
                Optional<String> expectKey = expectation(h);
                if (expectKey.isPresent()) {
                    try {
                        expect.put(expectKey.get(), expected(expectKey.get(), v));
                    } catch (NumberFormatException e) {
                        throw new InvalidCaseException(source, at, "'" + text(v) + "' is not an amount in yuan (write 30000, or none)");
                    }
                    continue;
                }
                Optional<FactSpec> fact = find(programme.facts(), h);
                Optional<FactSpec> attestation = find(programme.attestations(), h);
                if (fact.isPresent()) {
                    facts.put(fact.get().name(), typed(fact.get(), v, source, at));
                } else if (attestation.isPresent()) {
                    attestations.put(attestation.get().name(), typed(attestation.get(), v, source, at));
                } else {
                    throw new InvalidCaseException(source, at, "'" + h + "' is neither a fact nor an attestation of " + programId
                            + " nor an expectation (" + String.join(", ", EXPECT) + ")");
                }
            }
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("program", programId);
            Object asOf = known(row, asOfCol, source, where + ".asOf");
            input.put("asOf", date(asOf));
            input.put("facts", facts);
            input.put("attestations", attestations);
            String name = text(known(row, nameCol, source, where + ".name"));
            out.add(new Scenario(source, name.isEmpty() ? where : name, input, expect));
        }
        return out;
    }

    /** A date cell, or a number Excel stores for a date (days since 1899-12-30), or text as written. */
    private static String date(Object v) {
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        if (v instanceof BigDecimal n && n.signum() > 0 && n.stripTrailingZeros().scale() <= 0) {
            return LocalDate.of(1899, 12, 30).plusDays(n.longValue()).toString();
        }
        return text(v);
    }

    private static Object cell(List<Object> row, int c) {
        return c < row.size() ? row.get(c) : null;
    }

    /** A cell that is read: its value, or the error naming it when it cannot be read with certainty. */
    private static Object known(List<Object> row, int c, String source, String at) {
        Object v = cell(row, c);
        if (v instanceof Unreadable u) {
            throw new InvalidCaseException(source, at, u.why());
        }
        return v;
    }

    /** A cell that cannot be read with certainty (a formula never computed, a format that scales its number): why. */
    private record Unreadable(io.github.talentrules.explain.Text why) {
        @Override
        public String toString() {
            return why.en();
        }
    }

    /**
     * A cell as Java, read as it shows ({@link XlsxCell}): a date where Excel shows a whole date, a
     * number shown plainly, a boolean, else the text the cell shows ({@code 50万元}, {@code 1990年6月}).
     */
    private static Object value(Cell c, String sheet, Map<Integer, String> formats) {
        XlsxCell.Read read = XlsxCell.read(c, sheet, formats);
        if (read.problem() != null) {
            return new Unreadable(read.problem());
        }
        Object typed = read.typed() == null ? null : read.typed().value();
        if (typed instanceof LocalDate d && read.text().equals(d.toString())) {
            return d;
        }
        if (typed instanceof java.time.LocalDateTime d && read.text().startsWith(d.toLocalDate().toString())) {
            return d.toLocalDate();
        }
        if (typed instanceof Boolean b) {
            return b;
        }
        if (typed instanceof BigDecimal n && read.text().equals(XlsxCell.plain(n))) {
            return n;
        }
        return read.text().isEmpty() ? null : read.text();
    }

    private static int column(List<String> headers, String... names) {
        for (int i = 0; i < headers.size(); i++) {
            for (String n : names) {
                if (headers.get(i).equalsIgnoreCase(n)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static Optional<String> expectation(String header) {
        String h = header.toLowerCase(Locale.ROOT).replaceFirst("^(expected|expect)[ ._]*", "");
        return EXPECT.contains(h) ? Optional.of(h) : Optional.empty();
    }

    private static Optional<FactSpec> find(List<FactSpec> specs, String header) {
        return specs.stream().filter(f -> f.name().equals(header) || header.equals(f.zh()) || header.equalsIgnoreCase(f.en())).findFirst();
    }

    private static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return v.toString().strip();
    }

    private static Object expected(String key, Object v) {
        String t = text(v);
        boolean none = t.equalsIgnoreCase("none") || t.equals("-") || t.equals("无");
        switch (key) {
            case "amount", "cap":
                if (none) {
                    return null;
                }
                // Read as a yuan fact is (12,000 and 3万元 are read; 1,2 and 1e2 are not), never by dropping commas.
                if (Quantity.decimal(t, Unit.YUAN) instanceof Quantity.Read<BigDecimal> read) {
                    return read.value();
                }
                throw new NumberFormatException(t);
            case "failed", "review", "missing":
                return none ? List.of() : Arrays.stream(t.split("[;；\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            default:
                return t.toUpperCase(Locale.ROOT);
        }
    }

    /**
     * A fact's cell as the scenario's case will hold it: a date cell as its date, a check box as true or false,
     * anything else as its text, read here by the reader of every case ({@link FactReader}) so that a cell it
     * refuses is named by its row and column.
     */
    private static Object typed(FactSpec f, Object v, String source, String at) {
        if (f.type() == FactSpec.Type.DATE) {
            return date(v);
        }
        if (v instanceof Boolean b && f.type() == FactSpec.Type.BOOLEAN) {
            return b;
        }
        String t = text(v);
        try {
            FactReader.read(f, t);
        } catch (FactReader.Unreadable e) {
            throw new InvalidCaseException(source, at, e.why());
        }
        return t;
    }
}
