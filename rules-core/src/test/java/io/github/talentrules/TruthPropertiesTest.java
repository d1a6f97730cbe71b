package io.github.talentrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The three-valued outcome lattice ({@link Truth}, Kleene's): its laws over every value, and on
 * seeded random formulas the property the engine relies on: a condition decided while some facts are
 * unknown stays decided the same whatever those facts turn out to be (nothing is failed that more
 * facts could pass).
 */
class TruthPropertiesTest {
    static final Truth[] ALL = Truth.values();

    @Test
    void theLawsHoldForEveryValue() {
        for (Truth a : ALL) {
            assertThat(a.not().not()).isEqualTo(a);
            assertThat(a.and(Truth.TRUE)).isEqualTo(a);
            assertThat(a.or(Truth.FALSE)).isEqualTo(a);
            assertThat(a.and(Truth.FALSE)).isEqualTo(Truth.FALSE);
            assertThat(a.or(Truth.TRUE)).isEqualTo(Truth.TRUE);
            assertThat(a.and(a)).isEqualTo(a);
            assertThat(a.or(a)).isEqualTo(a);
            for (Truth b : ALL) {
                assertThat(a.and(b)).isEqualTo(b.and(a));
                assertThat(a.or(b)).isEqualTo(b.or(a));
                assertThat(a.and(b).not()).as("De Morgan").isEqualTo(a.not().or(b.not()));
                assertThat(a.or(b).not()).as("De Morgan").isEqualTo(a.not().and(b.not()));
                assertThat(a.and(a.or(b))).as("absorption").isEqualTo(a);
                assertThat(a.or(a.and(b))).as("absorption").isEqualTo(a);
                for (Truth c : ALL) {
                    assertThat(a.and(b.and(c))).isEqualTo(a.and(b).and(c));
                    assertThat(a.or(b.or(c))).isEqualTo(a.or(b).or(c));
                    assertThat(a.and(b.or(c))).as("distributive").isEqualTo(a.and(b).or(a.and(c)));
                }
            }
        }
        assertThat(Truth.of(true)).isEqualTo(Truth.TRUE);
        assertThat(Truth.of(false)).isEqualTo(Truth.FALSE);
    }

    /** A formula over variables 0..n-1: a variable, not, and, or. */
    sealed interface Formula permits Var, Not, And, Or {
        Truth eval(Truth[] values);
    }

    record Var(int i) implements Formula {
        public Truth eval(Truth[] v) {
            return v[i];
        }
    }

    record Not(Formula f) implements Formula {
        public Truth eval(Truth[] v) {
            return f.eval(v).not();
        }
    }

    record And(Formula a, Formula b) implements Formula {
        public Truth eval(Truth[] v) {
            return a.eval(v).and(b.eval(v));
        }
    }

    record Or(Formula a, Formula b) implements Formula {
        public Truth eval(Truth[] v) {
            return a.eval(v).or(b.eval(v));
        }
    }

    static Formula random(Random r, int vars, int depth) {
        if (depth == 0 || r.nextInt(4) == 0) {
            return new Var(r.nextInt(vars));
        }
        return switch (r.nextInt(3)) {
            case 0 -> new Not(random(r, vars, depth - 1));
            case 1 -> new And(random(r, vars, depth - 1), random(r, vars, depth - 1));
            default -> new Or(random(r, vars, depth - 1), random(r, vars, depth - 1));
        };
    }

    /** Every way to settle the unknown values as true or false. */
    static List<Truth[]> completions(Truth[] values) {
        List<Truth[]> out = new ArrayList<>();
        out.add(values.clone());
        for (int i = 0; i < values.length; i++) {
            if (values[i] == Truth.UNKNOWN) {
                List<Truth[]> next = new ArrayList<>();
                for (Truth[] c : out) {
                    Truth[] t = c.clone();
                    t[i] = Truth.TRUE;
                    Truth[] f = c.clone();
                    f[i] = Truth.FALSE;
                    next.add(t);
                    next.add(f);
                }
                out = next;
            }
        }
        return out;
    }

    @Test
    void aFormulaDecidedWithUnknownFactsStaysDecidedWhateverTheyTurnOutToBe() {
        long seed = 15_6L;
        Random r = new Random(seed);
        for (int n = 0; n < 3000; n++) {
            int vars = 1 + r.nextInt(5);
            Formula f = random(r, vars, 5);
            Truth[] values = new Truth[vars];
            for (int i = 0; i < vars; i++) {
                values[i] = ALL[r.nextInt(3)];
            }
            Truth partial = f.eval(values);
            boolean someDiffer = false;
            Truth first = null;
            for (Truth[] c : completions(values)) {
                Truth full = f.eval(c);
                if (partial != Truth.UNKNOWN) {
                    assertThat(full).as("seed %d, formula %d: %s on %s", seed, n, f, java.util.Arrays.toString(c)).isEqualTo(partial);
                }
                if (c.length > 0 && !java.util.Arrays.asList(c).contains(Truth.UNKNOWN)) {
                    assertThat(full).as("known facts give a definite answer").isNotEqualTo(Truth.UNKNOWN);
                    someDiffer |= first != null && first != full;
                    first = first == null ? full : first;
                }
            }
            if (someDiffer) {
                assertThat(partial).as("seed %d, formula %d: facts that change the answer leave it open", seed, n)
                        .isEqualTo(Truth.UNKNOWN);
            }
        }
    }
}
