package io.github.talentrules.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A workbook written part by part, by hand, so that a test can break any part of it. */
final class TinyXlsx {
    static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
            <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
            </Types>""";
    static final String ROOT_RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
            </Relationships>""";
    static final String WORKBOOK = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            <sheets><sheet name="候选人" sheetId="1" r:id="rId1"/></sheets>
            </workbook>""";
    static final String WORKBOOK_RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
            <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
            </Relationships>""";
    static final String STYLES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
            <cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>
            </styleSheet>""";
    /** 项目, 基准日, 出生日期, 学位 as shared strings 0-3, demo.grant and MASTER as 4 and 5. */
    static final String SHARED = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="6" uniqueCount="6">
            <si><t>项目</t></si><si><t>基准日</t></si><si><t>出生日期</t></si><si><t>学位</t></si><si><t>demo.grant</t></si><si><t>MASTER</t></si>
            </sst>""";
    /** A header row and one row of the demo pack; {@code %s} is where a test adds cells to row 2. */
    static final String SHEET = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
            <sheetData>
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>
            <row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" t="inlineStr"><is><t>2024-06-01</t></is></c><c r="C2" t="inlineStr"><is><t>1990-01-01</t></is></c><c r="D2" t="s"><v>5</v></c>%s</row>
            </sheetData>
            </worksheet>""";

    private final Map<String, byte[]> parts = new LinkedHashMap<>();

    TinyXlsx() {
        put("[Content_Types].xml", CONTENT_TYPES);
        put("_rels/.rels", ROOT_RELS);
        put("xl/workbook.xml", WORKBOOK);
        put("xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
        put("xl/styles.xml", STYLES);
        put("xl/sharedStrings.xml", SHARED);
        put("xl/worksheets/sheet1.xml", SHEET.formatted(""));
    }

    TinyXlsx put(String part, String xml) {
        parts.put(part, xml.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    TinyXlsx remove(String part) {
        parts.remove(part);
        return this;
    }

    /** Row 2 with {@code cells} after its four. */
    TinyXlsx withCells(String cells) {
        return put("xl/worksheets/sheet1.xml", SHEET.formatted(cells));
    }

    Path write(Path file) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    /** A part streamed into the zip from {@code writer}, for parts too big to hold (written once, never kept). */
    static void writeBig(Path file, Map<String, byte[]> small, String bigPart, IOConsumer<OutputStream> writer) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            for (Map.Entry<String, byte[]> e : small.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(bigPart));
            writer.accept(zip);
            zip.closeEntry();
        }
    }

    Map<String, byte[]> parts() {
        return parts;
    }

    interface IOConsumer<T> {
        void accept(T t) throws IOException;
    }
}
