package io.github.talentrules.sheet;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.talentrules.InvalidCaseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A mapping file for a sheet whose headers differ from the pack's labels:
 *
 * <pre>
 * program: zhengzhou.intl-training      # optional: the programme of every row
 * asOf: 2024-06-01                      # optional: the reference date of rows without one
 * columns:                              # header in the sheet: fact, attestation, program, asOf or ignore
 *   出生年月: birthDate
 *   申报项目: program
 * values:                               # per fact: words in the sheet to the pack's codes
 *   degree: {硕士: MASTER, 博士: DOCTORATE}
 * </pre>
 *
 * Read safely: no tags, no duplicate keys, few aliases.
 */
record Mapping(Optional<String> programme, Optional<LocalDate> asOf, Map<String, String> columns,
               Map<String, Map<String, String>> values) {

    static final Mapping NONE = new Mapping(Optional.empty(), Optional.empty(), Map.of(), Map.of());
    private static final Set<String> KEYS = Set.of("program", "programme", "asOf", "columns", "values");

    Mapping {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        values = Map.copyOf(values);
    }

    private static final ObjectMapper YAML = yaml();

    private static ObjectMapper yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(1024 * 1024);
        return YAMLMapper.builder(YAMLFactory.builder().loaderOptions(options).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    static Mapping read(Path file) {
        String source = file.toString();
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InvalidCaseException(source, "", "cannot be read as YAML: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidCaseException(source, "", "must be a mapping with columns: and values:");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYS.contains(k)) {
                throw new InvalidCaseException(source, k, "is not a known field (program, asOf, columns, values)");
            }
        }
        Optional<String> programme = Optional.ofNullable(root.has("program") ? root.get("program") : root.get("programme"))
                .map(JsonNode::asText);
        Optional<LocalDate> asOf = Optional.empty();
        if (root.hasNonNull("asOf")) {
            try {
                asOf = Optional.of(LocalDate.parse(root.get("asOf").asText()));
            } catch (DateTimeParseException e) {
                throw new InvalidCaseException(source, "asOf", "'" + root.get("asOf").asText() + "' is not a date YYYY-MM-DD");
            }
        }
        Map<String, String> columns = new LinkedHashMap<>();
        JsonNode cols = root.path("columns");
        if (!cols.isMissingNode() && !cols.isObject()) {
            throw new InvalidCaseException(source, "columns", "must map each header to a fact name");
        }
        cols.fields().forEachRemaining(e -> columns.put(Headers.normal(e.getKey()),
                e.getValue().isNull() ? Headers.IGNORE : e.getValue().asText()));
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        JsonNode vals = root.path("values");
        if (!vals.isMissingNode() && !vals.isObject()) {
            throw new InvalidCaseException(source, "values", "must map each fact to {word in the sheet: code}");
        }
        vals.fields().forEachRemaining(e -> {
            if (!e.getValue().isObject()) {
                throw new InvalidCaseException(source, "values." + e.getKey(), "must map words in the sheet to codes");
            }
            Map<String, String> m = new LinkedHashMap<>();
            e.getValue().fields().forEachRemaining(v -> m.put(v.getKey().strip(), v.getValue().asText()));
            values.put(e.getKey(), Map.copyOf(m));
        });
        return new Mapping(programme, asOf, columns, values);
    }
}
