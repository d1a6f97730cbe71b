package io.github.talentrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

    @Test
    void oneEngineDecidesFromManyThreadsAsItDoesFromOne() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            cases.add(DemoPack.eligible().fact("birthDate", LocalDate.of(1975 + i % 20, 1 + i % 12, 1 + i % 28))
                    .fact("degree", i % 3 == 0 ? "BACHELOR" : "MASTER").fact("hasPlatform", i % 5 != 0).build());
        }
        List<Decision> serial = cases.stream().map(DemoPack.RULES::decide).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Decision>> futures = new ArrayList<>();
            for (Case c : cases) {
                futures.add(pool.submit(() -> DemoPack.RULES.decide(c)));
            }
            for (int i = 0; i < cases.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(serial.get(i));
            }
        } finally {
            pool.shutdown();
        }
        assertThat(serial).extracting(Decision::outcome).contains(Outcome.ELIGIBLE, Outcome.INELIGIBLE, Outcome.NEEDS_REVIEW);
    }
}
