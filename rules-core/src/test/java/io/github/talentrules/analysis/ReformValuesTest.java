package io.github.talentrules.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.DemoPack;
import io.github.talentrules.TalentRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mistakes a reform's values could hide, each refused or warned of with the file, the line and what to write. */
class ReformValuesTest {
    private static final TalentRules MONEY = TalentRules.builder().packFolder(Path.of("src/test/resources/packs/money")).build();

    @TempDir
    Path dir;

    private Path reform(String pack, String body) throws IOException {
        Path f = dir.resolve("reform.yaml");
        Files.writeString(f, "reform: 试算\npack: " + pack + "\nparameters:\n" + body);
        return f;
    }

    @Test
    void aShareWrittenAsAPercentageIsRefused() throws IOException {
        Path f = reform("demo", """
                  grant.schedule:
                    values:
                      2024-01-01:
                        - {share: 60, when: 确定后拨付}
                        - {share: 0.4, when: 期末考核后拨付}
                """);

        Validation v = Validation.ofReform(f, DemoPack.RULES);

        assertThat(v.errors()).contains(f + ":7: parameters.grant.schedule.values.2024-01-01: 60 is a share (unit ratio),"
                + " which lies between 0 and 1: write 0.6 for 60%");
    }

    @Test
    void moneyThatLooksLikeWanGetsAHint() throws IOException {
        Path f = reform("demo", "  grant.amount:\n    values: {2024-01-01: 12}\n");

        Validation v = Validation.ofReform(f, DemoPack.RULES);

        assertThat(v.errors()).containsExactly(f + ":5: parameters.grant.amount.values.2024-01-01: 12元 looks like an amount in 万元;"
                + " amounts are in 元 (the pack's are 100000元 and more): write 120000 for 12万元");
    }

    @Test
    void tiersWithAGapAreRefusedNamingTheDaysNoTierHolds() throws IOException {
        Path f = reform("money", """
                  trainee.tiers:
                    values:
                      2024-01-01:
                        - {from: 30, to: 90, amount: 30000}
                        - {from: 100, to: 180, amount: 50000}
                """);

        Validation v = Validation.ofReform(f, MONEY);

        assertThat(v.errors()).containsExactly(f + ":8: parameters.trainee.tiers.values.2024-01-01: the tiers leave 91–99 in no tier"
                + " (a case there would be told it is outside every tier): the tier 100–180 should begin at 91 (from: 91)");
    }

    @Test
    void tiersInWanAreRefusedToo() throws IOException {
        Path f = reform("money", """
                  trainee.tiers:
                    values:
                      2024-01-01:
                        - {from: 30, to: 90, amount: 3}
                        - {from: 91, to: 180, amount: 50000}
                """);

        assertThat(Validation.ofReform(f, MONEY).errors()).singleElement().asString()
                .startsWith(f + ":7: ").contains("3元 looks like an amount in 万元", "write 30000 for 3万元");
    }

    @Test
    void aValueDatedAfterTheDocumentExpiresNeverTakesEffect() throws IOException {
        // 示例〔2024〕1号 is in force from 2024-01-01 until 2024-12-31.
        Path f = reform("demo", "  grant.max-age:\n    values: {2025-06-01: 35}\n");

        Validation v = Validation.ofReform(f, DemoPack.RULES);

        assertThat(v.ok()).isTrue();
        assertThat(v.warnings()).contains(f + ":5: parameters.grant.max-age.values.2025-06-01: never takes effect: 示例〔2024〕1号"
                + " expires on 2024-12-31, and no case is decided under it after that day; date the value on or before it");
        assertThat(v.warnings(io.github.talentrules.Language.ZH)).containsExactly(f + ":5: parameters.grant.max-age.values.2025-06-01:"
                + " 永不生效：示例〔2024〕1号 于 2024-12-31 失效，此后不再按它判定任何案例；请把值的日期定在当天或之前");
    }

    @Test
    void aSoundReformHasNoneOfThese() {
        Validation v = Validation.ofReform(ImpactTest.WORKBENCH.resolve("demo-age-35.yaml"), DemoPack.RULES);

        assertThat(v.errors()).isEmpty();
        assertThat(v.warnings()).noneMatch(w -> w.contains("demo-age-35.yaml"));
    }
}
