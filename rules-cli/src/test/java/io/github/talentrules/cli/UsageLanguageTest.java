package io.github.talentrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a command says when it is given wrongly (an option it does not know, a value of the wrong
 * kind, a file that is not there, a folder for a file, an output folder that does not exist, an
 * unknown programme): one message in the run's language, whole, without Java's or picocli's words.
 */
class UsageLanguageTest {
    private static final String CASE = CheckAndPacksCommandTest.EXAMPLE;
    private static final String SHEET = BatchCommandTest.CSV.toString();

    @TempDir
    Path dir;

    @Test
    void aDateThatIsNoDayIsSaidInTheRunsLanguage() {
        Run zh = Run.of("batch", "--as-of", "2025-13-01", SHEET, "-o", dir.resolve("o.csv").toString());
        Run en = Run.of("batch", "--lang", "en", "--as-of", "2025-13-01", SHEET, "-o", dir.resolve("o.csv").toString());

        assertThat(zh.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(zh.err()).isEqualTo("talent-rules: --as-of 的值 '2025-13-01' 不对：日期须写作 YYYY-MM-DD 且是真实的日期（如 2025-03-01）\n"
                + "运行 'talent-rules batch --help' 查看用法。\n");
        assertThat(en.err()).isEqualTo("talent-rules: the value '2025-13-01' of --as-of is not valid: a date is written YYYY-MM-DD"
                + " and must be a real day (2025-03-01)\nRun 'talent-rules batch --help' for usage.\n");
    }

    @Test
    void aLanguageNotKnownIsSaidInChinese() {
        Run r = Run.of("check", "--lang", "fr", CASE);

        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("talent-rules: --lang 的值 'fr' 不对：语言须为 zh 或 en\n运行 'talent-rules check --help' 查看用法。\n");
    }

    @Test
    void anUnknownOptionAMissingParameterAndAnUnknownCommandAreSaidInTheRunsLanguage() {
        assertThat(Run.of("check", "--bogus", CASE).err()).isEqualTo("talent-rules: 未知的选项 '--bogus'\n运行 'talent-rules check --help' 查看用法。\n");
        assertThat(Run.of("check", "--lang", "en", "--bogus", CASE).err())
                .isEqualTo("talent-rules: unknown option '--bogus'\nRun 'talent-rules check --help' for usage.\n");
        assertThat(Run.of("check").err()).isEqualTo("talent-rules: 缺少必需的参数 CASE\n运行 'talent-rules check --help' 查看用法。\n");
        assertThat(Run.of("check", "--lang=en").err())
                .isEqualTo("talent-rules: missing the required parameter CASE\nRun 'talent-rules check --help' for usage.\n");
        assertThat(Run.of("diff", SHEET).err()).startsWith("talent-rules: 缺少必需的选项 --reform=FILE\n");
        assertThat(Run.of("check", "--lang").err()).startsWith("talent-rules: 选项 --lang 缺少它的值（zh|en）\n");
        assertThat(Run.of("chek", CASE).err()).isEqualTo("talent-rules: 没有命令 'chek'（是不是“check”？）\n运行 'talent-rules --help' 查看用法。\n");
        assertThat(Run.of("serve", "--lang", "en", "--port", "abc").err())
                .startsWith("talent-rules: the value 'abc' of --port is not valid: must be a whole number\n");
    }

    @Test
    void aCaseFileThatIsNotThereOrIsAFolderIsNamedWithoutJavasWords() throws IOException {
        Run missing = Run.of("check", "nope.yaml");
        Run missingEn = Run.of("check", "--lang", "en", "nope.yaml");
        Run folder = Run.of("check", dir.toString());
        Run folderEn = Run.of("check", "--lang", "en", dir.toString());

        assertThat(missing.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).isEqualTo("talent-rules: nope.yaml: 文件不存在\n");
        assertThat(missingEn.err()).isEqualTo("talent-rules: nope.yaml: no such file\n");
        assertThat(folder.err()).isEqualTo("talent-rules: " + dir + ": 是文件夹，不是文件\n");
        assertThat(folderEn.err()).isEqualTo("talent-rules: " + dir + ": is a folder, not a file\n");
        assertThat(Run.of("check", "--reform", "nope.yaml", CASE).err()).isEqualTo("talent-rules: nope.yaml: 文件不存在\n");
    }

    @Test
    void aSheetFolderAnOutputFolderNotThereAndAnUnknownProgrammeAreSaidInTheRunsLanguage() {
        Path out = dir.resolve("no-such-folder").resolve("o.csv");

        assertThat(Run.of("batch", SHEET, "-o", out.toString()).err())
                .isEqualTo("talent-rules: " + out + ": 无法写入（没有文件夹 " + out.getParent() + "）\n");
        assertThat(Run.of("batch", "--lang", "en", SHEET, "-o", out.toString()).err())
                .isEqualTo("talent-rules: " + out + ": cannot be written (no folder " + out.getParent() + ")\n");
        assertThat(Run.of("batch", dir.toString(), "-o", dir.resolve("o.csv").toString()).err())
                .isEqualTo("talent-rules: " + dir + ": 是文件夹，不是文件；请给出一张表格（.csv 或 .xlsx）\n");
        assertThat(Run.of("batch", SHEET, "--program", "zhengzhou.intl-trainin", "-o", dir.resolve("o.csv").toString()).err())
                .isEqualTo("talent-rules: 没有项目“zhengzhou.intl-trainin”（是不是“zhengzhou.intl-training”？）；talent-rules packs 列出所有项目\n");
        assertThat(Run.of("batch", "--lang", "en", SHEET, "--program", "zhengzhou.intl-trainin", "-o", dir.resolve("o.csv").toString()).err())
                .isEqualTo("talent-rules: no programme 'zhengzhou.intl-trainin' (did you mean 'zhengzhou.intl-training'?);"
                        + " talent-rules packs lists them all\n");
        assertThat(Run.of("test", "nope.yaml").err()).isEqualTo("talent-rules: nope.yaml: 没有这个文件或文件夹\n");
    }

    @Test
    void aReformWithAKeyMisspeltIsNamedInTheRunsLanguage() throws IOException {
        Path reform = Files.writeString(dir.resolve("typo.yaml"),
                "reform: x\npack: demo\nparametrs:\n  grant.max-age:\n    values: {2024-01-01: 35}\n");

        Run zh = Run.of("test", "--pack", Run.DEMO_PACK, "--reform", reform.toString(), Run.WORKBENCH + "/demo-scenarios.yaml");
        Run en = Run.of("test", "--lang", "en", "--pack", Run.DEMO_PACK, "--reform", reform.toString(), Run.WORKBENCH + "/demo-scenarios.yaml");

        assertThat(zh.status()).isEqualTo(ExitCodes.INVALID_PACK);
        assertThat(zh.err()).isEqualTo("talent-rules: 改革 " + reform + " 无效：\n  " + reform + ": parametrs: 不是已知的字段（是不是“parameters”？）\n");
        assertThat(en.err()).isEqualTo("talent-rules: pack reform " + reform + " is invalid:\n  " + reform
                + ": parametrs: is not a known field (did you mean 'parameters'?)\n");
    }

    @Test
    void aMappingFileNotThereOrMappingToNoFactAndThreadsBelowOneAreSaidInTheRunsLanguage() throws IOException {
        Path out = dir.resolve("o.csv");
        Path mapping = Files.writeString(dir.resolve("m.yaml"), "columns:\n  姓名: nme\n");

        assertThat(Run.of("batch", SHEET, "--mapping", "nope.yaml", "-o", out.toString()).err())
                .isEqualTo("talent-rules: nope.yaml: 文件不存在\n");
        assertThat(Run.of("batch", SHEET, "--mapping", mapping.toString(), "-o", out.toString()).err())
                .isEqualTo("talent-rules: mapping: 列“姓名”映射到“nme”，它不是任何项目的事实或审核人认定（也不是 program、asOf、ignore）\n");
        assertThat(Run.of("batch", "--lang", "en", SHEET, "--mapping", mapping.toString(), "-o", out.toString()).err())
                .isEqualTo("talent-rules: mapping: column '姓名' is mapped to 'nme', which is no fact or attestation of any programme"
                        + " (nor program, asOf, ignore)\n");
        assertThat(Run.of("batch", SHEET, "--threads", "0", "-o", out.toString()).err()).isEqualTo("talent-rules: --threads 至少为 1，而不是 0\n");
        assertThat(out).doesNotExist();
    }
}
