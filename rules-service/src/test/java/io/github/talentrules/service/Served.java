package io.github.talentrules.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.talentrules.TalentRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A service on a free port of 127.0.0.1 for one test class, and an HTTP client to talk to it. */
final class Served implements AutoCloseable {
    /** Every pack on the test classpath, compiled once for all the tests of the module. */
    static final TalentRules RULES = TalentRules.fromClasspath();
    static final ObjectMapper JSON = new ObjectMapper();

    final DecisionService service;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    Served(DecisionService.Builder builder) {
        this.service = builder.port(0).start();
    }

    Served() {
        this(DecisionService.builder(RULES));
    }

    /** An answer, its body kept as bytes. */
    record Answer(int status, HttpHeaders headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + text(), e);
            }
        }

        String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }
    }

    Answer get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    Answer post(String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder b = request(path, headers).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b);
    }

    Answer postJson(String path, String json, String... headers) {
        return post(path, "application/json", json.getBytes(StandardCharsets.UTF_8), headers);
    }

    /**
     * A JSON body sent only once the server says to go on ({@code Expect: 100-continue}), as a client sending
     * a large body should: a server that refuses it at once (413) is then heard, instead of closing the
     * connection under a body still being sent and leaving the client with no answer at all.
     */
    Answer postJsonExpectingContinue(String path, String json) {
        return send(request(path).expectContinue(true).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    Answer send(String method, String path) {
        return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return b;
    }

    URI uri(String path) {
        return service.uri().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private Answer send(HttpRequest.Builder b) {
        try {
            HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        service.close();
    }

    /** The repository's root, where {@code examples/} is. */
    static Path repository() {
        String set = System.getProperty("repository");
        Path p = set != null ? Path.of(set) : Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/cases"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("cannot find the repository's examples/ above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    static Path example(String relative) {
        return repository().resolve(relative);
    }

    /** A case file of {@code examples/cases} as the JSON a client sends. */
    static String caseJson(String relative) {
        try {
            return JSON.writeValueAsString(new YAMLMapper().readTree(example(relative).toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
