package io.github.talentrules.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 part 5: small files that asked the readers for gigabytes, and faults of the file that were
 * reported as internal errors. Each is now refused by {@link SheetCheck#check} with an
 * {@link IllegalArgumentException} (exit 2 in the CLI) of one line naming the file and the part, cell
 * or line. Large files are generated here, in a temporary folder, and deleted after.
 */
class HostileFilesTest {
    @TempDir
    Path dir;

    private Summary check(Path in) {
        return SheetCheck.builder(SheetCheckTest.RULES).build().check(in, dir.resolve("out.csv"));
    }

    private void refused(TinyXlsx x, String message) throws IOException {
        Path f = x.write(dir.resolve("hostile.xlsx"));
        assertThatThrownBy(() -> check(f)).isInstanceOf(IllegalArgumentException.class).hasMessage(f + ": " + message);
    }

    @Test
    void theHandMadeWorkbookIsRead() throws IOException {
        Summary s = check(new TinyXlsx().write(dir.resolve("good.xlsx")));
        assertThat(s.rows()).isEqualTo(1);
        assertThat(s.errors()).isZero();
    }

    @Test
    void aCellBeyondColumnXfdIsRefused() throws IOException {
        refused(new TinyXlsx().withCells("<c r=\"ZZZZZZ2\" t=\"inlineStr\"><is><t>x</t></is></c>"),
                "part xl/worksheets/sheet1.xml: cell ZZZZZZ2 is beyond column XFD, the last a sheet has");
        refused(new TinyXlsx().withCells("<c r=\"XFE2\"><v>1</v></c>"),
                "part xl/worksheets/sheet1.xml: cell XFE2 is beyond column XFD, the last a sheet has");
    }

    @Test
    void aRowBeyondTheLastIsRefused() throws IOException {
        refused(new TinyXlsx().withCells("<c r=\"E1048577\"><v>1</v></c>"),
                "part xl/worksheets/sheet1.xml: cell E1048577 is beyond row 1048576, the last a sheet has");
    }

    @Test
    void aSharedStringThatDoesNotExistIsRefused() throws IOException {
        for (String i : new String[] {"999999999", "-1", "6"}) {
            refused(new TinyXlsx().withCells("<c r=\"E2\" t=\"s\"><v>" + i + "</v></c>"),
                    "part xl/worksheets/sheet1.xml: cell E2: shared string " + i + " does not exist (the workbook has 6)");
        }
    }

    @Test
    void aWorkbookWithoutStylesIsReadAsAllGeneral() throws IOException {
        Summary s = check(new TinyXlsx().remove("xl/styles.xml").put("xl/_rels/workbook.xml.rels",
                TinyXlsx.WORKBOOK_RELS.replaceAll("<Relationship Id=\"rId3\"[^>]*/>", "")).write(dir.resolve("plain.xlsx")));
        assertThat(s.rows()).isEqualTo(1);
        assertThat(s.errors()).isZero();
        Summary missing = check(new TinyXlsx().remove("xl/styles.xml").write(dir.resolve("missing.xlsx")));
        assertThat(missing.rows()).as("a relationship to a styles part that is not there").isEqualTo(1);
    }

    @Test
    void anEntityReferenceOrANulIsNotWellFormedXml() throws IOException {
        refused(new TinyXlsx().withCells("<c r=\"E2\" t=\"inlineStr\"><is><t>&foo;</t></is></c>"),
                "part xl/worksheets/sheet1.xml: line 5, column 212: is not well-formed XML (The entity \"foo\" was referenced, but not declared.)");
        refused(new TinyXlsx().withCells("<c r=\"E2\" t=\"inlineStr\"><is><t>a&#0;b</t></is></c>"),
                "part xl/worksheets/sheet1.xml: line 5, column 212: is not well-formed XML (Character reference \"&#0\" is an invalid XML character.)");
    }

    @Test
    void aDtdIsRefused() throws IOException {
        refused(new TinyXlsx().put("xl/sharedStrings.xml", TinyXlsx.SHARED.replace("<sst ",
                        "<!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\">]><sst ")),
                "part xl/sharedStrings.xml: declares a DTD: refused (a workbook has none)");
    }

    @Test
    void aRelationshipToAPartThatIsNotThereIsRefusedNamingTheSheet() throws IOException {
        refused(new TinyXlsx().put("xl/_rels/workbook.xml.rels", TinyXlsx.WORKBOOK_RELS.replace("worksheets/sheet1.xml", "../../../etc/passwd")),
                "sheet 候选人: cannot be read (/xl/../../../etc/passwd not found)");
    }

    @Test
    void aWorkbookWithNoRowsIsAnError() throws IOException {
        refused(new TinyXlsx().put("xl/worksheets/sheet1.xml",
                        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData/></worksheet>"),
                "has no header row in any visible sheet: the workbook is empty");
    }

    @Test
    void aCellLongerThanACellMayBeIsRefused() throws IOException {
        String big = "x".repeat(Input.MAX_CELL + 1);
        refused(new TinyXlsx().withCells("<c r=\"E2\" t=\"inlineStr\"><is><t>" + big + "</t></is></c>"),
                "part xl/worksheets/sheet1.xml: cell E2 is longer than 32767 characters (the most a cell of a sheet holds)");
        refused(new TinyXlsx().put("xl/sharedStrings.xml", TinyXlsx.SHARED.replace("</sst>", "<si><t>" + big + "</t></si></sst>")),
                "part xl/sharedStrings.xml: shared string 6 is longer than 32767 characters (the most a cell of a sheet holds)");
    }

    /** 65 Mi characters of shared strings that compress about 1.3 times: the zip-bomb guard lets them through. */
    @Test
    void sharedStringsBeyondTheirBoundAreRefusedBeforeTheyAreRead() throws IOException {
        Path f = dir.resolve("many-strings.xlsx");
        Random random = new Random(15_5L);
        try (OutputStream os = Files.newOutputStream(f); ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (var e : new TinyXlsx().remove("xl/sharedStrings.xml").parts().entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            w.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            w.write("<si><t>项目</t></si><si><t>基准日</t></si><si><t>出生日期</t></si><si><t>学位</t></si><si><t>demo.grant</t></si><si><t>MASTER</t></si>");
            char[] chunk = new char[30_000];
            for (long written = 0; written <= XlsxParts.MAX_SHARED_TEXT; written += chunk.length) {
                for (int i = 0; i < chunk.length; i++) {
                    chunk[i] = (char) ('a' + random.nextInt(26));
                }
                w.write("<si><t>");
                w.write(chunk);
                w.write("</t></si>");
            }
            w.write("</sst>");
            w.flush();
            zip.closeEntry();
        }
        assertThatThrownBy(() -> check(f)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(f + ": part xl/sharedStrings.xml: the shared strings hold more than 67108864 characters in all:"
                        + " too big to read; split the workbook");
    }

    @Test
    void moreCellsInARowThanASheetHasIsRefusedEvenWhenBlank() throws IOException {
        Path f = dir.resolve("wide.csv");
        Files.writeString(f, RowsReadRightTest.HEADER + "1,demo.grant,2024-06-01,1990-01-01,MASTER" + ",".repeat(Input.MAX_CELLS) + "\n");
        assertThatThrownBy(() -> check(f)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(f + ": line 2: more than 16384 cells in a row (the most a sheet has, columns A to XFD)");
    }

    @Test
    void aFiftyMegabyteCellIsRefused() throws IOException {
        Path f = dir.resolve("big-cell.csv");
        try (BufferedWriter w = Files.newBufferedWriter(f)) {
            w.write(RowsReadRightTest.HEADER);
            w.write("1,demo.grant,2024-06-01,1990-01-01,\"");
            char[] chunk = "x".repeat(1 << 16).toCharArray();
            for (int i = 0; i < 50 * 16; i++) {
                w.write(chunk);
            }
            w.write("\"\n");
        }
        assertThatThrownBy(() -> check(f)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(f + ": line 2: a cell longer than 32767 characters (the most a cell of a sheet holds), or a quote (\") that is not closed");
    }

    @Test
    void anUnterminatedQuoteIsRefusedNamingTheLine() throws IOException {
        Path f = dir.resolve("quote.csv");
        Files.writeString(f, RowsReadRightTest.HEADER + "1,demo.grant,2024-06-01,1990-01-01,MASTER\n2,demo.grant,\"2024-06-01,1990-01-01,MASTER\n");
        assertThatThrownBy(() -> check(f)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(f + ": line 3: a quote (\") that is never closed: the rest of the file would be one cell");
    }
}
