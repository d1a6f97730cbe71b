package io.github.talentrules.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.talentrules.InvalidCaseException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15.1: a mapping file is YAML read as every other (Tree): no value retyped, no tag, alias or second document. */
class MappingTest {
    @TempDir
    Path dir;

    private Mapping read(String yaml) throws Exception {
        Path file = dir.resolve("m.yaml");
        Files.writeString(file, yaml);
        return Mapping.read(file);
    }

    @Test
    void wordsAndCodesStayAsWritten() throws Exception {
        Mapping m = read("values:\n  nationality: {挪威: NO, 否: no}\n  trainingDays: {一百二十: 0120}\n");
        assertThat(m.values().get("nationality")).containsEntry("挪威", "NO").containsEntry("否", "no");
        assertThat(m.values().get("trainingDays")).containsEntry("一百二十", "0120");
    }

    @Test
    void tagsAliasesAndASecondDocumentAreRefusedWithTheirLine() {
        assertThatThrownBy(() -> read("columns:\n  生日: !!java.net.URL http://example.com/\n")).isInstanceOf(InvalidCaseException.class)
                .hasMessageEndingWith("m.yaml: line 2: a tag (tag:yaml.org,2002:java.net.URL) is not read: write the value alone");
        assertThatThrownBy(() -> read("columns:\n  生日: &b birthDate\n  出生: *b\n")).isInstanceOf(InvalidCaseException.class)
                .hasMessageContaining("line 2: an anchor (&b)");
        assertThatThrownBy(() -> read("columns:\n  生日: birthDate\n---\ncolumns: {}\n")).isInstanceOf(InvalidCaseException.class)
                .hasMessageContaining("line 3: a second YAML document");
    }

    @Test
    void aFullWidthColonIsNamedAtItsLineInTheRunsLanguage() {
        assertThatThrownBy(() -> read("columns:\n  生日：birthDate\n  学位: degree\n")).isInstanceOfSatisfying(InvalidCaseException.class, e -> {
            // YAML: "line 3, column 5: mapping values are not allowed here".
            assertThat(e.reason(io.github.talentrules.Language.ZH)).isEqualTo("第2行第5列：'生日' 后的 '：' 是全角冒号，YAML 需要半角 ':' 加空格：应写作 '生日: birthDate'");
            assertThat(e.message(io.github.talentrules.Language.EN)).endsWith("m.yaml: line 2, column 5: '：' (a full-width colon) after '生日',"
                    + " where YAML needs ':' and a space: write '生日: birthDate'");
        });
    }
}
