package io.github.talentrules.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.talentrules.Batch;
import io.github.talentrules.Case;
import io.github.talentrules.Decision;
import io.github.talentrules.Language;
import io.github.talentrules.TalentRules;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One programme (zhengzhou.intl-training), the same generated cases, decided by the engine through
 * its public API and by the hand-written yardstick. Times are per decision.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecideBenchmark {
    static final int CASES = 1000;

    @State(Scope.Benchmark)
    public static class Engine {
        TalentRules rules;
        List<Case> cases;
        WithEasyRules easyRules;
        WithDmn dmn;

        @Setup(Level.Trial)
        public void setUp() {
            rules = TalentRules.builder().classpathPack("zhengzhou").build();
            cases = GeneratedCases.generate(CASES, 42);
            easyRules = new WithEasyRules();
            Agreement.check(rules, cases);
            Agreement.check(rules, cases, easyRules::decide, "Easy Rules");
            dmn = new WithDmn();
            Agreement.check(rules, cases, dmn::decide, "Camunda DMN");
        }
    }

    /**
     * The yardstick for the JSON's cost: each case's decision JSON read back into a tree, which
     * Jackson's ObjectMapper writes again. Nothing is decided or explained: this is what writing the
     * same characters costs with Jackson, the content ready.
     */
    @State(Scope.Benchmark)
    public static class Trees {
        final ObjectMapper mapper = new ObjectMapper();
        final List<JsonNode> trees = new ArrayList<>();

        @Setup(Level.Trial)
        public void setUp(Engine e) throws JsonProcessingException {
            for (Case c : e.cases) {
                trees.add(mapper.readTree(e.rules.decide(c).toJson(Language.ZH)));
            }
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Benchmark
    @Threads(1)
    public Decision engineSingleCase(Engine e, Cursor c) {
        return e.rules.decide(e.cases.get(c.next++ % CASES));
    }

    @Benchmark
    @Threads(Threads.MAX)
    public Decision engineSingleCaseAllCores(Engine e, Cursor c) {
        return e.rules.decide(e.cases.get(c.next++ % CASES));
    }

    @Benchmark
    @Threads(1)
    public String engineSingleCaseWithJson(Engine e, Cursor c) {
        return e.rules.decide(e.cases.get(c.next++ % CASES)).toJson(Language.ZH);
    }

    @Benchmark
    @Threads(1)
    public String jacksonWritesTheSameJson(Trees t, Cursor c) throws JsonProcessingException {
        return t.mapper.writeValueAsString(t.trees.get(c.next++ % CASES));
    }

    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(CASES)
    public Batch engineBatchOf1000(Engine e) {
        return e.rules.decideAll(e.cases);
    }

    @Benchmark
    @Threads(1)
    public HandWritten.Result handWritten(Engine e, Cursor c) {
        return HandWritten.decide(e.cases.get(c.next++ % CASES));
    }

    @Benchmark
    @Threads(1)
    public HandWritten.Result easyRules(Engine e, Cursor c) {
        return e.easyRules.decide(e.cases.get(c.next++ % CASES));
    }

    @Benchmark
    @Threads(1)
    public HandWritten.Result camundaDmn(Engine e, Cursor c) {
        return e.dmn.decide(e.cases.get(c.next++ % CASES));
    }

    @Benchmark
    @Threads(Threads.MAX)
    public void handWrittenAllCores(Engine e, Cursor c, Blackhole bh) {
        bh.consume(HandWritten.decide(e.cases.get(c.next++ % CASES)));
    }
}
