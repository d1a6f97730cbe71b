package io.github.talentrules.bench;

import io.github.talentrules.Case;
import io.github.talentrules.Decision;
import io.github.talentrules.TalentRules;
import java.lang.management.ManagementFactory;

/**
 * Cold start: from JVM start to an engine with every pack on the classpath ready and the first
 * decision made, and the heap the engine holds after a full collection. Run it in a fresh JVM:
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.talentrules.bench.ColdStart}.
 */
public final class ColdStart {
    private ColdStart() {
    }

    public static void main(String[] args) {
        long beforeEngine = ManagementFactory.getRuntimeMXBean().getUptime();
        TalentRules rules = TalentRules.fromClasspath();
        Case c = GeneratedCases.generate(1, 7).get(0);
        Decision d = rules.decide(c);
        long firstDecision = ManagementFactory.getRuntimeMXBean().getUptime();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heap = rt.totalMemory() - rt.freeMemory();
        System.out.printf("packs: %d, JVM start to engine start: %d ms, JVM start to first decision: %d ms (%s), heap held: %.1f MB%n",
                rules.packs().size(), beforeEngine, firstDecision, d.outcome(), heap / 1e6);
    }
}
