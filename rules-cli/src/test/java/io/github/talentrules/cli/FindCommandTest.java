package io.github.talentrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindCommandTest {
    static final String PERSON = "../examples/profiles/person.yaml";
    static final String UNIT = "../examples/profiles/unit.yaml";

    @Test
    void findRanksAPersonsProgrammesWithWhatWouldMakeEachEligible() {
        Run zh = Run.of("find", PERSON);
        Run en = Run.of("find", "--lang", "en", PERSON);

        assertThat(zh.status()).isEqualTo(ExitCodes.DONE);
        assertThat(zh.out()).contains("zhengzhou.intl-training", "如何符合条件：第十四条：培养时间（天） 29 → 至少 30（第十四条：30000元（3万元））",
                "基准日不在文件施行期内", "henan.training-abroad").doesNotContain("expert-studio");
        assertThat(en.out()).contains("to qualify: art. 14: length of the training abroad, in days 29 → at least 30 (art. 14: 30,000 yuan)")
                .doesNotContain("如何符合条件");
    }

    @Test
    void oneChangeListsOnlyTheProgrammesASingleChangeLifts() {
        Run r = Run.of("find", "--one-change", PERSON);

        assertThat(r.status()).isEqualTo(ExitCodes.DONE);
        assertThat(r.out()).contains("只需改变一项即可的项目", "zhengzhou.intl-training", "     培养时间（天） 29 → 至少 30（第十四条：30000元（3万元））\n").doesNotContain("national.youth ");
    }

    @Test
    void findJsonIsOneObjectPerProfile() throws IOException {
        Run r = Run.of("find", "--json", PERSON, UNIT);

        assertThat(r.status()).isEqualTo(ExitCodes.DONE);
        assertThat(r.out().lines()).hasSize(2);
        JsonNode unit = new ObjectMapper().readTree(r.out().lines().skip(1).findFirst().orElseThrow());
        assertThat(unit.get("applicant").asText()).isEqualTo("unit");
        JsonNode first = unit.get("ineligible").get(0);
        assertThat(first.get("suggestions").get(0).get("options").get(0).get("changes").get(0).has("field")).isTrue();
    }

    @Test
    void aProfileWithAFactNoProgrammeReadsIsOneLineNamingTheFieldAndExitsTwo(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("p.yaml");
        Files.writeString(bad, "applicant: person\nasOf: 2025-03-01\nfacts:\n  birthDat: 1980-01-01\n");
        Path kind = dir.resolve("k.yaml");
        Files.writeString(kind, "applicant: people\nasOf: 2025-03-01\n");

        Run r = Run.of("find", bad.toString(), kind.toString());

        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().lines()).containsExactly(
                "talent-rules: " + bad + ": facts.birthDat: is not a fact of any person's programme (did you mean 'birthDate'?)",
                "talent-rules: " + kind + ": applicant: must be person or unit, not the text 'people'");
    }
}
