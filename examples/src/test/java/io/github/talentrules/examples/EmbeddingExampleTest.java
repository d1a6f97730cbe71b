package io.github.talentrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.Decision;
import io.github.talentrules.Outcome;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

    @Test
    void theReadmeExampleRunsAndGivesWhatItsCommentsSay() {
        Decision d = EmbeddingExample.run();

        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.amount()).contains(new BigDecimal("50000"));
    }

    @Test
    void theReadmeShowsTheExampleWordForWord() throws IOException {
        String source = Files.readString(Path.of("src/main/java/io/github/talentrules/examples/EmbeddingExample.java"));
        String snippet = source.substring(source.indexOf("// README:begin\n") + "// README:begin\n".length(), source.indexOf("        // README:end"))
                .stripTrailing().stripIndent().strip();
        String readme = Files.readString(Path.of("../README.md"));

        assertThat(readme).contains(snippet);
    }
}
