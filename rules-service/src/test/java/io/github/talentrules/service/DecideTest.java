package io.github.talentrules.service;

import static io.github.talentrules.service.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.talentrules.Case;
import io.github.talentrules.Language;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /api/decide}, {@code /api/decide-all}, {@code /api/find}, and the problems a request can meet. */
class DecideTest {
    private static final String CASE = "examples/cases/zhengzhou/intl-training.yaml";
    private static Served served;

    @BeforeAll
    static void start() {
        served = new Served(DecisionService.builder(Served.RULES)
                .limits(new Limits(64 * 1024, 1 << 20, 1000, 1, Duration.ofSeconds(30))));
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    /** The decision's JSON from the library, read from the same case file, without where it was read from. */
    private static JsonNode library(String file, Language language) throws Exception {
        Case c = Served.RULES.readCase(Served.example(file));
        return withoutSource(Served.JSON.readTree(Served.RULES.decide(c).toJson(language)));
    }

    private static JsonNode withoutSource(JsonNode decision) {
        ((ObjectNode) decision).remove("source");
        return decision;
    }

    @Test
    void aCaseIsDecidedAsTheLibraryDecidesIt() throws Exception {
        Served.Answer a = served.postJson("/api/decide", Served.caseJson(CASE));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("application/json");
        JsonNode d = a.json();
        assertThat(d.path("outcome").asText()).isEqualTo("ELIGIBLE");
        assertThat(d.path("funding").path("amount").asInt()).isEqualTo(50000);
        assertThat(d.path("source").asText()).isEqualTo("request.json");
        assertThat(withoutSource(d)).isEqualTo(library(CASE, Language.ZH));
    }

    @Test
    void theAnswerFollowsTheLanguageAsked() throws Exception {
        JsonNode d = served.postJson("/api/decide?lang=en", Served.caseJson(CASE)).json();
        assertThat(d.path("summary").asText()).startsWith("eligible");
        assertThat(withoutSource(d)).isEqualTo(library(CASE, Language.EN));
    }

    @Test
    void everyExampleCaseOfEveryPackIsDecidedAsTheLibraryDecidesIt() throws Exception {
        try (var files = java.nio.file.Files.walk(Served.example("examples/cases"))) {
            List<String> cases = files.filter(p -> p.toString().endsWith(".yaml"))
                    .map(p -> Served.repository().relativize(p).toString()).sorted().toList();
            assertThat(cases).hasSizeGreaterThanOrEqualTo(27);
            for (String file : cases) {
                Served.Answer a = served.postJson("/api/decide", Served.caseJson(file));
                assertThat(a.status()).as(file + ": " + a.text()).isEqualTo(200);
                assertThat(withoutSource(a.json())).as(file).isEqualTo(library(file, Language.ZH));
            }
        }
    }

    @Test
    void aBadFactIsA400NamingTheField() {
        String json = Served.caseJson(CASE).replace("\"birthDate\"", "\"birthDat\"");
        JsonNode p = assertProblem(served.postJson("/api/decide?lang=en", json), 400, "invalid-case");
        assertThat(p.path("field").asText()).isEqualTo("facts.birthDat");
        assertThat(p.path("detail").asText()).contains("did you mean 'birthDate'");
        assertThat(p.path("title").asText()).isEqualTo("The case cannot be read as written");
        assertThat(p.path("instance").asText()).isEqualTo("/api/decide");
    }

    @Test
    void theProblemIsInTheLanguageAsked() {
        JsonNode p = assertProblem(served.postJson("/api/decide", "{\"program\": \"zhengzhou.nope\", \"asOf\": \"2024-01-01\"}"),
                400, "invalid-case");
        assertThat(p.path("title").asText()).isEqualTo("案例填写有误");
        assertThat(p.path("field").asText()).isEqualTo("program");
    }

    @Test
    void anImpossibleDateAndTextThatIsNotJsonAre400() {
        String json = Served.caseJson(CASE).replace("1983-04-20", "1983-02-30");
        assertThat(assertProblem(served.postJson("/api/decide", json), 400, "invalid-case").path("field").asText())
                .isEqualTo("facts.birthDate");
        assertProblem(served.postJson("/api/decide", "{\"program\": "), 400, "invalid-case");
        assertProblem(served.postJson("/api/decide", "{\"program\": \"a\", \"program\": \"b\"}"), 400, "invalid-case");
    }

    @Test
    void anUnknownLanguageIsA400() {
        JsonNode p = assertProblem(served.postJson("/api/decide?lang=fr", Served.caseJson(CASE)), 400, "bad-request");
        assertThat(p.path("field").asText()).isEqualTo("lang");
    }

    @Test
    void aBodyOverTheLimitIsA413() {
        String big = "{\"program\": \"" + "x".repeat(70 * 1024) + "\"}";
        assertProblem(served.postJsonExpectingContinue("/api/decide", big), 413, "too-large");
        assertThat(served.get("/health").status()).isEqualTo(200);
    }

    @Test
    void aBodyThatIsNotJsonIsA415() {
        JsonNode p = assertProblem(served.post("/api/decide", "text/plain", "program: x".getBytes()), 415, "unsupported-media-type");
        assertThat(p.path("field").asText()).isEqualTo("Content-Type");
        assertProblem(served.post("/api/decide", null, new byte[0]), 415, "unsupported-media-type");
    }

    @Test
    void anUnknownPathIs404AndAWrongMethod405() {
        assertProblem(served.get("/api/nothing-here"), 404, "not-found");
        assertProblem(served.get("/no/such/page.html"), 404, "not-found");
        Served.Answer a = served.get("/api/decide");
        assertProblem(a, 405, "method-not-allowed");
        assertThat(a.headers().firstValue("Allow")).hasValue("POST");
        assertProblem(served.send("DELETE", "/api/programmes"), 405, "method-not-allowed");
    }

    @Test
    void aBatchIsDecidedWithTheRulesOverABatch() throws Exception {
        String one = Served.caseJson(CASE);
        String body = "{\"cases\": [" + one + "," + one + "]}";
        Served.Answer a = served.postJson("/api/decide-all", body);
        assertThat(a.status()).as(a.text()).isEqualTo(200);
        JsonNode d = a.json();
        assertThat(d.path("decisions")).hasSize(2);
        assertThat(d.path("findings").isArray()).isTrue();
        var lib = Served.RULES.decideAll(List.of(Served.RULES.readCase(one, "cases[0].json"), Served.RULES.readCase(one, "cases[1].json")));
        for (int i = 0; i < 2; i++) {
            JsonNode expected = withoutSource(Served.JSON.readTree(lib.decisions().get(i).toJson(Language.ZH)));
            assertThat(withoutSource(d.path("decisions").get(i))).isEqualTo(expected);
        }
    }

    @Test
    void theRulesOverABatchFindOneCompanyApplyingTwice() throws Exception {
        // 国家海外高层次人才引进计划管理办法 第七条: 一家企业只能申报一名: the same company twice is found across the batch.
        String file = "examples/cases/national/entrepreneur.yaml";
        String one = Served.caseJson(file);
        JsonNode d = served.postJson("/api/decide-all", "{\"cases\": [" + one + "," + one + "]}").json();
        var lib = Served.RULES.decideAll(List.of(Served.RULES.readCase(one, "cases[0].json"), Served.RULES.readCase(one, "cases[1].json")));
        assertThat(lib.decisions().get(0).findings()).anyMatch(f -> f.rule().startsWith("7.4 一家企业只能申报一名"));
        for (int i = 0; i < 2; i++) {
            JsonNode expected = withoutSource(Served.JSON.readTree(lib.decisions().get(i).toJson(Language.ZH)));
            assertThat(withoutSource(d.path("decisions").get(i))).isEqualTo(expected);
        }
        assertThat(d.path("findings")).hasSize(lib.findings().size());
    }

    @Test
    void aBatchWithBadCasesNamesEachAndDecidesNone() {
        String good = Served.caseJson(CASE);
        String bad = good.replace("\"trainingDays\":120", "\"trainingDays\":\"many\"");
        JsonNode p = assertProblem(served.postJson("/api/decide-all", "{\"cases\": [" + good + "," + bad + "," + bad + "]}"),
                400, "invalid-case");
        assertThat(p.path("field").asText()).isEqualTo("cases[1].facts.trainingDays");
        assertThat(p.path("errors")).hasSize(2);
        assertThat(p.path("errors").get(1).path("field").asText()).isEqualTo("cases[2].facts.trainingDays");
        assertProblem(served.postJson("/api/decide-all", "[" + good + "]"), 400, "bad-request");
    }

    @Test
    void aProfileIsRankedAsTheLibraryRanksIt() throws Exception {
        String profile = "{\"applicant\": \"person\", \"asOf\": \"2025-03-01\", \"facts\": {\"birthDate\": \"1983-04-20\", "
                + "\"nationality\": \"CN\", \"degree\": \"MASTER\", \"trainingDays\": 29, \"employedInZhengzhou\": true}}";
        Served.Answer a = served.postJson("/api/find?lang=en", profile);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("application/json");
        JsonNode library = Served.JSON.readTree(Served.RULES.find(Served.RULES.readProfile(profile, "request.json")).toJson(Language.EN));
        assertThat(a.json()).isEqualTo(library);
        assertThat(a.json().path("needsReview").toString()).contains("length of the training abroad, in days 29 → at least 30");
    }

    @Test
    void aProfileThatCannotBeReadIsA400NamingTheField() {
        JsonNode p = assertProblem(served.postJson("/api/find", "{\"applicant\": \"person\", \"asOf\": \"2025-03-01\", "
                + "\"facts\": {\"birthDat\": \"1983-04-20\"}}"), 400, "invalid-case");
        assertThat(p.path("field").asText()).isEqualTo("facts.birthDat");
        assertThat(p.path("detail").asText()).contains("did you mean 'birthDate'");
        assertProblem(served.postJson("/api/find", "{\"asOf\": \"2025-03-01\"}"), 400, "invalid-case");
        assertProblem(served.post("/api/find", "text/csv", "a".getBytes()), 415, "unsupported-media-type");
    }

    @Test
    void healthSaysHowManyPacksAndProgrammes() {
        JsonNode h = served.get("/health").json();
        assertThat(h.path("status").asText()).isEqualTo("UP");
        assertThat(h.path("packs").asInt()).isEqualTo(Served.RULES.packs().size());
        assertThat(h.path("programmes").asInt()).isEqualTo(27);
    }

    @Test
    void aRequestOverTheTimeIsA503AndTheServiceGoesOn() {
        try (Served slow = new Served(DecisionService.builder(Served.RULES)
                .limits(new Limits(8 << 20, 1 << 20, 1000, 1, Duration.ofMillis(1))))) {
            String one = Served.caseJson(CASE);
            String body = "{\"cases\": [" + String.join(",", java.util.Collections.nCopies(2000, one)) + "]}";
            Served.Answer a = slow.postJson("/api/decide-all", body);
            assertProblem(a, 503, "timeout");
            assertThat(a.headers().firstValue("Retry-After")).isPresent();
            assertThat(slow.get("/health").status()).isEqualTo(200);
        }
    }

    @Test
    void withATokenEveryApiRequestCarriesIt() {
        try (Served guarded = new Served(DecisionService.builder(Served.RULES).token("s3cret"))) {
            Served.Answer none = guarded.postJson("/api/decide", Served.caseJson(CASE));
            assertProblem(none, 401, "unauthorized");
            assertThat(none.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
            assertProblem(guarded.get("/api/programmes", "Authorization", "Bearer wrong"), 401, "unauthorized");
            assertThat(guarded.postJson("/api/decide", Served.caseJson(CASE), "Authorization", "Bearer s3cret").status()).isEqualTo(200);
            assertThat(guarded.get("/health").status()).isEqualTo(200);
            assertThat(guarded.get("/").status()).isEqualTo(200);
        }
    }

    @Test
    void thePageTheApiPageAndTheirScriptsAreServedFromTheJar() {
        Served.Answer page = served.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("/webjars/echarts/5.3.1/dist/echarts.min.js", "/app.js");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'");
        assertThat(served.get("/docs").text()).contains("/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js");
        assertThat(served.get("/docs/").status()).isEqualTo(200);
        for (String script : List.of("/app.js", "/docs/start.js", "/webjars/echarts/5.3.1/dist/echarts.min.js",
                "/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js", "/webjars/echarts/5.3.1/LICENSE")) {
            assertThat(served.get(script).status()).as(script).isEqualTo(200);
        }
    }

    @Test
    void theServiceListensOnLoopbackUnlessTold() {
        assertThat(served.service.uri().getHost()).isEqualTo("127.0.0.1");
    }
}
