package io.github.talentrules.internal.load;

import io.github.talentrules.internal.Names;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A node of a parsed JSON or YAML file that knows its file and path, so that every error names both.
 * YAML is parsed safely: no global tags, no duplicate keys, a bounded number of aliases.
 */
public final class Tree {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final ObjectMapper YAML = yamlMapper();

    private final JsonNode node;
    private final String source;
    private final String path;

    private Tree(JsonNode node, String source, String path) {
        this.node = node;
        this.source = source;
        this.path = path;
    }

    private static ObjectMapper yamlMapper() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(50);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(8 * 1024 * 1024);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
        return YAMLMapper.builder(factory)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    /** Parses JSON when the source name ends in .json, YAML otherwise (YAML 1.1 also reads JSON). */
    public static Tree parse(String text, String source) {
        boolean json = source.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
        try {
            JsonNode root = (json ? JSON : YAML).readTree(text);
            if (root == null || root.isMissingNode()) {
                throw new TreeException(source, "", "the file is empty");
            }
            return new Tree(root, source, "");
        } catch (IOException e) {
            throw new TreeException(source, "", syntaxMessage(e));
        }
    }

    private static String syntaxMessage(IOException e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe) {
            var loc = jpe.getLocation();
            String where = loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": ";
            return where + jpe.getOriginalMessage().lines().findFirst().orElse("unreadable");
        }
        return e.getMessage();
    }

    public String source() {
        return source;
    }

    public String path() {
        return path;
    }

    public JsonNode json() {
        return node;
    }

    public TreeException error(String message) {
        return new TreeException(source, path, message);
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public boolean has(String key) {
        JsonNode v = node.get(key);
        return v != null && !v.isNull();
    }

    public Tree get(String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw new TreeException(source, child(key), "is required but missing");
        }
        return new Tree(v, source, child(key));
    }

    public Optional<Tree> find(String key) {
        return has(key) ? Optional.of(get(key)) : Optional.empty();
    }

    public String text(String key) {
        return get(key).text();
    }

    public Optional<String> optText(String key) {
        return find(key).map(Tree::text);
    }

    public String text() {
        if (!node.isTextual() && !node.isNumber() && !node.isBoolean()) {
            throw error("must be text, not " + kind());
        }
        return node.asText();
    }

    public LocalDate date() {
        if (!node.isTextual()) {
            throw error("must be a date written YYYY-MM-DD, not " + kind());
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            throw error("'" + node.asText() + "' is not a real date written YYYY-MM-DD");
        }
    }

    public LocalDate date(String key) {
        return get(key).date();
    }

    public int integer() {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw error("must be a whole number, not " + kind());
        }
        return node.intValue();
    }

    public BigDecimal decimal() {
        if (!node.isNumber()) {
            throw error("must be a number, not " + kind());
        }
        return node.decimalValue();
    }

    public boolean bool() {
        if (!node.isBoolean()) {
            throw error("must be true or false, not " + kind());
        }
        return node.booleanValue();
    }

    public List<Tree> list() {
        if (!node.isArray()) {
            throw error("must be a list, not " + kind());
        }
        List<Tree> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            out.add(new Tree(node.get(i), source, path + "[" + i + "]"));
        }
        return out;
    }

    public List<Tree> list(String key) {
        return has(key) ? get(key).list() : List.of();
    }

    public <T> List<T> list(String key, Function<Tree, T> each) {
        return list(key).stream().map(each).toList();
    }

    /** The entries of a mapping, in file order. */
    public List<Map.Entry<String, Tree>> entries() {
        if (!node.isObject()) {
            throw error("must be a mapping of names to values, not " + kind());
        }
        List<Map.Entry<String, Tree>> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.add(Map.entry(e.getKey(), new Tree(e.getValue(), source, child(e.getKey()))));
        }
        return out;
    }

    /** Fails on a key not in {@code allowed}, naming it and, where one is close, the key meant. */
    public Tree onlyKeys(String... allowed) {
        List<String> keys = List.of(allowed);
        for (Map.Entry<String, Tree> e : entries()) {
            if (!keys.contains(e.getKey())) {
                throw new TreeException(source, child(e.getKey()), "is not a known field" + Names.suggest(e.getKey(), keys));
            }
        }
        return this;
    }

    public boolean isNull() {
        return node.isNull();
    }

    public String kind() {
        if (node.isTextual()) {
            return "the text '" + abbreviate(node.asText()) + "'";
        }
        if (node.isNumber()) {
            return "the number " + node.asText();
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        return "null";
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    /** Used by the JSON writer for decisions. */
    public static ObjectMapper jsonMapper() {
        return JSON;
    }
}
