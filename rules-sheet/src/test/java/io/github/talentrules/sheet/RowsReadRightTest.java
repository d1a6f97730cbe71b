package io.github.talentrules.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 part 4: no row lost or read wrongly. Each file here was once read without a word (a row
 * merged into the one above, NULs taken as text, UTF-16 headers garbled, an empty file "共 0 行"); now
 * each is read right or refused with a message naming the file and, where there is one, the line and column.
 */
class RowsReadRightTest {
    static final String HEADER = "序号,项目,基准日,出生日期,学位\n";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private Summary check(Path in) {
        return SheetCheck.builder(SheetCheckTest.RULES).build().check(in, dir.resolve("out.csv"));
    }

    @Test
    void aLoneCarriageReturnInAQuotedLastCellKeepsTheNextRow() throws IOException {
        Path in = write("cr.csv", ("序号,项目,基准日,出生日期,备注\n"
                + "1,demo.grant,2024-06-01,1990-01-01,\"a\rb\"\n"
                + "2,demo.grant,2024-06-01,1990-01-01,x\n"
                + "3,demo.grant,2024-06-01,1990-01-01,\"\r\"\n"
                + "4,demo.grant,2024-06-01,1990-01-01,y\n").getBytes(StandardCharsets.UTF_8));

        Summary s = check(in);

        assertThat(s.rows()).as("every candidate counted").isEqualTo(4);
        Map<String, List<String>> r = SheetCheckTest.bySerial(SheetCheckTest.readCsv(dir.resolve("out.csv")));
        assertThat(r).containsOnlyKeys("1", "2", "3", "4");
        assertThat(r.get("1").get(4)).isEqualTo("a\rb");
        assertThat(r.get("2").get(4)).isEqualTo("x");
    }

    @Test
    void aNulByteInACellIsRefusedNamingLineAndColumn() throws IOException {
        Path in = write("nul.csv", (HEADER + "1,demo.grant,2024-06-01,1990-01-01,MASTER\n2,demo.grant,2024-06-01,19\u000090-01-01,MASTER\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> check(in)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(in + ": line 3, column D: holds a NUL byte: not text a person typed (a binary file, or UTF-16?)");
    }

    @Test
    void anEmptyFileIsAnErrorNotASheetOfNoRows() throws IOException {
        Path empty = write("empty.csv", new byte[0]);
        assertThatThrownBy(() -> check(empty)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(empty + ": is empty: a sheet needs a header row");
        Path blank = write("blank.csv", "\n\n ,, \n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> check(blank)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(blank + ": has no header row: the sheet is empty");
    }

    @Test
    void aFileOfNulsIsRefused() throws IOException {
        Path in = write("nuls.csv", new byte[4096]);
        assertThatThrownBy(() -> check(in)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(in + ": holds only NUL bytes: not a sheet");
    }

    @Test
    void randomBytesAreRefusedNotDecided() throws IOException {
        long seed = 15_4L;
        Random random = new Random(seed);
        for (int i = 0; i < 20; i++) {
            byte[] bytes = new byte[1 + random.nextInt(8192)];
            random.nextBytes(bytes);
            Path in = write("random" + i + ".csv", bytes);
            assertThatThrownBy(() -> check(in)).as("seed %d, file %d", seed, i)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(in + ": ");
        }
    }

    @Test
    void utf16WithOrWithoutAByteOrderMarkIsAnEncodingError() throws IOException {
        String text = HEADER + "1,demo.grant,2024-06-01,1990-01-01,MASTER\n";
        for (String cs : List.of("UTF-16", "UTF-16LE", "UTF-16BE")) {
            byte[] bytes = text.getBytes(Charset.forName(cs)); // UTF-16 writes a big-endian BOM
            byte[] withBom = new byte[bytes.length + 2];
            withBom[0] = (byte) 0xFF;
            withBom[1] = (byte) 0xFE;
            System.arraycopy(bytes, 0, withBom, 2, bytes.length);
            Path plain = write(cs + ".csv", bytes);
            assertThatThrownBy(() -> check(plain)).as(cs).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith(plain + ": is UTF-16").hasMessageContaining("save it as CSV UTF-8");
            if (!cs.equals("UTF-16")) {
                Path marked = write(cs + "-bom.csv", cs.equals("UTF-16LE") ? withBom : bytes);
                assertThatThrownBy(() -> check(marked)).as(cs + " with BOM").isInstanceOf(IllegalArgumentException.class)
                        .hasMessageStartingWith(marked + ": is UTF-16");
            }
        }
    }

    @Test
    void aUtf8ByteOrderMarkBeforeGbkBytesIsAnEncodingError() throws IOException {
        byte[] gbk = (HEADER + "1,demo.grant,2024-06-01,1990-01-01,MASTER\n").getBytes(Charset.forName("GBK"));
        byte[] bytes = new byte[gbk.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(gbk, 0, bytes, 3, gbk.length);
        Path in = write("bom-gbk.csv", bytes);
        assertThatThrownBy(() -> check(in)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(in + ": starts with a UTF-8 byte-order mark but what follows is not UTF-8");
    }

    @Test
    void bytesThatAreNotTextInTheEncodingFarDownTheFileAreRefusedNotReplaced() throws IOException {
        StringBuilder b = new StringBuilder(HEADER);
        for (int i = 1; i <= 3000; i++) {
            b.append(i).append(",demo.grant,2024-06-01,1990-01-01,MASTER\n");
        }
        byte[] head = b.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 4];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = '9';
        bytes[head.length + 1] = ',';
        bytes[head.length + 2] = (byte) 0xC3; // a UTF-8 lead byte with nothing after it
        bytes[head.length + 3] = '\n';
        Path in = write("late.csv", bytes);
        assertThatThrownBy(() -> check(in)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(in + ": line 3002: bytes that are not UTF-8 text");
    }

    @Test
    void aDateInYearZeroInASheetIsARowErrorNamingTheColumn() throws IOException {
        Path in = write("dates.csv", (HEADER + "1,demo.grant,2024-06-01,0000-01-01,MASTER\n2,demo.grant,+999999999-12-31,1990-01-01,MASTER\n")
                .getBytes(StandardCharsets.UTF_8));
        Summary s = check(in);
        assertThat(s.errors()).isEqualTo(2);
        Map<String, List<String>> r = SheetCheckTest.bySerial(SheetCheckTest.readCsv(dir.resolve("out.csv")));
        assertThat(r.get("1").get(r.get("1").size() - 1)).contains("1900-01-01").contains("2199-12-31");
        assertThat(r.get("2").get(r.get("2").size() - 1)).isNotEmpty();
        assertThat(r.get("1").get(5)).as("no outcome").isEmpty();
    }
}
