package io.github.talentrules.service;

import static io.github.talentrules.service.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A body that is not JSON, is cut short, is empty or gives a value of the wrong type: a problem in the
 * language asked for ({@code ?lang=}), naming the line and column or the field, never Jackson's sentence.
 */
class BodyLanguageTest {
    private static Served served;

    @BeforeAll
    static void start() {
        served = new Served(DecisionService.builder(Served.RULES));
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    private static String detail(String path, String body, int status, String type) {
        return assertProblem(served.postJson(path, body), status, type).path("detail").asText();
    }

    @Test
    void textThatIsNotJsonIsNamedWhereItStopsInTheLanguageAsked() {
        assertThat(detail("/api/decide", "hello", 400, "invalid-case"))
                .isEqualTo("第 1 行第 6 列：'hello' 不是 JSON 的值：文字须用双引号括起，是否写 true、false 或 null");
        assertThat(detail("/api/decide?lang=en", "hello", 400, "invalid-case"))
                .isEqualTo("line 1, column 6: 'hello' is not a JSON value: text is written in double quotes;"
                        + " yes and no as true or false");
        assertThat(detail("/api/decide-all", "{\"cases\": [}", 400, "bad-request"))
                .isEqualTo("请求体不是有效的 JSON：第 1 行第 12 列：多了一个闭合括号 '}'");
        assertThat(detail("/api/decide-all?lang=en", "{\"cases\": [}", 400, "bad-request"))
                .isEqualTo("the body is not valid JSON: line 1, column 12: a closing '}' closes nothing open here");
    }

    @Test
    void aBodyCutShortIsSaidSo() {
        String cut = "{\"program\": \"zhengzhou.intl-training\", \"asOf\": \"2025-03-01\", \"facts\": {";
        assertThat(detail("/api/decide", cut, 400, "invalid-case"))
                .startsWith("第 1 行").endsWith("JSON 没有写完：缺少闭合的括号或引号").doesNotContain("end-of-input");
        assertThat(detail("/api/decide?lang=en", cut, 400, "invalid-case"))
                .startsWith("line 1, column ").endsWith("the JSON ends before it is complete: a closing bracket or quote is missing");
    }

    @Test
    void anEmptyBodyIsSaidToBeEmpty() {
        assertThat(detail("/api/decide", "", 400, "bad-request")).isEqualTo("请求体是空的：请发送 JSON");
        assertThat(detail("/api/decide?lang=en", " ", 400, "bad-request")).isEqualTo("the body is empty: send JSON");
        assertThat(detail("/api/decide-all", "", 400, "bad-request")).isEqualTo("请求体是空的：请发送 JSON");
    }

    @Test
    void aValueOfTheWrongTypeNamesTheField() {
        String wrong = "{\"program\": \"zhengzhou.intl-training\", \"asOf\": \"2025-03-01\", \"facts\": [1, 2]}";
        JsonNode zh = assertProblem(served.postJson("/api/decide", wrong), 400, "invalid-case");
        JsonNode en = assertProblem(served.postJson("/api/decide?lang=en", wrong), 400, "invalid-case");

        assertThat(zh.path("field").asText()).isEqualTo("facts");
        assertThat(zh.path("detail").asText()).isEqualTo("facts：应为名称及其值，而不是列表");
        assertThat(en.path("detail").asText()).startsWith("facts: must be ");
    }

    @Test
    void aKeyWrittenTwiceIsNamed() {
        assertThat(detail("/api/decide", "{\"program\": \"a\", \"program\": \"b\"}", 400, "invalid-case"))
                .isEqualTo("第 1 行第 27 列：'program' 写了两次");
    }

    @Test
    void nestingDeeperThanAFileMayIsRefusedWithItsLine() {
        String deep = "{\"program\":\n" + "[".repeat(100_000);
        assertThat(detail("/api/decide", deep, 400, "invalid-case")).isEqualTo("第 2 行：列表或对象嵌套超过 64 层：不读取");
        assertThat(detail("/api/decide?lang=en", deep, 400, "invalid-case")).isEqualTo("line 2: lists or objects nested more than 64 deep are not read");
    }
}
