package io.github.talentrules.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /openapi.json} says what the server does: every named example of every operation is sent to
 * the running server, and its answer has the documented status, media type and shape. A request
 * example and the response example of the same name form one exchange; path and query parameters
 * take their example of that name. A response example with no request example of its name (or a
 * single unnamed {@code example}) only illustrates, and is not sent.
 */
class OpenApiTest {
    private static Served served;
    private static JsonNode doc;
    /** A sheet job already done, for the operations on {@code /api/sheets/{job}}. */
    private static String job;

    @BeforeAll
    static void start() {
        served = new Served();
        Served.Answer a = served.get("/openapi.json");
        assertThat(a.status()).isEqualTo(200);
        doc = a.json();
        JsonNode csv = doc.at("/paths/~1api~1sheets/post/requestBody/content/text~1csv/examples/csv/value");
        JsonNode started = served.post("/api/sheets?rows=true&name=candidates.csv", "text/csv", csv.asText().getBytes(StandardCharsets.UTF_8)).json();
        job = started.path("job").asText();
        assertThat(served.get("/api/sheets/" + job + "?wait=30").json().path("state").asText()).isEqualTo("DONE");
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void theDocumentIsOpenApi31AndListsEveryEndpoint() {
        assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");
        List<String> paths = new ArrayList<>();
        doc.path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).containsExactlyInAnyOrder("/health", "/openapi.json", "/api/decide", "/api/decide-all", "/api/find",
                "/api/programmes", "/api/programmes/{id}", "/api/sheets", "/api/sheets/{job}", "/api/sheets/{job}/result",
                "/api/sheets/{job}/rows");
    }

    @Test
    void everyNamedExampleIsAnsweredAsDocumented() {
        Map<String, Integer> sent = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> p = doc.path("paths").fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            for (Iterator<Map.Entry<String, JsonNode>> o = path.getValue().fields(); o.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = o.next();
                String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                JsonNode op = operation.getValue();
                String id = method + " " + path.getKey();
                sent.put(id, 0);
                for (Iterator<Map.Entry<String, JsonNode>> r = op.path("responses").fields(); r.hasNext(); ) {
                    Map.Entry<String, JsonNode> response = r.next();
                    for (Iterator<Map.Entry<String, JsonNode>> c = response.getValue().path("content").fields(); c.hasNext(); ) {
                        Map.Entry<String, JsonNode> content = c.next();
                        for (Iterator<Map.Entry<String, JsonNode>> e = content.getValue().path("examples").fields(); e.hasNext(); ) {
                            Map.Entry<String, JsonNode> example = e.next();
                            if (exchange(path.getKey(), method, op, example.getKey(), Integer.parseInt(response.getKey()),
                                    content.getKey(), example.getValue().path("value"))) {
                                sent.merge(id, 1, Integer::sum);
                            }
                        }
                    }
                }
            }
        }
        assertThat(sent).allSatisfy((operation, count) -> assertThat(count).as(operation + ": examples sent").isPositive());
        assertThat(sent.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(17);
    }

    /** Sends the example exchange {@code name}; false when the operation has no request example of that name. */
    private static boolean exchange(String template, String method, JsonNode op, String name, int status, String type, JsonNode expected) {
        String body = null;
        String bodyType = null;
        if (op.has("requestBody")) {
            for (Iterator<Map.Entry<String, JsonNode>> c = op.path("requestBody").path("content").fields(); c.hasNext(); ) {
                Map.Entry<String, JsonNode> content = c.next();
                JsonNode value = content.getValue().path("examples").path(name).path("value");
                if (!value.isMissingNode()) {
                    bodyType = content.getKey();
                    body = value.isTextual() ? value.asText() : value.toString();
                }
            }
            if (body == null) {
                return false;
            }
        }
        String path = template;
        StringBuilder query = new StringBuilder();
        for (JsonNode p : op.path("parameters")) {
            JsonNode param = p.has("$ref") ? doc.at(p.path("$ref").asText().substring(1)) : p;
            JsonNode value = param.path("examples").path(name).path("value");
            if (param.path("in").asText().equals("path")) {
                String v = value.isMissingNode() && param.path("name").asText().equals("job") ? job : value.asText();
                assertThat(v).as(name + ": " + template + " needs an example for " + param.path("name").asText()).isNotEmpty();
                path = path.replace("{" + param.path("name").asText() + "}", v);
            } else if (!value.isMissingNode()) {
                query.append(query.length() == 0 ? "?" : "&").append(param.path("name").asText()).append('=')
                        .append(URLEncoder.encode(value.asText(), StandardCharsets.UTF_8));
            }
        }
        String where = method + " " + path + query + " (" + name + ")";
        Served.Answer a = method.equals("GET") ? served.get(path + query)
                : served.post(path + query, bodyType, body.getBytes(StandardCharsets.UTF_8));
        assertThat(a.status()).as(where + ": " + a.text()).isEqualTo(status);
        assertThat(a.contentType()).as(where).startsWith(type);
        if (type.contains("json")) {
            sameShape(expected, a.json(), where);
        } else {
            String first = expected.asText().lines().findFirst().orElseThrow();
            assertThat(a.text().replace("\uFEFF", "").lines().findFirst()).as(where).hasValue(first);
        }
        return true;
    }

    /** Every key of the documented answer is in the real one, with a value of the same JSON type; arrays by their first item. */
    private static void sameShape(JsonNode expected, JsonNode actual, String at) {
        assertThat(actual.getNodeType()).as(at).isEqualTo(expected.getNodeType());
        if (expected.isObject()) {
            expected.fieldNames().forEachRemaining(f -> {
                assertThat(actual.has(f)).as(at + ": has " + f).isTrue();
                sameShape(expected.get(f), actual.get(f), at + "." + f);
            });
        } else if (expected.isArray() && expected.size() > 0 && actual.size() > 0) {
            sameShape(expected.get(0), actual.get(0), at + "[0]");
        }
    }
}
