package io.github.talentrules.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.Case;
import io.github.talentrules.DemoPack;
import io.github.talentrules.Outcome;
import io.github.talentrules.TalentRules;
import io.github.talentrules.internal.load.LoadedPack;
import io.github.talentrules.internal.load.LoadedPacks;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;

/**
 * A server that applies reforms for days must hold flat memory. A reform that changes only parameters
 * shares the pack's compiled rules, and is applied {@value #PARAMETER_REFORMS} times here (a new table
 * of values each time); a reform with rules is compiled {@value #RULE_REFORMS} times. Neither leaves a
 * module in Drools' JVM-wide repository, and the memory retained after a collection does not grow with
 * the count. {@code mvn verify -Plong-run} runs ten times as many.
 */
class ReformsInALongRunningJvmTest {
    static final int PARAMETER_REFORMS = 10_000;
    static final int RULE_REFORMS = 20;
    /** More than any one engine holds: a leak of one compiled base or one session pool per reform would pass it at once. */
    static final long MOST_GROWTH = 24L << 20;

    private static final int SCALE = Integer.getInteger("talent-rules.long-run.scale", 1);
    private static final Case AGED_36 = DemoPack.eligible().fact("birthDate", LocalDate.of(1988, 6, 1)).build();

    /** The demo pack's age limit lowered to {@code maxAge}, from 2024-01-01. */
    private static Reform ageLimit(int maxAge) {
        NavigableMap<LocalDate, Object> values = new TreeMap<>(Map.of(LocalDate.of(2024, 1, 1), BigDecimal.valueOf(maxAge)));
        return new Reform("age-" + maxAge + ".yaml", "年龄上限" + maxAge, "", "", "demo", Map.of("grant.max-age", values),
                Map.of(), Map.of(), List.of(), List.of());
    }

    @Test
    void aReformOfParametersSharesThePacksCompiledRulesAndOneWithRulesDoesNot() {
        TalentRules parameters = DemoPack.RULES.withReform(ageLimit(35));
        TalentRules rules = DemoPack.RULES.withReform(Reform.read(Path.of("src/test/resources/workbench/demo-rules.yaml")));
        assertThat(LoadedPacks.of(parameters, "demo").kieBase()).isSameAs(LoadedPacks.of(DemoPack.RULES, "demo").kieBase());
        assertThat(LoadedPacks.of(parameters, "demo").sessions()).isSameAs(LoadedPacks.of(DemoPack.RULES, "demo").sessions());
        assertThat(LoadedPacks.of(rules, "demo").kieBase()).isNotSameAs(LoadedPacks.of(DemoPack.RULES, "demo").kieBase());
        // A reform of parameters applied to an engine under a reform with rules starts from the pack's own rules.
        TalentRules back = rules.withReform(ageLimit(35));
        assertThat(back.rules("demo")).containsKey("2.3 一般应建有平台").doesNotContainKey("2.5 已确定资助（改革新增）");
        assertThat(back.decide(AGED_36).outcome()).isEqualTo(Outcome.INELIGIBLE);
    }

    @Test
    void reformsOfParametersOnlyShareTheCompiledRulesAndHoldNoMemory() {
        for (int i = 0; i < 200; i++) {
            assertThat(DemoPack.RULES.withReform(ageLimit(30 + i % 20)).decide(AGED_36).outcome()).isNotNull();
        }
        long before = retained();
        int n = PARAMETER_REFORMS * SCALE;
        for (int i = 0; i < n; i++) {
            int maxAge = 30 + i % 20;
            Outcome outcome = DemoPack.RULES.withReform(ageLimit(maxAge)).decide(AGED_36).outcome();
            assertThat(outcome).as("age 36 under a limit of %d", maxAge).isEqualTo(maxAge >= 36 ? Outcome.ELIGIBLE : Outcome.INELIGIBLE);
        }
        assertThat(retained() - before).as("bytes retained after %d reforms of parameters", n).isLessThan(MOST_GROWTH);
        assertThat(modulesOf("demo")).as("modules of pack demo left in Drools' repository").isFalse();
    }

    @Test
    void reformsWithRulesAreCompiledAndLeaveNothingBehind() {
        Reform withRules = Reform.read(Path.of("src/test/resources/workbench/demo-rules.yaml"));
        for (int i = 0; i < 3; i++) {
            DemoPack.RULES.withReform(withRules).decide(AGED_36);
        }
        long before = retained();
        int n = RULE_REFORMS * SCALE;
        for (int i = 0; i < n; i++) {
            TalentRules reformed = DemoPack.RULES.withReform(withRules);
            assertThat(reformed.rules("demo")).containsKey("2.5 已确定资助（改革新增）");
            assertThat(reformed.decide(AGED_36).outcome()).isNotNull();
        }
        assertThat(retained() - before).as("bytes retained after %d reforms with rules", n).isLessThan(MOST_GROWTH);
        assertThat(modulesOf("demo")).as("modules of pack demo left in Drools' repository").isFalse();
    }

    /** Whether Drools' repository still holds a module compiled for the pack, of any version. */
    private static boolean modulesOf(String packId) {
        KieServices ks = KieServices.get();
        return ks.getRepository().getKieModule(ks.newReleaseId(LoadedPack.RELEASE_GROUP, packId, "[0,)")) != null;
    }

    /** Heap and metaspace in use after a full collection. */
    private static long retained() {
        long used = 0;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP || pool.getName().equals("Metaspace")) {
                    used += pool.getUsage().getUsed();
                }
            }
        }
        return used;
    }
}
