package io.github.talentrules.bench;

import io.github.talentrules.Case;
import io.github.talentrules.TalentRules;
import java.util.List;

/**
 * Decides the generated cases in a loop for a while, for a profiler to watch:
 * {@code java -XX:+FlightRecorder -XX:StartFlightRecording=duration=30s,filename=decide.jfr,settings=profile
 * -cp benchmarks/target/benchmarks.jar io.github.talentrules.bench.Profile 20}, then
 * {@code jfr print --events jdk.ExecutionSample decide.jfr} or {@code jfr summary decide.jfr}.
 */
public final class Profile {
    private Profile() {
    }

    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        TalentRules rules = TalentRules.builder().classpathPack("zhengzhou").build();
        List<Case> cases = GeneratedCases.generate(1000, 42);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long n = 0;
        long start = System.nanoTime();
        while (System.nanoTime() < end) {
            rules.decide(cases.get((int) (n++ % cases.size())));
        }
        System.out.printf("%d decisions, %.2f µs each%n", n, (System.nanoTime() - start) / 1e3 / n);
    }
}
