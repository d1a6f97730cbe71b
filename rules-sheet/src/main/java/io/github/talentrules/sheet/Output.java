package io.github.talentrules.sheet;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Where decided rows go, as they are decided: nothing is held but the current row (and fastexcel's buffer of a few rows). */
abstract class Output implements Closeable {

    /**
     * Starts a sheet (a CSV file has one; a workbook one per input sheet) with its header. A hidden
     * sheet is kept hidden in a workbook, and left out of CSV and JSON lines, which cannot hide it.
     */
    abstract void sheet(String name, List<String> header, boolean hidden) throws IOException;

    /**
     * Starts a sheet whose header has rows above it (a title): in a CSV or a workbook they come first, as
     * text, as they were; JSON lines have no place for them.
     */
    void sheet(String name, List<List<String>> above, List<String> header, boolean hidden) throws IOException {
        sheet(name, header, hidden);
    }

    /**
     * One row: the input cells, then the decision columns. {@code header} names the input cells;
     * {@code typed} the cells that are numbers, dates or booleans (null for text); {@code decision}
     * is the decision's JSON, for JSON lines.
     */
    abstract void row(String sheet, long number, List<String> header, List<String> cells, List<Input.Typed> typed, String decision)
            throws IOException;

    /**
     * Starts a visible sheet that is not read (a sheet of instructions): kept in a workbook as it is,
     * visible, its rows given by {@link #copy}; left out of CSV and JSON lines, which hold candidates only.
     */
    void keptSheet(String name, List<String> header) throws IOException {
    }

    /** A row of a hidden sheet, as it was: kept in a workbook, left out elsewhere. */
    void copy(List<String> cells, List<Input.Typed> typed) throws IOException {
    }

    /** Makes a cell harmless as a formula (CWE-1236): one that begins with = + - @, a tab, CR or NUL gets a leading '. */
    static String harmless(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\0' ? "'" + cell : cell;
    }

    /**
     * A name Excel accepts for a sheet, unique among {@code taken} (to which it is added): no
     * {@code \\ / ? * [ ] :}, at most 31 characters, "(2)" after a name already taken.
     */
    static String sheetName(String name, Set<String> taken) {
        String safe = name.replaceAll("[\\\\/?*\\[\\]:]", "_");
        safe = safe.isBlank() ? "Sheet" : safe.length() > 31 ? safe.substring(0, 31) : safe;
        String unique = safe;
        for (int i = 2; !taken.add(unique); i++) {
            unique = safe.substring(0, Math.min(safe.length(), 28)) + "(" + i + ")";
        }
        return unique;
    }

    static Output open(OutputStream out, Format format) throws IOException {
        return switch (format) {
            case CSV -> new Csv(out);
            case XLSX -> new Xlsx(out);
            case JSONL -> new JsonLines(out);
        };
    }

    /** UTF-8 with a BOM, so that Excel opens Chinese text right; CRLF as Excel writes. */
    private static final class Csv extends Output {
        private final CsvWriter writer;
        private boolean headerWritten;

        Csv(OutputStream out) throws IOException {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            this.writer = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF)
                    .build(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        }

        @Override
        void sheet(String name, List<List<String>> above, List<String> header, boolean hidden) {
            if (!hidden) {
                above.forEach(r -> writer.writeRecord(r.stream().map(Output::harmless).toList()));
            }
            sheet(name, header, hidden);
        }

        @Override
        void sheet(String name, List<String> header, boolean hidden) {
            if (hidden) {
                return;
            }
            // A workbook of several sheets written as one CSV: the header of the first sheet only,
            // each later sheet's header again as a row, so that no row is lost or mislabelled.
            writer.writeRecord(header.stream().map(Output::harmless).toList());
            headerWritten = true;
        }

        @Override
        void row(String sheet, long number, List<String> header, List<String> cells, List<Input.Typed> typed, String decision) {
            writer.writeRecord(cells.stream().map(Output::harmless).toList());
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }

    /** Streamed with fastexcel: inline strings only (no shared-string table growing with the rows), never a formula. */
    private static final class Xlsx extends Output {
        private static final int FLUSH_EVERY = 1_000;
        private final Workbook workbook;
        private final Set<String> names = new HashSet<>();
        private Worksheet sheet;
        private int row;

        Xlsx(OutputStream out) {
            this.workbook = new Workbook(out, "talent-rules", "0.1");
        }

        @Override
        void sheet(String name, List<String> header, boolean hidden) throws IOException {
            sheet(name, List.of(), header, hidden);
        }

        @Override
        void sheet(String name, List<List<String>> above, List<String> header, boolean hidden) throws IOException {
            if (sheet != null) {
                sheet.finish();
            }
            sheet = workbook.newWorksheet(sheetName(name, names));
            if (hidden) {
                sheet.setVisibilityState(org.dhatim.fastexcel.VisibilityState.HIDDEN);
            }
            row = 0;
            for (List<String> r : above) {
                write(r, List.of());
            }
            int at = row;
            write(header, List.of());
            for (int c = 0; c < header.size(); c++) {
                sheet.style(at, c).bold().set();
            }
            sheet.freezePane(0, at + 1);
        }

        @Override
        void keptSheet(String name, List<String> header) throws IOException {
            sheet(name, header, false);
        }

        @Override
        void row(String sheetName, long number, List<String> header, List<String> cells, List<Input.Typed> typed, String decision)
                throws IOException {
            copy(cells, typed);
        }

        @Override
        void copy(List<String> cells, List<Input.Typed> typed) throws IOException {
            write(cells, typed);
            if (row % FLUSH_EVERY == 0) {
                sheet.flush();
            }
        }

        /** Numbers, dates and booleans as such, in their format; text as inline strings, made harmless. */
        private void write(List<String> cells, List<Input.Typed> typed) {
            for (int c = 0; c < cells.size(); c++) {
                Input.Typed t = c < typed.size() ? typed.get(c) : null;
                if (t != null) {
                    Object v = t.value();
                    if (v instanceof java.math.BigDecimal n) {
                        sheet.value(row, c, n);
                    } else if (v instanceof java.time.LocalDate d) {
                        sheet.value(row, c, d);
                    } else if (v instanceof java.time.LocalDateTime d) {
                        sheet.value(row, c, d);
                    } else if (v instanceof Boolean b) {
                        sheet.value(row, c, b);
                    } else {
                        sheet.inlineString(row, c, harmless(cells.get(c)));
                    }
                    String format = t.format() != null && !t.format().isBlank() ? t.format()
                            : t.value() instanceof java.time.LocalDate ? "yyyy-mm-dd"
                            : t.value() instanceof java.time.LocalDateTime ? "yyyy-mm-dd hh:mm:ss" : null;
                    if (format != null && !"General".equalsIgnoreCase(format)) {
                        sheet.style(row, c).format(format).set();
                    }
                    continue;
                }
                String v = harmless(cells.get(c));
                if (!v.isEmpty()) {
                    sheet.inlineString(row, c, v);
                }
            }
            row++;
        }

        @Override
        public void close() throws IOException {
            if (sheet == null) {
                sheet = workbook.newWorksheet("Sheet1");
            }
            sheet.finish();
            workbook.finish();
        }
    }

    /** One object a line: {"sheet", "row", "cells": {header: cell}, "decision": {...} or null, "error": "..." or null}. */
    private static final class JsonLines extends Output {
        private final OutputStream out;
        private final JsonGenerator json;

        JsonLines(OutputStream out) throws IOException {
            this.out = out;
            this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
            json.setRootValueSeparator(null);
        }

        @Override
        void sheet(String name, List<String> header, boolean hidden) {
        }

        @Override
        void row(String sheet, long number, List<String> header, List<String> cells, List<Input.Typed> typed, String decision)
                throws IOException {
            json.writeStartObject();
            json.writeStringField("sheet", sheet);
            json.writeNumberField("row", number);
            json.writeObjectFieldStart("cells");
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < header.size(); i++) {
                String h = header.get(i).isEmpty() || !seen.add(header.get(i)) ? "#" + (i + 1) : header.get(i);
                json.writeStringField(h, i < cells.size() ? cells.get(i) : "");
            }
            json.writeEndObject();
            json.writeFieldName("decision");
            if (decision == null) {
                json.writeNull();
            } else {
                json.writeRawValue(decision);
            }
            // The error is the last decision column; with --suggest a column of suggestions follows it.
            int errorAt = header.size() + SheetCheck.DECISION_COLUMNS - 1;
            String error = cells.get(errorAt);
            if (error.isEmpty()) {
                json.writeNullField("error");
            } else {
                json.writeStringField("error", error);
            }
            if (decision == null && error.isEmpty() && !cells.get(errorAt - 1).isEmpty()) {
                // A row not decided and in no error: skipped (the template's sample row), and why.
                json.writeStringField("skipped", cells.get(errorAt - 1));
            }
            if (cells.size() > errorAt + 1) {
                json.writeStringField("suggestions", cells.get(errorAt + 1));
            }
            json.writeEndObject();
            json.flush();
            out.write('\n');
        }

        @Override
        public void close() throws IOException {
            json.close();
        }
    }
}
