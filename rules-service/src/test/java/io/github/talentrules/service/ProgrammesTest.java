package io.github.talentrules.service;

import static io.github.talentrules.service.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.talentrules.pack.FactSpec;
import io.github.talentrules.Language;
import io.github.talentrules.pack.Programme;
import io.github.talentrules.pack.RulePack;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /api/programmes}: what one can apply for, and the form of each, read from the packs' declarations. */
class ProgrammesTest {
    private static Served served;

    @BeforeAll
    static void start() {
        served = new Served();
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    private static JsonNode find(JsonNode list, String name) {
        for (JsonNode n : list) {
            if (n.path("name").asText().equals(name)) {
                return n;
            }
        }
        throw new AssertionError("no " + name + " in " + list);
    }

    @Test
    void everyProgrammeOfEveryPackIsListedUnderItsDocument() {
        JsonNode packs = served.get("/api/programmes").json().path("packs");
        List<String> listed = new ArrayList<>();
        packs.forEach(p -> p.path("documents").forEach(d -> d.path("programmes").forEach(x -> {
            listed.add(x.path("id").asText());
            assertThat(Served.RULES.programme(x.path("id").asText()).document()).isEqualTo(d.path("id").asText());
        })));
        List<String> expected = Served.RULES.packs().stream().flatMap(p -> p.programmes().stream()).map(Programme::id).toList();
        assertThat(listed).containsExactlyElementsOf(expected);
        JsonNode zhengzhou = packs.get(0).path("documents").get(0);
        assertThat(zhengzhou.path("inForce").path("until").asText()).isEqualTo("2027-02-05");
    }

    @Test
    void aProgrammesFormComesFromItsFactDeclarations() {
        Programme p = Served.RULES.programme("zhengzhou.intl-training");
        JsonNode zh = served.get("/api/programmes/zhengzhou.intl-training?asOf=2024-10-15").json();
        JsonNode en = served.get("/api/programmes/zhengzhou.intl-training?asOf=2024-10-15&lang=en").json();
        assertThat(zh.path("facts")).hasSize(p.facts().size());
        for (FactSpec f : p.facts()) {
            assertThat(find(zh.path("facts"), f.name()).path("label").asText()).isEqualTo(f.label(Language.ZH));
            assertThat(find(en.path("facts"), f.name()).path("label").asText()).isEqualTo(f.label(Language.EN));
        }
        JsonNode degree = find(zh.path("facts"), "degree");
        assertThat(degree.path("input").asText()).isEqualTo("select");
        List<String> values = new ArrayList<>();
        degree.path("choices").forEach(c -> values.add(c.path("value").asText()));
        assertThat(values).containsExactly("NONE", "BACHELOR", "MASTER", "DOCTORATE");
        assertThat(find(zh.path("facts"), "birthDate").path("input").asText()).isEqualTo("date");
        assertThat(find(zh.path("facts"), "trainingDays").path("input").asText()).isEqualTo("integer");
        assertThat(degree.path("choices").get(2).path("label").asText()).isEqualTo("硕士");
        JsonNode nationality = find(zh.path("facts"), "nationality");
        assertThat(nationality.path("input").asText()).isEqualTo("select");
        assertThat(nationality.path("choices")).anyMatch(c -> c.path("value").asText().equals("CN") && c.path("label").asText().equals("中国"));
        assertThat(find(zh.path("facts"), "employedInZhengzhou").path("choices").get(0).path("label").asText()).isEqualTo("是");
        assertThat(find(en.path("facts"), "employedInZhengzhou").path("choices").get(0).path("label").asText()).isEqualTo("yes");
        assertThat(zh.path("attestations")).hasSize(p.attestations().size());
        assertThat(zh.path("name").asText()).isEqualTo("中青年人才国际化培养项目");
        assertThat(en.path("name").asText()).isEqualTo(p.en());
    }

    @Test
    void theParametersAreThoseOfItsDocumentInForceOnTheDay() {
        JsonNode p = served.get("/api/programmes/zhengzhou.intl-training?asOf=2024-10-15").json();
        JsonNode maxAge = find(renamed(p.path("parameters")), "intl-training.max-age");
        assertThat(maxAge.path("value").asInt()).isEqualTo(55);
        assertThat(maxAge.path("article").asText()).startsWith("郑科规〔2024〕2号");
        p.path("parameters").forEach(x -> assertThat(x.path("article").asText()).startsWith("郑科规〔2024〕2号"));
        List<String> keys = new ArrayList<>();
        p.path("parameters").forEach(x -> keys.add(x.path("key").asText()));
        assertThat(keys).isSorted();
        assertThat(p.path("document").path("inForceOnAsOf").asBoolean()).isTrue();
        assertThat(served.get("/api/programmes/zhengzhou.intl-training?asOf=2023-01-01").json()
                .path("document").path("inForceOnAsOf").asBoolean()).isFalse();
    }

    /** Parameters carry a key, not a name: look them up the same way. */
    private static JsonNode renamed(JsonNode parameters) {
        var out = Served.JSON.createArrayNode();
        parameters.forEach(x -> out.add(((com.fasterxml.jackson.databind.node.ObjectNode) x.deepCopy()).put("name", x.path("key").asText())));
        return out;
    }

    @Test
    void anUnknownProgrammeIs404AndABadDate400() {
        assertThat(assertProblem(served.get("/api/programmes/zhengzhou.nope"), 404, "not-found").path("field").asText()).isEqualTo("id");
        assertThat(assertProblem(served.get("/api/programmes/zhengzhou.intl-training?asOf=2024-02-30"), 400, "bad-request")
                .path("field").asText()).isEqualTo("asOf");
    }

    @Test
    void choicesAreTheDeclaredValuesInOrderAndYesNoInEachLanguage() {
        FactSpec level = new FactSpec("degree", FactSpec.Type.LEVEL, "最高学位", "highest degree", List.of("NONE", "MASTER"), "");
        assertThat(FactForm.choices(level, Language.EN)).containsExactly(new FactForm.Choice("NONE", "NONE"), new FactForm.Choice("MASTER", "MASTER"));
        FactSpec yesNo = new FactSpec("healthy", FactSpec.Type.BOOLEAN, "身心健康", "healthy", List.of(), "");
        assertThat(FactForm.choices(yesNo, Language.ZH)).extracting(FactForm.Choice::label).containsExactly("是", "否");
        FactSpec anyCode = new FactSpec("nationality", FactSpec.Type.CODE, "国籍", "nationality", List.of(), "ISO 3166");
        assertThat(FactForm.choices(anyCode, Language.ZH)).isEmpty();
        assertThat(FactForm.describe(anyCode, Language.ZH).path("input").asText()).isEqualTo("text");
        assertThat(Served.RULES.packs()).extracting(RulePack::id).contains("zhengzhou");
    }
}
