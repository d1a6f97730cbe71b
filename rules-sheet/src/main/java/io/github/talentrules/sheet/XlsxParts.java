package io.github.talentrules.sheet;

import io.github.talentrules.explain.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The bounds a workbook must keep before the streaming reader opens it, checked in one streamed pass
 * over its XML parts that holds nothing but counts. A few kilobytes can otherwise ask the reader for
 * gigabytes: a cell at column ZZZZZZ (the reader sizes a row by its last column), a shared-string
 * index of 999,999,999 (it reads ahead to it), a shared-strings part of hundreds of megabytes that
 * compresses well enough to pass the zip-bomb guard. Each is refused naming the file, the part and
 * the cell; a part that is not well-formed XML (an entity reference, a NUL) is refused naming its line.
 */
final class XlsxParts {
    /** Columns A to XFD, as Excel has. */
    static final int MAX_COLUMNS = Input.MAX_CELLS;
    /** Rows 1 to 1,048,576, as Excel has. */
    static final int MAX_ROWS = 1_048_576;
    /** The text of all shared strings together: 64 Mi characters (at most 128 MB once read). */
    static final long MAX_SHARED_TEXT = 64L << 20;
    /** Merged regions in all sheets together: a million (a few per row of a large sheet). */
    static final int MAX_MERGES = 1_000_000;

    private static final XMLInputFactory XML = xmlFactory();
    /** The types a cell of a worksheet has: shared string, number, boolean, error, formula string, inline string. */
    private static final java.util.Set<String> CELL_TYPES = java.util.Set.of("s", "n", "b", "e", "str", "inlineStr");

    private final String file;
    /** Whether the workbook has a styles part: without one every cell is General and no format is read. */
    private boolean styles;
    private int sharedStrings;
    /** The workbook part (xl/workbook.xml), whose relationships name each sheet's part. */
    private String workbookPart;
    /** The merged regions of each worksheet part that has some: {first row, first column, last row, last column}, from 1. */
    private final Map<String, List<int[]>> merges = new HashMap<>();
    /** The workbook's own number formats by id, from the styles part's numFmts only (not a conditional format's). */
    private final Map<Integer, String> numberFormats = new HashMap<>();
    private int mergeCount;

    private XlsxParts(String file) {
        this.file = file;
    }

    private static XMLInputFactory xmlFactory() {
        // The JDK's own parser, whatever else is on the class path; no DTD, no external entity.
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    /**
     * What the reader needs besides the cells: whether the workbook has a styles part, and the merged
     * regions of each sheet by its relationship id ({@code rId1}, as the workbook names the sheet).
     */
    record Parts(boolean styles, Map<String, List<int[]>> mergesBySheetId, Map<Integer, String> numberFormats) {
        /** The merged regions of the sheet {@code id}: {first row, first column, last row, last column}, from 1. */
        List<int[]> merges(String id) {
            return id == null ? List.of() : mergesBySheetId.getOrDefault(id, List.of());
        }
    }

    /**
     * @return whether the workbook has a styles part, and its sheets' merged regions
     * @throws IllegalArgumentException naming the file, the part and the cell or line, when a bound is passed
     */
    static Parts check(Path workbook) {
        XlsxParts p = new XlsxParts(workbook.toString());
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            List<ZipEntry> sheets = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                if (!e.getName().toLowerCase(Locale.ROOT).endsWith(".xml")) {
                    continue;
                }
                String root = p.scan(zip, e, null);
                if (root.equals("worksheet")) {
                    sheets.add(e);
                }
            }
            for (ZipEntry e : sheets) {
                p.scan(zip, e, "worksheet");
            }
            return new Parts(p.styles, p.mergesBySheet(zip), Map.copyOf(p.numberFormats));
        } catch (IOException e) {
            String why = Input.firstLine(e.getMessage());
            throw new UnreadableSheetException(workbook.toString(), Text.of("无法按 .xlsx 工作簿读取（" + why + "）",
                    "cannot be read as an .xlsx workbook (" + why + ")"), e);
        }
    }

    /**
     * The merged regions by the id of the sheet they are in: the workbook's relationships map each id
     * to a part ({@code rId1} to {@code xl/worksheets/sheet1.xml}), as the reader resolves them.
     */
    private Map<String, List<int[]>> mergesBySheet(ZipFile zip) throws IOException {
        if (merges.isEmpty() || workbookPart == null) {
            return Map.of();
        }
        int slash = workbookPart.lastIndexOf('/');
        String folder = workbookPart.substring(0, slash + 1);
        ZipEntry rels = zip.getEntry(folder + "_rels/" + workbookPart.substring(slash + 1) + ".rels");
        if (rels == null) {
            return Map.of();
        }
        Map<String, List<int[]>> out = new HashMap<>();
        try (InputStream in = zip.getInputStream(rels)) {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            try {
                while (x.hasNext()) {
                    if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("Relationship")) {
                        String id = x.getAttributeValue(null, "Id");
                        String target = x.getAttributeValue(null, "Target");
                        if (id != null && target != null) {
                            List<int[]> m = merges.get(normal(target.startsWith("/") ? target : folder + target));
                            if (m != null) {
                                m.sort(java.util.Comparator.comparingInt(r -> r[0]));
                                out.put(id, List.copyOf(m));
                            }
                        }
                    }
                }
            } finally {
                x.close();
            }
        } catch (XMLStreamException ex) {
            throw new UnreadableSheetException(file, Text.of("部件 " + rels.getName() + "：不是格式正确的 XML",
                    "part " + rels.getName() + ": is not well-formed XML"), ex);
        }
        return out;
    }

    /** A part's name as the zip has it: no leading /, no . or .. segments. */
    private static String normal(String path) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String seg : path.split("/")) {
            if (seg.equals("..")) {
                parts.pollLast();
            } else if (!seg.isEmpty() && !seg.equals(".")) {
                parts.addLast(seg);
            }
        }
        return String.join("/", parts);
    }

    /** Reads {@code e}: its root only, or all of it for shared strings and (when {@code full}) a worksheet. */
    private String scan(ZipFile zip, ZipEntry e, String full) throws IOException {
        try (InputStream in = zip.getInputStream(e)) {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            try {
                while (x.hasNext()) {
                    int ev = x.next();
                    if (ev == XMLStreamConstants.DTD) {
                        throw refused(e, Text.of("声明了 DTD：拒绝读取（工作簿没有 DTD）", "declares a DTD: refused (a workbook has none)"));
                    }
                    if (ev == XMLStreamConstants.START_ELEMENT) {
                        String root = x.getLocalName();
                        if (root.equals("styleSheet")) {
                            styles = true;
                            numberFormats(x);
                        } else if (root.equals("workbook")) {
                            workbookPart = e.getName();
                        } else if (root.equals("sst")) {
                            sharedStrings(e, x);
                        } else if (root.equals("worksheet") && full != null) {
                            worksheet(e, x);
                        }
                        return root;
                    }
                }
                return "";
            } finally {
                x.close();
            }
        } catch (XMLStreamException ex) {
            Text where = ex.getLocation() == null ? Text.same("") : Text.of(
                    "第 " + ex.getLocation().getLineNumber() + " 行，第 " + ex.getLocation().getColumnNumber() + " 列：",
                    "line " + ex.getLocation().getLineNumber() + ", column " + ex.getLocation().getColumnNumber() + ": ");
            String why = ex.getMessage() == null ? ex.toString()
                    : ex.getMessage().lines().reduce((a, b) -> b).orElse("").strip().replaceFirst("^Message: ", "");
            throw new UnreadableSheetException(file, Text.of("部件 " + e.getName() + "：", "part " + e.getName() + ": ").then(where)
                    .then(Text.of("不是格式正确的 XML（" + why + "）", "is not well-formed XML (" + why + ")")), ex);
        }
    }

    /**
     * The number formats of {@code <numFmts>}: the reader also takes those of the conditional formats
     * ({@code <dxfs>}), whose ids may be the same as a cell's format and so replace it.
     */
    private void numberFormats(XMLStreamReader x) throws XMLStreamException {
        int depth = 1;
        boolean inNumFmts = false;
        while (depth > 0) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth == 2) {
                    inNumFmts = x.getLocalName().equals("numFmts");
                } else if (depth == 3 && inNumFmts && x.getLocalName().equals("numFmt")) {
                    String id = x.getAttributeValue(null, "numFmtId");
                    String code = x.getAttributeValue(null, "formatCode");
                    if (id != null && code != null && id.strip().matches("\\d{1,9}")) {
                        numberFormats.put(Integer.parseInt(id.strip()), code);
                    }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private void sharedStrings(ZipEntry e, XMLStreamReader x) throws XMLStreamException {
        long text = 0;
        long item = 0;
        int depth = 1;
        while (depth > 0) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth == 2 && x.getLocalName().equals("si")) {
                    sharedStrings++;
                    item = 0;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                int n = x.getTextLength();
                text += n;
                item += n;
                if (item > Input.MAX_CELL) {
                    throw refused(e, Text.of("共享字符串 " + (sharedStrings - 1) + " 超过 " + Input.MAX_CELL + " 个字符（表格单元格最多容纳的字符数）",
                            "shared string " + (sharedStrings - 1) + " is longer than " + Input.MAX_CELL
                            + " characters (the most a cell of a sheet holds)"));
                }
                if (text > MAX_SHARED_TEXT) {
                    throw refused(e, Text.of("共享字符串合计超过 " + MAX_SHARED_TEXT + " 个字符：太大，无法读取；请拆分工作簿",
                            "the shared strings hold more than " + MAX_SHARED_TEXT + " characters in all:"
                            + " too big to read; split the workbook"));
                }
            }
        }
    }

    private void worksheet(ZipEntry e, XMLStreamReader x) throws XMLStreamException {
        long row = 0;
        long column = 0;
        String type = "n";
        String cell = null;
        StringBuilder value = null;
        long inline = 0;
        int depth = 1;
        while (depth > 0) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = x.getLocalName();
                if (name.equals("row")) {
                    String r = x.getAttributeValue(null, "r");
                    row = r == null ? row + 1 : number(e, x, r, "row");
                    if (row < 1 || row > MAX_ROWS) {
                        throw refused(e, Text.of("第 " + r + " 行超出了第 " + MAX_ROWS + " 行（工作表的最后一行）",
                                "row " + r + " is beyond row " + MAX_ROWS + ", the last a sheet has"));
                    }
                    column = 0;
                } else if (name.equals("c")) {
                    String r = x.getAttributeValue(null, "r");
                    column = r == null ? column + 1 : column(e, x, r);
                    cell = r == null ? Input.column((int) Math.min(column - 1, MAX_COLUMNS)) + row : r;
                    if (column > MAX_COLUMNS) {
                        throw refused(e, Text.of("单元格 " + cell + " 超出了 XFD 列（工作表的最后一列）",
                                "cell " + cell + " is beyond column XFD, the last a sheet has"));
                    }
                    type = x.getAttributeValue(null, "t") == null ? "n" : x.getAttributeValue(null, "t");
                    if (type.equals("d")) {
                        throw refused(e, Text.of("单元格 " + cell + " 是 ISO 日期类型（t=\"d\"）的单元格，无法读取：请在 Excel 或 WPS 中打开并保存该文件后重试",
                                "cell " + cell + " is an ISO date cell (t=\"d\"), which cannot be read: open and save the file in Excel or WPS"
                                + " and try again"));
                    }
                    if (!CELL_TYPES.contains(type)) {
                        throw refused(e, Text.of("单元格 " + cell + " 的类型“" + clip(type) + "”不是工作表单元格的类型",
                                "cell " + cell + " has the type '" + clip(type) + "', which no cell of a sheet has"));
                    }
                    inline = 0;
                } else if (name.equals("mergeCell")) {
                    merge(e, x);
                } else if (name.equals("v") && (type.equals("s") || type.equals("n") || type.equals("b"))) {
                    value = new StringBuilder();
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (x.getLocalName().equals("v") && value != null && !type.equals("s")) {
                    value(e, cell, type, value.toString());
                    value = null;
                } else if (x.getLocalName().equals("v") && value != null) {
                    String v = value.toString().strip();
                    long i;
                    try {
                        i = Long.parseLong(v);
                    } catch (NumberFormatException nf) {
                        throw refused(e, Text.of("单元格 " + cell + "：“" + clip(v) + "”不是共享字符串的编号",
                                "cell " + cell + ": '" + clip(v) + "' is not the number of a shared string"));
                    }
                    if (i < 0 || i >= sharedStrings) {
                        throw refused(e, Text.of("单元格 " + cell + "：共享字符串 " + i + " 不存在（工作簿共有 " + sharedStrings + " 个）",
                                "cell " + cell + ": shared string " + i + " does not exist (the workbook has "
                                + sharedStrings + ")"));
                    }
                    value = null;
                }
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                if (value != null) {
                    if (!type.equals("s") && value.length() + x.getTextLength() > 400) {
                        throw refused(e, Text.of("单元格 " + cell + "：值超过 400 个字符，不是数字", "cell " + cell
                                + ": a value of more than 400 characters is not a number"));
                    }
                    if (type.equals("s") && value.length() + x.getTextLength() > 20) {
                        throw refused(e, Text.of("单元格 " + cell + "：共享字符串编号超过 20 位数字",
                                "cell " + cell + ": a shared-string index of more than 20 digits"));
                    }
                    value.append(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
                } else if (cell != null) {
                    inline += x.getTextLength();
                    if (inline > Input.MAX_CELL) {
                        throw refused(e, Text.of("单元格 " + cell + " 超过 " + Input.MAX_CELL + " 个字符（表格单元格最多容纳的字符数）",
                                "cell " + cell + " is longer than " + Input.MAX_CELL
                                + " characters (the most a cell of a sheet holds)"));
                    }
                }
            }
        }
    }

    /** The value of a number or boolean cell is one the reader reads: a decimal number, or 0 or 1. */
    private void value(ZipEntry e, String cell, String type, String v) {
        if (v.isEmpty()) {
            return;
        }
        if (type.equals("b") && !v.equals("0") && !v.equals("1")) {
            throw refused(e, Text.of("单元格 " + cell + "：布尔值“" + clip(v) + "”不是 0 或 1",
                    "cell " + cell + ": the boolean '" + clip(v) + "' is not 0 or 1"));
        }
        if (type.equals("n")) {
            try {
                new java.math.BigDecimal(v);
            } catch (NumberFormatException nf) {
                throw refused(e, Text.of("单元格 " + cell + "：“" + clip(v) + "”不是数字", "cell " + cell + ": '" + clip(v) + "' is not a number"));
            }
        }
    }

    /** A merged region {@code B3:B5}, kept by its part; a region of one cell merges nothing. */
    private void merge(ZipEntry e, XMLStreamReader x) {
        String ref = x.getAttributeValue(null, "ref");
        int colon = ref == null ? -1 : ref.indexOf(':');
        if (colon < 0) {
            return;
        }
        String from = ref.substring(0, colon);
        String to = ref.substring(colon + 1);
        int[] r = {(int) row(e, x, from), (int) column(e, x, from), (int) row(e, x, to), (int) column(e, x, to)};
        if (r[0] > r[2] || r[1] > r[3]) {
            throw refused(e, Text.of("“" + clip(ref) + "”不是单元格区域", "'" + clip(ref) + "' is not a range of cells"));
        }
        if (r[0] == r[2] && r[1] == r[3]) {
            return;
        }
        if (++mergeCount > MAX_MERGES) {
            throw refused(e, Text.of("合并单元格区域超过 " + MAX_MERGES + " 个：太多，无法读取",
                    "more than " + MAX_MERGES + " merged regions: too many to read"));
        }
        merges.computeIfAbsent(e.getName(), k -> new ArrayList<>()).add(r);
    }

    /** The row number of a reference such as AB12 (12). */
    private long row(ZipEntry e, XMLStreamReader x, String ref) {
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            i++;
        }
        return number(e, x, ref.substring(i), "row");
    }

    /** The column number of a reference such as AB12 (AB is 28); past XFD the count stops growing. */
    private long column(ZipEntry e, XMLStreamReader x, String ref) {
        long n = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            char ch = Character.toUpperCase(ref.charAt(i));
            if (ch < 'A' || ch > 'Z') {
                throw refused(e, Text.of("“" + clip(ref) + "”不是单元格引用", "'" + clip(ref) + "' is not a cell reference"));
            }
            n = Math.min(n * 26 + (ch - 'A' + 1), MAX_COLUMNS + 1L);
            i++;
        }
        if (i == 0 || i == ref.length()) {
            throw refused(e, Text.of("“" + clip(ref) + "”不是单元格引用", "'" + clip(ref) + "' is not a cell reference"));
        }
        if (number(e, x, ref.substring(i), "row") > MAX_ROWS) {
            throw refused(e, Text.of("单元格 " + clip(ref) + " 超出了第 " + MAX_ROWS + " 行（工作表的最后一行）",
                    "cell " + clip(ref) + " is beyond row " + MAX_ROWS + ", the last a sheet has"));
        }
        return n;
    }

    private long number(ZipEntry e, XMLStreamReader x, String s, String what) {
        if (s.isEmpty() || s.length() > 9 || !s.chars().allMatch(Character::isDigit)) {
            throw refused(e, Text.of("“" + clip(s) + "”不是工作表的行号（1 至 " + MAX_ROWS + "）",
                    "'" + clip(s) + "' is not a " + what + " number of a sheet (1 to " + MAX_ROWS + ")"));
        }
        return Long.parseLong(s);
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    private UnreadableSheetException refused(ZipEntry e, Text why) {
        return new UnreadableSheetException(file, Text.of("部件 " + e.getName() + "：", "part " + e.getName() + ": ").then(why));
    }
}
