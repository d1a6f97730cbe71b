package io.github.talentrules.sheet;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.talentrules.explain.Text;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
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
     * {@code hidden} marks the lines of a hidden sheet, which are copied to the output, never decided;
     * {@code problems} holds, for a cell that cannot be read with certainty, why (null for the others).
     */
    record Line(String sheet, long number, List<String> cells, boolean header, List<Typed> typed, boolean hidden, List<Text> problems) {
        Line(String sheet, long number, List<String> cells, boolean header) {
            this(sheet, number, cells, header, List.of(), false, List.of());
        }

        Line(String sheet, long number, List<String> cells, boolean header, List<Typed> typed, boolean hidden) {
            this(sheet, number, cells, header, typed, hidden, List.of());
        }

        /** The same line with its first {@code columns} cells only. */
        Line first(int columns) {
            return cells.size() <= columns ? this : new Line(sheet, number, cells.subList(0, columns), header,
                    typed.size() <= columns ? typed : typed.subList(0, columns), hidden,
                    problems.size() <= columns ? problems : problems.subList(0, columns));
        }

        /**
         * Why the cell at {@code column} cannot be read with certainty, naming it (an XLSX formula never
         * computed, a number format that scales the number...), or null when it can.
         */
        Text problem(int column) {
            return column < problems.size() ? problems.get(column) : null;
        }
    }

    /** A cell's value that is not text: a {@code BigDecimal}, {@code LocalDate}, {@code LocalDateTime} or {@code Boolean}, and its number format (or null). */
    record Typed(Object value, String format) {
    }

    /** The next line, or {@code null} at the end. */
    abstract Line next() throws IOException;

    /** Skips the rest of the current sheet: the next line is the header of the next sheet, if any. */
    abstract void skipSheet() throws IOException;

    /**
     * Cells are given as text: date cells as 2024-06-01, numbers through their number format (14, 0.5,
     * 50万元; {@link XlsxCell}), booleans TRUE/FALSE.
     */
    static Input open(Path file, Format format, Optional<Charset> encoding) throws IOException {
        return switch (format) {
            case CSV -> new Csv(file, encoding);
            case XLSX -> new Xlsx(file);
            case JSONL -> throw new IllegalArgumentException(file + ": JSON lines are an output format; read a .csv or .xlsx");
        };
    }

    /** The most cells a row may have: as many as a worksheet's columns (A to XFD). */
    static final int MAX_CELLS = 16_384;
    /** The most characters a cell may hold: as many as Excel lets a cell hold. */
    static final int MAX_CELL = 32_767;
    /** The most characters a CSV row may hold: 64 for each cell a row may have. */
    static final int MAX_ROW = MAX_CELLS * 64;

    /**
     * UTF-8 when it has a BOM or decodes as UTF-8; otherwise GB18030, the superset of the GBK that Excel
     * in China writes.
     *
     * @throws IllegalArgumentException naming {@code file} when the bytes are UTF-16 or UTF-32 (with or
     *         without a byte-order mark), only NUL bytes, or a UTF-8 byte-order mark before bytes that
     *         are not UTF-8
     */
    static Charset detect(String file, byte[] head, int length) {
        if (length == 0) {
            throw new UnreadableSheetException(file, Text.of("是空文件：表格需要一行表头", "is empty: a sheet needs a header row"));
        }
        if (length >= 2 && ((head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE || (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF)
                || length >= 4 && head[0] == 0 && head[1] == 0 && (head[2] & 0xff) == 0xFE && (head[3] & 0xff) == 0xFF) {
            throw new UnreadableSheetException(file, Text.of(
                    "是 UTF-16 或 UTF-32 文本（以该字节顺序标记开头）：请另存为 CSV UTF-8（或 GBK）后重试",
                    "is UTF-16 or UTF-32 text (it starts with that byte-order mark): save it as CSV UTF-8 (or GBK) and try again"));
        }
        int nuls = 0;
        int evenNuls = 0;
        for (int i = 0; i < length; i++) {
            if (head[i] == 0) {
                nuls++;
                evenNuls += i % 2 == 0 ? 1 : 0;
            }
        }
        if (nuls == length) {
            throw new UnreadableSheetException(file, Text.of("只含 NUL 字节：不是表格", "holds only NUL bytes: not a sheet"));
        }
        // Text in UTF-16 has a NUL in every other byte wherever it is ASCII (digits, commas, line ends).
        int half = length / 2;
        if (length >= 4 && (evenNuls * 4 >= half * 3 || (nuls - evenNuls) * 4 >= half * 3)) {
            throw new UnreadableSheetException(file, Text.of(
                    "是 UTF-16 文本（每个 ASCII 字符旁有一个 NUL 字节）：请另存为 CSV UTF-8（或 GBK）后重试",
                    "is UTF-16 text (a NUL byte beside each ASCII character): save it as CSV UTF-8 (or GBK) and try again"));
        }
        boolean bom = length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
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
            if (bom) {
                throw new UnreadableSheetException(file, Text.of(
                        "以 UTF-8 字节顺序标记开头，但其后的内容不是 UTF-8（UTF-8 标记后是 GBK 文本？）：请重新另存为 CSV UTF-8，或指定 --encoding",
                        "starts with a UTF-8 byte-order mark but what follows is not UTF-8"
                        + " (GBK text behind a UTF-8 mark?): save it again as CSV UTF-8, or give --encoding"));
            }
            return Charset.forName("GB18030");
        }
    }

    private static final class Csv extends Input {
        private final String file;
        private final String sheet;
        private final Charset charset;
        private final CsvReader<CsvRecord> reader;
        private final Iterator<CsvRecord> records;
        private boolean first = true;
        private long lastLine;

        Csv(Path file, Optional<Charset> encoding) throws IOException {
            this.file = file.toString();
            String name = file.getFileName().toString();
            this.sheet = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
            InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            in.mark(1 << 16);
            byte[] head = new byte[1 << 16];
            int n = in.readNBytes(head, 0, head.length);
            in.reset();
            Charset detected = detect(this.file, head, n);
            this.charset = encoding.orElse(detected);
            if (charset.equals(StandardCharsets.UTF_8) && n >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB
                    && (head[2] & 0xff) == 0xBF) {
                in.skipNBytes(3);
            }
            char separator = separator(new String(head, 0, n, charset));
            // Bytes that are not text in the charset stop the reading: nothing is replaced by a guess.
            this.reader = CsvReader.builder().fieldSeparator(separator).skipEmptyLines(true)
                    .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .allowUnclosedQuote(false).maxBufferSize(MAX_ROW)
                    .build(CsvRecordHandler.builder().maxFields(MAX_CELLS).maxFieldSize(MAX_CELL).maxRecordSize(MAX_ROW).build(),
                            new InputStreamReader(in, charset.newDecoder()
                                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
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
                    lastLine = r.getStartingLineNumber();
                    List<String> cells = r.getFields();
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    refuseNul(file, Text.of("第 " + lastLine + " 行", "line " + lastLine), cells);
                    boolean header = first;
                    first = false;
                    return new Line(sheet, lastLine, cells, header);
                }
                if (first) {
                    throw new UnreadableSheetException(file, Text.of("没有表头行：表格是空的", "has no header row: the sheet is empty"));
                }
                return null;
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CharacterCodingException) {
                    long bad = badLine(Path.of(file), charset);
                    throw new UnreadableSheetException(file, Text.of(
                            "第 " + bad + " 行：有不是 " + charset.name() + " 文本的字节：请另存为 CSV UTF-8（或 GBK），或指定 --encoding",
                            "line " + bad + ": bytes that are not " + charset.name()
                            + " text: save it as CSV UTF-8 (or GBK), or give --encoding"), e);
                }
                String why = firstLine(e.getCause().getMessage());
                throw new UnreadableSheetException(file, Text.of("第 " + lastLine + " 行之后无法按 CSV 读取：" + why,
                        "cannot be read as CSV after line " + lastLine + ": " + why), e);
            } catch (CsvParseException e) {
                throw new UnreadableSheetException(file, parseProblem(e), e);
            }
        }

        /** The line of the first bytes that are not text in {@code charset} (read again: the reader reads ahead). */
        private static long badLine(Path file, Charset charset) {
            CharsetDecoder decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            long line = 1;
            try (InputStream in = Files.newInputStream(file)) {
                ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
                java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(1 << 16);
                boolean end = false;
                while (true) {
                    int n = end ? -1 : in.read(bytes.array(), bytes.position(), bytes.remaining());
                    end = n < 0;
                    bytes.position(bytes.position() + Math.max(n, 0));
                    bytes.flip();
                    java.nio.charset.CoderResult r = decoder.decode(bytes, chars, end);
                    chars.flip();
                    while (chars.hasRemaining()) {
                        line += chars.get() == '\n' ? 1 : 0;
                    }
                    chars.clear();
                    if (r.isError() || end && !bytes.hasRemaining()) {
                        return line;
                    }
                    bytes.compact();
                }
            } catch (IOException e) {
                return line;
            }
        }

        private static final java.util.regex.Pattern LINE = java.util.regex.Pattern.compile("line (\\d+)");
        private static final java.util.regex.Pattern FIELD = java.util.regex.Pattern.compile("Field at index (\\d+)");

        /** FastCSV's words for a row it cannot read, in ours: the line, the column, and the limit it passed. */
        private Text parseProblem(CsvParseException e) {
            String all = e.getMessage() + (e.getCause() == null ? "" : " " + e.getCause().getMessage());
            var line = LINE.matcher(all);
            String number = line.find() ? line.group(1) : String.valueOf(lastLine + 1);
            Text at = Text.of("第 " + number + " 行", "line " + number);
            var field = FIELD.matcher(all);
            if (field.find()) {
                String col = column(Integer.parseInt(field.group(1)));
                at = at.then(Text.of("，" + col + " 列", ", column " + col));
            }
            if (all.contains("Unclosed quoted field")) {
                return at.then(Text.of("：有一个引号（\"）始终没有闭合：文件其余部分会成为一个单元格",
                        ": a quote (\") that is never closed: the rest of the file would be one cell"));
            }
            if (all.contains("max field size") || all.contains("maximum buffer size")) {
                return at.then(Text.of("：有单元格超过 " + MAX_CELL + " 个字符（表格单元格最多容纳的字符数），或有引号（\"）没有闭合",
                        ": a cell longer than " + MAX_CELL + " characters (the most a cell of a sheet holds),"
                        + " or a quote (\") that is not closed"));
            }
            if (all.contains("fields")) {
                return at.then(Text.of("：一行超过 " + MAX_CELLS + " 个单元格（表格最多的列数，A 列至 XFD 列）",
                        ": more than " + MAX_CELLS + " cells in a row (the most a sheet has, columns A to XFD)"));
            }
            if (all.contains("record size")) {
                return at.then(Text.of("：一行超过 " + MAX_ROW + " 个字符", ": a row longer than " + MAX_ROW + " characters"));
            }
            return at.then(Text.of("：" + firstLine(all), ": " + firstLine(all)));
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

    /** A library's message kept to one line (XML parsers add the location on lines of their own). */
    static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }

    /** The letters of the column at {@code index} (0 is A, 26 is AA), as a spreadsheet shows them. */
    static String column(int index) {
        StringBuilder b = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            b.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return b.toString();
    }

    /** A NUL character is in no sheet a person typed: a binary or UTF-16 file read as text. */
    static void refuseNul(String file, Text where, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).indexOf('\0') >= 0) {
                throw new UnreadableSheetException(file, where.then(Text.of(
                        "，" + column(i) + " 列：含有 NUL 字节：不是人输入的文本（二进制文件，或 UTF-16？）",
                        ", column " + column(i) + ": holds a NUL byte: not text a person typed (a binary file, or UTF-16?)")));
            }
        }
    }

    private static final class Xlsx extends Input {
        private final String file;
        private final ReadableWorkbook workbook;
        private final Iterator<Sheet> sheets;
        private boolean anyHeader;
        private Sheet sheet;
        private Stream<Row> rows;
        private Iterator<Row> rowIterator;
        private boolean headerSeen;
        /** The row number of the current sheet's header. */
        private int headerRow;
        /** The number of cells of the current sheet's header. */
        private int headerWidth;
        private final XlsxParts.Parts parts;
        private Merges merges;

        Xlsx(Path file) throws IOException {
            Workbooks.refuseZipBomb(file);
            this.file = file.toString();
            // Without a styles part every cell is General: there is no format to read, and asking for one fails.
            this.parts = XlsxParts.check(file);
            try {
                this.workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(parts.styles(), false));
            } catch (IOException | RuntimeException e) {
                Text why = damaged(e);
                throw new UnreadableSheetException(file.toString(), Text.of("无法按 .xlsx 工作簿读取（", "cannot be read as an .xlsx workbook (")
                        .then(why).then(Text.of("）", ")")), e);
            }
            this.sheets = workbook.getSheets().toList().iterator();
        }

        @Override
        Line next() throws IOException {
            try {
                return read();
            } catch (RuntimeException e) {
                if (e instanceof IllegalArgumentException) {
                    throw e;
                }
                // The reader's own failures on a damaged part (a relationship to a missing part, bad XML).
                Text why = damaged(e);
                throw new UnreadableSheetException(file, (sheet == null
                        ? Text.of("无法读取（", "cannot be read (")
                        : Text.of("工作表 " + sheet.getName() + "：无法读取（", "sheet " + sheet.getName() + ": cannot be read ("))
                        .then(why).then(Text.of("）", ")")), e);
            }
        }

        /** What the reader said of a damaged workbook, without the name of its Java exception. */
        private static Text damaged(Exception e) {
            String m = firstLine(e.getMessage());
            return m.isEmpty() ? Text.of("文件已损坏", "the file is damaged") : Text.same(m);
        }

        private Line read() throws IOException {
            while (true) {
                if (rowIterator == null) {
                    if (!sheets.hasNext()) {
                        if (!anyHeader) {
                            throw new UnreadableSheetException(file, Text.of("没有一个可见工作表有表头行：工作簿是空的",
                                    "has no header row in any visible sheet: the workbook is empty"));
                        }
                        return null;
                    }
                    sheet = sheets.next();
                    rows = sheet.openStream();
                    // A hidden sheet is copied as it is: its merged cells are not filled in.
                    merges = new Merges(sheet.getVisibility() == SheetVisibility.VISIBLE ? parts.merges(sheet.getId()) : List.of());
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
                List<Text> problems = null;
                boolean blank = true;
                for (int i = 0; i < row.getCellCount(); i++) {
                    XlsxCell.Read cell = XlsxCell.read(row.getCell(i), sheet.getName(), parts.numberFormats());
                    blank &= cell.text().isBlank() && cell.problem() == null;
                    cells.add(cell.text());
                    typed.add(cell.typed());
                    if (cell.problem() != null) {
                        if (problems == null) {
                            problems = new ArrayList<>(java.util.Collections.nCopies(row.getCellCount(), (Text) null));
                        }
                        problems.set(i, cell.problem());
                    }
                }
                if (!merges.isEmpty()) {
                    if (problems == null) {
                        problems = new ArrayList<>(java.util.Collections.nCopies(row.getCellCount(), (Text) null));
                    }
                    merges.apply(row.getRowNum(), headerSeen ? headerRow : blank ? 0 : row.getRowNum(), headerWidth, !blank,
                            sheet.getName(), cells, typed, problems);
                    if (problems.stream().allMatch(java.util.Objects::isNull)) {
                        problems = null;
                    }
                }
                if (blank) {
                    continue;
                }
                refuseNul(file, Text.of("工作表 " + sheet.getName() + " 第 " + row.getRowNum() + " 行",
                        "sheet " + sheet.getName() + " row " + row.getRowNum()), cells);
                boolean header = !headerSeen;
                if (header) {
                    headerRow = row.getRowNum();
                    headerWidth = cells.size();
                }
                headerSeen = true;
                anyHeader = true;
                return new Line(sheet.getName(), row.getRowNum(), cells, header, java.util.Collections.unmodifiableList(typed),
                        sheet.getVisibility() != SheetVisibility.VISIBLE,
                        problems == null ? List.of() : java.util.Collections.unmodifiableList(problems));
            }
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
