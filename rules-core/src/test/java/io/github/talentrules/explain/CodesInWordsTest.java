package io.github.talentrules.explain;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.Decision;
import io.github.talentrules.DemoPack;
import io.github.talentrules.Finding;
import io.github.talentrules.Language;
import io.github.talentrules.TalentRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A finding speaks the words staff write (学士, bachelor's degree), not the codes rules compare; JSON keeps the codes. */
class CodesInWordsTest {

    /** The demo pack with its degree read through the shared vocabulary of degrees. */
    private static TalentRules withDegrees(Path dir) throws IOException {
        Path pack = DemoPack.copyTo(dir).resolve("pack.yaml");
        String yaml = Files.readString(pack).replace("degree: {type: level, values: [NONE, BACHELOR, MASTER, DOCTORATE],",
                "degree: {type: level, vocabulary: degrees,");
        Files.writeString(pack, yaml);
        return TalentRules.builder().packFolder(dir).build();
    }

    private static Finding degreeFinding(Decision d) {
        return d.findings().stream().filter(f -> f.article().equals("第二条第（二）项")).findFirst().orElseThrow();
    }

    @Test
    void aLevelAndTheParameterComparedWithItAreShownInTheWordsOfTheRunsLanguage(@TempDir Path dir) throws IOException {
        Decision d = withDegrees(dir).decide(DemoPack.eligible().fact("degree", "BACHELOR").build());
        Finding f = degreeFinding(d);

        assertThat(d.explain(f, Language.ZH)).isEqualTo("学位 学士 < 硕士");
        assertThat(d.explain(f, Language.EN)).isEqualTo("degree bachelor's degree < master's degree");
        assertThat(d.explain(Language.EN)).contains("degree bachelor's degree < master's degree").doesNotContain("BACHELOR");
        assertThat(d.toJson(Language.ZH)).contains("\"message\":\"学位 学士 < 硕士\"")
                .contains("\"degree\":\"BACHELOR\"", "\"grant.min-degree\":\"MASTER\"");
    }

    @Test
    void aCodeNoVocabularyWordsStaysTheCode() {
        Decision d = DemoPack.RULES.decide(DemoPack.eligible().fact("degree", "BACHELOR").build());

        assertThat(d.explain(degreeFinding(d), Language.EN)).isEqualTo("degree BACHELOR < MASTER");
    }
}
