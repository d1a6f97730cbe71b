package io.github.talentrules.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** What every problem answer must be: RFC 9457 JSON with its status, and no stack trace. */
final class Problems {
    private Problems() {
    }

    static JsonNode assertProblem(Served.Answer a, int status, String type) {
        assertThat(a.status()).as(a.text()).isEqualTo(status);
        assertThat(a.contentType()).startsWith("application/problem+json");
        JsonNode p = a.json();
        assertThat(p.path("status").asInt()).isEqualTo(status);
        assertThat(p.path("type").asText()).isEqualTo("urn:talent-rules:problem:" + type);
        assertThat(p.path("title").asText()).isNotBlank();
        assertThat(p.path("detail").asText()).isNotBlank();
        assertThat(a.text()).doesNotContain("\tat ", "at io.github", "at java.", "at org.");
        return p;
    }
}
