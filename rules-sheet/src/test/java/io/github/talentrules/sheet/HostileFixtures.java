package io.github.talentrules.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes the small hostile sheets of {@code src/test/resources/hostile/} (the catalogue that
 * {@code catalogue.tsv} describes, and the fuzzers' seeds). Run it again after changing one:
 * {@code java -cp ... io.github.talentrules.sheet.HostileFixtures src/test/resources/hostile}.
 * Large hostile files are not kept: the tests generate them.
 */
final class HostileFixtures {
    private HostileFixtures() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/hostile");
        Files.createDirectories(dir);
        String header = RowsReadRightTest.HEADER;
        String row = "1,demo.grant,2024-06-01,1990-01-01,MASTER\n";
        Files.writeString(dir.resolve("nul-in-cell.csv"), header + row + "2,demo.grant,2024-06-01,19\u000090-01-01,MASTER\n");
        Files.write(dir.resolve("empty.csv"), new byte[0]);
        Files.writeString(dir.resolve("blank-lines.csv"), "\n\n ,, \n");
        Files.write(dir.resolve("nuls.csv"), new byte[4096]);
        byte[] random = new byte[4096];
        new Random(15L).nextBytes(random);
        Files.write(dir.resolve("random.csv"), random);
        Files.write(dir.resolve("random.xlsx"), random);
        Files.write(dir.resolve("utf16le-bom.csv"), withHead(new byte[] {(byte) 0xFF, (byte) 0xFE}, (header + row).getBytes(StandardCharsets.UTF_16LE)));
        Files.write(dir.resolve("utf16be-bom.csv"), (header + row).getBytes(StandardCharsets.UTF_16));
        Files.write(dir.resolve("utf16le.csv"), (header + row).getBytes(StandardCharsets.UTF_16LE));
        Files.write(dir.resolve("bom-gbk.csv"), withHead(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                (header + row).getBytes(Charset.forName("GBK"))));
        Files.writeString(dir.resolve("unclosed-quote.csv"), header + row + "2,demo.grant,\"2024-06-01,1990-01-01,MASTER\n");
        Files.writeString(dir.resolve("wide-row.csv"), header + row.strip() + ",".repeat(Input.MAX_CELLS) + "\n");
        new TinyXlsx().withCells("<c r=\"ZZZZZZ2\" t=\"inlineStr\"><is><t>x</t></is></c>").write(dir.resolve("column-zzzzzz.xlsx"));
        new TinyXlsx().withCells("<c r=\"E1048577\"><v>1</v></c>").write(dir.resolve("row-past-last.xlsx"));
        new TinyXlsx().withCells("<c r=\"E2\" t=\"s\"><v>999999999</v></c>").write(dir.resolve("shared-string-huge.xlsx"));
        new TinyXlsx().withCells("<c r=\"E2\" t=\"s\"><v>-1</v></c>").write(dir.resolve("shared-string-negative.xlsx"));
        new TinyXlsx().withCells("<c r=\"E2\" t=\"s\"><v>6</v></c>").write(dir.resolve("shared-string-one-past.xlsx"));
        new TinyXlsx().withCells("<c r=\"E2\" t=\"inlineStr\"><is><t>&foo;</t></is></c>").write(dir.resolve("entity-reference.xlsx"));
        new TinyXlsx().withCells("<c r=\"E2\" t=\"inlineStr\"><is><t>a&#0;b</t></is></c>").write(dir.resolve("nul-reference.xlsx"));
        new TinyXlsx().put("xl/sharedStrings.xml", TinyXlsx.SHARED.replace("<sst ", "<!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\">]><sst "))
                .write(dir.resolve("dtd.xlsx"));
        new TinyXlsx().put("xl/_rels/workbook.xml.rels", TinyXlsx.WORKBOOK_RELS.replace("worksheets/sheet1.xml", "../../../etc/passwd"))
                .write(dir.resolve("bad-relationship.xlsx"));
        new TinyXlsx().put("xl/worksheets/sheet1.xml",
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData/></worksheet>")
                .write(dir.resolve("empty-workbook.xlsx"));
        new TinyXlsx().withCells("<c r=\"E2\" t=\"inlineStr\"><is><t>" + "x".repeat(Input.MAX_CELL + 1) + "</t></is></c>")
                .write(dir.resolve("long-cell.xlsx"));
        new TinyXlsx().remove("xl/styles.xml").write(dir.resolve("no-styles.xlsx"));
        TinyXlsx bomb = new TinyXlsx();
        bomb.parts().put("xl/media/padding.bin", new byte[4 << 20]);
        bomb.write(dir.resolve("zip-bomb.xlsx"));
    }

    private static byte[] withHead(byte[] head, byte[] rest) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(head);
        b.writeBytes(rest);
        return b.toByteArray();
    }

}
