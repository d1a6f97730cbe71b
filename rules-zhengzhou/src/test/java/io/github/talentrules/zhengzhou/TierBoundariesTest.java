package io.github.talentrules.zhengzhou;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.Case;
import io.github.talentrules.Decision;
import io.github.talentrules.Outcome;
import io.github.talentrules.TalentRules;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * 郑科规〔2024〕2号 第十四条's funding by days of training, at every boundary of every tier and at
 * seeded random days: the amount is the tier's, read from the pack's own parameter (no number is
 * written here); outside every tier the text names no amount.
 */
class TierBoundariesTest {
    static final TalentRules RULES = ZhengzhouPackTest.RULES;
    static final Case EXAMPLE = RULES.readCase(Path.of("../examples/cases/zhengzhou/intl-training.yaml"));

    static List<Map<?, ?>> tiers() {
        Object v = RULES.parameters("zhengzhou").get("intl-training.funding-tiers").valueOn(EXAMPLE.asOf());
        return ((List<?>) v).stream().<Map<?, ?>>map(r -> (Map<?, ?>) r).toList();
    }

    static Decision withDays(int days) {
        Map<String, Object> facts = new LinkedHashMap<>(EXAMPLE.facts());
        facts.put("trainingDays", days);
        return RULES.decide(new Case(EXAMPLE.programme(), EXAMPLE.asOf(), facts, EXAMPLE.attestations(), "days " + days));
    }

    static BigDecimal amountOf(Map<?, ?> tier) {
        return new BigDecimal(tier.get("amount").toString());
    }

    static int bound(Map<?, ?> tier, String end) {
        return new BigDecimal(tier.get(end).toString()).intValueExact();
    }

    /** The tier holding {@code days}, both ends included, or null. */
    static Map<?, ?> tierOf(int days) {
        return tiers().stream().filter(t -> bound(t, "from") <= days && days <= bound(t, "to")).findFirst().orElse(null);
    }

    static void decidedByItsTier(int days, String why) {
        Decision d = withDays(days);
        Map<?, ?> tier = tierOf(days);
        if (tier == null) {
            assertThat(d.amount()).as("%s: %d days is in no tier", why, days).isEmpty();
            assertThat(d.outcome()).as("%s: %d days", why, days).isNotEqualTo(Outcome.ELIGIBLE);
        } else {
            assertThat(d.outcome()).as("%s: %d days", why, days).isEqualTo(Outcome.ELIGIBLE);
            assertThat(d.amount()).as("%s: %d days", why, days).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo(amountOf(tier)));
        }
    }

    @Test
    void everyBoundaryOfEveryTier() {
        assertThat(tiers()).isNotEmpty();
        for (Map<?, ?> t : tiers()) {
            int from = bound(t, "from");
            int to = bound(t, "to");
            for (int days : new int[] {from - 1, from, from + 1, to - 1, to, to + 1}) {
                decidedByItsTier(days, "tier " + from + "-" + to);
            }
        }
    }

    @Test
    void randomDays() {
        long seed = 15_11L;
        Random r = new Random(seed);
        int last = tiers().stream().mapToInt(t -> bound(t, "to")).max().orElseThrow();
        for (int i = 0; i < 100; i++) {
            decidedByItsTier(r.nextInt(last + 40), "seed " + seed);
        }
    }
}
