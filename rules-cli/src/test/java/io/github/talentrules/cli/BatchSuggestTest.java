package io.github.talentrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch --suggest}: one more column, 如何符合条件, after the error; none without the option. */
class BatchSuggestTest {
    static final int LAST = BatchCommandTest.ERROR + 1;

    @TempDir
    Path dir;

    @Test
    void suggestAddsOneColumnSayingWhatWouldMakeEachRowEligible() throws IOException {
        Path out = dir.resolve("decided.csv");
        BatchCommandTest.Result r = BatchCommandTest.run("batch", "--suggest", BatchCommandTest.CSV.toString(), "-o", out.toString());

        assertThat(r.status()).as(r.err()).isEqualTo(ExitCodes.SOME_FAILED);
        List<List<String>> rows = BatchCommandTest.csv(out);
        assertThat(rows.get(0)).hasSize(LAST + 1);
        assertThat(rows.get(0).get(LAST)).isEqualTo("如何符合条件");
        assertThat(rows.get(1).get(LAST)).as("eligible: nothing to suggest").isEmpty();
        assertThat(rows.get(2).get(LAST)).isEqualTo("第九条第（二）项：年龄（周岁） 56 > 55：不可改变（出生日期）");
        assertThat(rows.get(8).get(LAST)).isEqualTo("第十四条：培养时间（天） 400 → 至多 360（第十四条：100000元（10万元））");
        assertThat(rows.get(15).get(LAST)).as("a row in error").isEmpty();
    }

    @Test
    void withoutSuggestThereIsNoSuchColumn() throws IOException {
        Path out = dir.resolve("decided.csv");
        BatchCommandTest.run("batch", BatchCommandTest.CSV.toString(), "-o", out.toString());

        assertThat(BatchCommandTest.csv(out).get(0)).hasSize(LAST).doesNotContain("如何符合条件");
    }

    @Test
    void inEnglishTheColumnIsToQualify() throws IOException {
        Path out = dir.resolve("decided.csv");
        BatchCommandTest.run("batch", "--suggest", "--lang", "en", BatchCommandTest.CSV.toString(), "-o", out.toString());

        List<List<String>> rows = BatchCommandTest.csv(out);
        assertThat(rows.get(0).get(LAST)).isEqualTo("to qualify");
        assertThat(rows.get(2).get(LAST)).isEqualTo("art. 9(2): age (completed years) 56 > 55: cannot change (date of birth)");
    }
}
