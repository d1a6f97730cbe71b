package io.github.talentrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: a file that cannot be read as a sheet is refused in the run's language, one line, exit 2. */
class SheetFileErrorsLanguageTest {
    @TempDir
    Path dir;

    private Path empty() throws IOException {
        return Files.write(dir.resolve("empty.csv"), new byte[0]);
    }

    private Path utf16() throws IOException {
        byte[] text = "name,birthDate\n张三,1990-01-01\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);
        return Files.write(dir.resolve("utf16.csv"), bytes);
    }

    private Run batch(Path in, String... lang) {
        String[] args = new String[4 + lang.length];
        args[0] = "batch";
        System.arraycopy(lang, 0, args, 1, lang.length);
        args[1 + lang.length] = in.toString();
        args[2 + lang.length] = "-o";
        args[3 + lang.length] = dir.resolve("out-" + in.getFileName()).toString();
        return Run.of(args);
    }

    @Test
    void aChineseRunRefusesAnEmptyCsvInChinese() throws IOException {
        Path in = empty();
        Run r = batch(in, "--lang", "zh");

        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).isEqualTo("talent-rules: " + in + ": 是空文件：表格需要一行表头");
    }

    @Test
    void aChineseRunRefusesAUtf16CsvInChinese() throws IOException {
        Path in = utf16();
        Run r = batch(in);

        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).isEqualTo("talent-rules: " + in
                + ": 是 UTF-16 或 UTF-32 文本（以该字节顺序标记开头）：请另存为 CSV UTF-8（或 GBK）后重试");
    }

    @Test
    void anEnglishRunKeepsTodaysEnglishWords() throws IOException {
        Path empty = empty();
        Path utf16 = utf16();
        Run e = batch(empty, "--lang", "en");
        Run u = batch(utf16, "--lang", "en");

        assertThat(e.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(e.err().strip()).isEqualTo("talent-rules: " + empty + ": is empty: a sheet needs a header row");
        assertThat(u.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(u.err().strip()).isEqualTo("talent-rules: " + utf16
                + ": is UTF-16 or UTF-32 text (it starts with that byte-order mark): save it as CSV UTF-8 (or GBK) and try again");
    }
}
