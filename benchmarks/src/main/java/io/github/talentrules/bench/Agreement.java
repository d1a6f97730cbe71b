package io.github.talentrules.bench;

import io.github.talentrules.Case;
import io.github.talentrules.Decision;
import io.github.talentrules.Funding;
import io.github.talentrules.TalentRules;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** Checks, before anything is timed, that the yardstick gives the engine's decisions. */
final class Agreement {
    private Agreement() {
    }

    /** @throws IllegalStateException naming the first case on which the two disagree */
    static void check(TalentRules rules, List<Case> cases) {
        check(rules, cases, HandWritten::decide, "the hand-written yardstick");
    }

    /** @throws IllegalStateException naming the first case on which {@code other} disagrees with the engine */
    static void check(TalentRules rules, List<Case> cases, java.util.function.Function<Case, HandWritten.Result> other, String name) {
        for (Case c : cases) {
            Decision d = rules.decide(c);
            HandWritten.Result h = other.apply(c);
            List<HandWritten.Found> engine = d.findings().stream().map(f -> new HandWritten.Found(f.rule(), f.status()))
                    .sorted(Comparator.comparing(HandWritten.Found::rule)).toList();
            List<HandWritten.Found> hand = h.findings().stream().sorted(Comparator.comparing(HandWritten.Found::rule)).toList();
            BigDecimal amount = d.funding().flatMap(Funding::amount).orElse(null);
            boolean same = d.outcome() == h.outcome() && engine.equals(hand)
                    && (amount == null ? h.amount() == null : h.amount() != null && amount.compareTo(h.amount()) == 0);
            if (!same) {
                throw new IllegalStateException(name + " disagrees with the engine on " + c + ":\n engine "
                        + d.outcome() + " " + amount + " " + engine + "\n hand   " + h.outcome() + " " + h.amount() + " " + hand);
            }
        }
    }
}
