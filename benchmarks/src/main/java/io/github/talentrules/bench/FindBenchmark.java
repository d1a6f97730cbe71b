package io.github.talentrules.bench;

import io.github.talentrules.Language;
import io.github.talentrules.TalentRules;
import io.github.talentrules.find.Ranking;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A profile ranked across every pack ({@code TalentRules.find}, issue 16), warm: every programme of its
 * kind decided, each suggestion computed and confirmed by deciding the changed case again, and the
 * ranking rendered as {@code ./talent-rules find} prints it. Run from the repository's root, where
 * {@code examples/profiles/} is. Times are per profile.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FindBenchmark {

    @State(Scope.Benchmark)
    public static class Engine {
        @Param({"person", "unit"})
        String profile;

        TalentRules rules;
        io.github.talentrules.find.Profile read;

        @Setup(Level.Trial)
        public void setUp() {
            rules = TalentRules.fromClasspath();
            read = rules.readProfile(Path.of("examples/profiles/" + profile + ".yaml"));
            if (rules.packs().size() != 4 || rules.find(read).ranked().isEmpty()) {
                throw new IllegalStateException("expected the four packs and a ranking");
            }
        }
    }

    /** The ranking, as the Java API gives it. */
    @Benchmark
    public Ranking find(Engine e) {
        return e.rules.find(e.read);
    }

    /** The ranking in words, as {@code ./talent-rules find} prints it. */
    @Benchmark
    public String findText(Engine e) {
        return e.rules.find(e.read).text(Language.ZH, false);
    }
}
