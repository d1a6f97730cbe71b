package io.github.talentrules.sheet;

import io.github.talentrules.InvalidCaseException;
import io.github.talentrules.internal.load.Tree;
import io.github.talentrules.internal.load.TreeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
 * Read as every YAML file is ({@link Tree}): each value as written, no tags, aliases or duplicate keys.
 */
record Mapping(Optional<String> programme, Optional<LocalDate> asOf, Map<String, String> columns,
               Map<String, Map<String, String>> values) {

    static final Mapping NONE = new Mapping(Optional.empty(), Optional.empty(), Map.of(), Map.of());
    private static final Set<String> KEYS = Set.of("program", "programme", "asOf", "columns", "values");

    Mapping {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        values = Map.copyOf(values);
    }

    static Mapping read(Path file) {
        String source = file.toString();
        try {
            Tree root = Tree.parse(Files.readString(file, StandardCharsets.UTF_8), source);
            root.onlyKeys(KEYS.toArray(String[]::new));
            Optional<String> programme = root.optText("program").or(() -> root.optText("programme"));
            Optional<LocalDate> asOf = root.find("asOf").map(Tree::date);
            Map<String, String> columns = new LinkedHashMap<>();
            for (Map.Entry<String, Tree> e : root.find("columns").map(Tree::entries).orElse(List.of())) {
                columns.put(Headers.normal(e.getKey()), e.getValue().isNull() ? Headers.IGNORE : e.getValue().text());
            }
            Map<String, Map<String, String>> values = new LinkedHashMap<>();
            for (Map.Entry<String, Tree> e : root.find("values").map(Tree::entries).orElse(List.of())) {
                Map<String, String> m = new LinkedHashMap<>();
                for (Map.Entry<String, Tree> v : e.getValue().entries()) {
                    m.put(v.getKey().strip(), v.getValue().text());
                }
                values.put(e.getKey(), Map.copyOf(m));
            }
            return new Mapping(programme, asOf, columns, values);
        } catch (IOException e) {
            throw new InvalidCaseException(source, "", io.github.talentrules.internal.TextFile.unreadable(file, e));
        } catch (TreeException e) {
            throw new InvalidCaseException(e.source(), e.path(), e.why());
        }
    }
}
