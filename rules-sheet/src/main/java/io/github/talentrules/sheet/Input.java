package io.github.talentrules.sheet;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/** A sheet read one record at a time: a header row opens each sheet, then its rows. Nothing is held but the current row. */
abstract class Input implements Closeable {

    /**
     * One line of a sheet: its header or a row. {@code number} is the line (CSV) or row (XLSX) number a
     * person sees. {@code typed} holds, for an XLSX cell that is a number, a date or a boolean, its
     * value and format (null for text, and for every CSV cell), so that the output keeps the cell's type;
     * {@code hidden} marks the lines of a hidden sheet, which are copied to the output, never decided.
     */
    record Line(String sheet, long number, List<String> cells, boolean header, List<Typed> typed, boolean hidden) {
        Line(String sheet, long number, List<String> cells, boolean header) {
            this(sheet, number, cells, header, List.of(), false);
        }

        /** The same line with its first {@code columns} cells only. */
        Line first(int columns) {
            return cells.size() <= columns ? this : new Line(sheet, number, cells.subList(0, columns), header,
                    typed.size() <= columns ? typed : typed.subList(0, columns), hidden);
        }
    }

    /** A cell's value that is not text: a {@code BigDecimal}, {@code LocalDate}, {@code LocalDateTime} or {@code Boolean}, and its number format (or null). */
    record Typed(Object value, String format) {
    }

    /** The next line, or {@code null} at the end. */
    abstract Line next() throws IOException;

    /** Skips the rest of the current sheet: the next line is the header of the next sheet, if any. */
    abstract void skipSheet() throws IOException;

    /** Cells are given as text: date cells as 2024-06-01, numbers plainly (14, 0.5), booleans TRUE/FALSE. */
    static Input open(Path file, Format format, Optional<Charset> encoding) throws IOException {
        return switch (format) {
            case CSV -> new Csv(file, encoding);
            case XLSX -> new Xlsx(file);
            case JSONL -> throw new IllegalArgumentException(file + ": JSON lines are an output format; read a .csv or .xlsx");
        };
    }

    /** UTF-8 when it has a BOM or decodes as UTF-8; otherwise GB18030, the superset of the GBK that Excel in China writes. */
    static Charset detect(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int end = length;
        // A multi-byte character cut at the end of the sample is not an error: drop its lead bytes.
        int back = 0;
        while (back < 3 && end - back - 1 >= 0 && (head[end - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        if (end - back - 1 >= 0 && (head[end - back - 1] & 0xC0) == 0xC0) {
            end = end - back - 1;
        }
        try {
            utf8.decode(ByteBuffer.wrap(head, 0, end));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("GB18030");
        }
    }

    private static final class Csv extends Input {
        private final String sheet;
        private final CsvReader<CsvRecord> reader;
        private final Iterator<CsvRecord> records;
        private boolean first = true;

        Csv(Path file, Optional<Charset> encoding) throws IOException {
            String name = file.getFileName().toString();
            this.sheet = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
            InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            in.mark(1 << 16);
            byte[] head = new byte[1 << 16];
            int n = in.readNBytes(head, 0, head.length);
            in.reset();
            Charset charset = encoding.orElseGet(() -> detect(head, n));
            if (charset.equals(StandardCharsets.UTF_8) && n >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB
                    && (head[2] & 0xff) == 0xBF) {
                in.skipNBytes(3);
            }
            char separator = separator(new String(head, 0, n, charset));
            this.reader = CsvReader.builder().fieldSeparator(separator).skipEmptyLines(true)
                    .allowExtraFields(true).allowMissingFields(true)
                    .ofCsvRecord(new InputStreamReader(in, charset.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
            this.records = reader.iterator();
        }

        /** A comma unless the header line has more tabs or semicolons than commas. */
        private static char separator(String head) {
            String line = head.lines().findFirst().orElse("");
            long commas = line.chars().filter(c -> c == ',').count();
            long tabs = line.chars().filter(c -> c == '\t').count();
            long semis = line.chars().filter(c -> c == ';').count();
            return tabs > commas && tabs >= semis ? '\t' : semis > commas ? ';' : ',';
        }

        @Override
        Line next() {
            try {
                while (records.hasNext()) {
                    CsvRecord r = records.next();
                    List<String> cells = r.getFields();
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    boolean header = first;
                    first = false;
                    return new Line(sheet, r.getStartingLineNumber(), cells, header);
                }
                return null;
            } catch (UncheckedIOException e) {
                throw new IllegalArgumentException(sheet + ": cannot be read as CSV: " + e.getCause().getMessage(), e);
            }
        }

        @Override
        void skipSheet() {
            while (records.hasNext()) {
                records.next();
            }
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    private static final class Xlsx extends Input {
        private final ReadableWorkbook workbook;
        private final Iterator<Sheet> sheets;
        private Sheet sheet;
        private Stream<Row> rows;
        private Iterator<Row> rowIterator;
        private boolean headerSeen;

        Xlsx(Path file) throws IOException {
            Workbooks.refuseZipBomb(file);
            try {
                this.workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(file + ": cannot be read as an .xlsx workbook ("
                        + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
            }
            this.sheets = workbook.getSheets().toList().iterator();
        }

        @Override
        Line next() throws IOException {
            while (true) {
                if (rowIterator == null) {
                    if (!sheets.hasNext()) {
                        return null;
                    }
                    sheet = sheets.next();
                    rows = sheet.openStream();
                    rowIterator = rows.iterator();
                    headerSeen = false;
                }
                if (!rowIterator.hasNext()) {
                    rows.close();
                    rowIterator = null;
                    continue;
                }
                Row row = rowIterator.next();
                List<String> cells = new ArrayList<>(row.getCellCount());
                List<Typed> typed = new ArrayList<>(row.getCellCount());
                boolean blank = true;
                for (int i = 0; i < row.getCellCount(); i++) {
                    String s = text(row.getCell(i));
                    blank &= s.isBlank();
                    cells.add(s);
                    typed.add(typed(row.getCell(i)));
                }
                if (blank) {
                    continue;
                }
                boolean header = !headerSeen;
                headerSeen = true;
                return new Line(sheet.getName(), row.getRowNum(), cells, header, java.util.Collections.unmodifiableList(typed),
                        sheet.getVisibility() != SheetVisibility.VISIBLE);
            }
        }

        /** The cell as text: a date cell as 2024-06-01, a number plainly, a formula by its cached value (never evaluated). */
        static String text(Cell c) {
            if (c == null) {
                return "";
            }
            switch (c.getType()) {
                case NUMBER -> {
                    if (isDate(c)) {
                        var d = c.asDate();
                        return d.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? d.toLocalDate().toString() : d.toString().replace('T', ' ');
                    }
                    BigDecimal n = c.asNumber();
                    return n == null ? "" : n.stripTrailingZeros().toPlainString();
                }
                case BOOLEAN -> {
                    return Boolean.TRUE.equals(c.asBoolean()) ? "TRUE" : "FALSE";
                }
                case EMPTY -> {
                    return "";
                }
                default -> {
                    String s = c.getText();
                    return s == null ? "" : s;
                }
            }
        }

        /** A number, date or boolean cell's value and format, for the output to write it as such; null for text. */
        static Typed typed(Cell c) {
            if (c == null) {
                return null;
            }
            switch (c.getType()) {
                case NUMBER -> {
                    if (c.asNumber() == null) {
                        return null;
                    }
                    if (isDate(c)) {
                        var d = c.asDate();
                        return new Typed(d.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? d.toLocalDate() : d, c.getDataFormatString());
                    }
                    return new Typed(c.asNumber(), c.getDataFormatString());
                }
                case BOOLEAN -> {
                    return c.asBoolean() == null ? null : new Typed(c.asBoolean(), null);
                }
                default -> {
                    return null;
                }
            }
        }

        private static boolean isDate(Cell c) {
            Integer id = c.getDataFormatId();
            if (id != null && (id >= 14 && id <= 17 || id == 22 || id >= 27 && id <= 36 || id >= 50 && id <= 58)) {
                return true;
            }
            String f = c.getDataFormatString();
            return f != null && DATE_FORMATS.computeIfAbsent(f, Xlsx::isDateFormat);
        }

        private static final java.util.Map<String, Boolean> DATE_FORMATS = new java.util.concurrent.ConcurrentHashMap<>();
        private static final java.util.regex.Pattern QUOTED_OR_BRACKETED = java.util.regex.Pattern.compile("\"[^\"]*\"|\\[[^]]*]");

        /** A format that shows a year, a day, 年 or 日 (quoted text and [colour] sections aside) is a date format. */
        private static boolean isDateFormat(String format) {
            String plain = QUOTED_OR_BRACKETED.matcher(format).replaceAll("").toLowerCase(java.util.Locale.ROOT);
            return plain.contains("y") || plain.contains("d") || plain.contains("年") || plain.contains("日");
        }

        @Override
        void skipSheet() {
            if (rows != null) {
                rows.close();
            }
            rowIterator = null;
        }

        @Override
        public void close() throws IOException {
            if (rows != null) {
                rows.close();
            }
            workbook.close();
        }
    }
}
