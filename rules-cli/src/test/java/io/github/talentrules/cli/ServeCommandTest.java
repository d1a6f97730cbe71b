package io.github.talentrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.TalentRules;
import io.github.talentrules.service.DecisionService;
import org.junit.jupiter.api.Test;

/** {@code serve}: what it offers, and how it refuses what it cannot do (it runs until Ctrl-C otherwise). */
class ServeCommandTest {

    @Test
    void helpListsTheAddressTokenAndEveryLimit() {
        Run r = Run.of("help", "serve");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("--port", "--bind", "--token", "--pack", "--max-body", "--max-upload", "--max-rows",
                "--max-sheet-jobs", "--timeout", "127.0.0.1");
        assertThat(Run.of("--help").out()).contains("serve");
    }

    @Test
    void aLimitBelowOneIsABadInvocation() {
        Run r = Run.of("serve", "--port", "0", "--max-rows", "0");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("talent-rules: 每个上限至少为 1，而不是 0\n");
        assertThat(Run.of("serve", "--lang", "en", "--port", "0", "--max-rows", "0").err())
                .isEqualTo("talent-rules: every limit must be at least 1, not 0\n");
    }

    @Test
    void aPortInUseIsABadInvocationNamingIt() {
        try (DecisionService taken = DecisionService.builder(TalentRules.builder().classpathPack("zhengzhou").build()).port(0).start()) {
            Run r = Run.of("serve", "--port", Integer.toString(taken.port()));
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("talent-rules: 无法在 127.0.0.1:" + taken.port()
                    + " 上监听（端口已被占用，或没有权限；请用 --port 换一个端口）\n");
            Run en = Run.of("serve", "--lang", "en", "--port", Integer.toString(taken.port()));
            assertThat(en.err()).startsWith("talent-rules: cannot listen on 127.0.0.1:" + taken.port());
        }
    }
}
