package io.github.talentrules.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The service's JSON: read strictly (no duplicate keys, nothing after the value), amounts written as plain numbers. */
final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private Json() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Parses a request body.
     *
     * @throws Problem 400 naming the line and column where the text stops being JSON
     */
    static JsonNode read(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            // The same words as a case file's JSON: where, and what is wrong there, in the request's language.
            io.github.talentrules.explain.Text why = io.github.talentrules.internal.load.Tree.jsonProblem(e);
            throw Problem.of(Problem.Kind.BAD_REQUEST, "请求体不是有效的 JSON：" + why.zh(), "the body is not valid JSON: " + why.en());
        }
    }
}
