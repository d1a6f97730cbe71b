package io.github.talentrules.internal.load;

import io.github.talentrules.explain.Text;
import io.github.talentrules.internal.Names;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;

/**
 * A node of a parsed JSON or YAML file that knows its file and path, so that every error names both.
 * The one place where cases, reforms, scenarios, mapping files and packs are read from YAML or JSON.
 *
 * <p>Every scalar is kept as the text it was written as: nothing is retyped by the parser. YAML 1.1
 * would read {@code 0120} as 80, {@code NO} (Norway) as false and {@code 0x78} as 120; here each stays
 * text until the reader that knows the field's declared type reads it ({@link #integer()},
 * {@link #date()}, a fact's type in {@code CaseReader}). A plain {@code null}, {@code ~} or an empty
 * value is null. Tags ({@code !!java.net.URL}, {@code !foo}), anchors and aliases ({@code &n}, {@code *n}),
 * a second document and a key written twice are refused, each with the file and line.
 */
public final class Tree {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final JsonFactory JSON_FACTORY = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    /** YAML 1.2's core schema: the plain scalars that are null. */
    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
    private static final Set<String> TRUE = Set.of("true", "True", "TRUE");
    private static final Set<String> FALSE = Set.of("false", "False", "FALSE");
    /** A decimal number as a person writes one in a file: no exponent, radix, {@code _} or sign but minus. */
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    /** A parsed node: a scalar (its text as written), a list, a mapping, or null. */
    private sealed interface Node {
        int line();
    }

    /**
     * {@code plain}: written without quotes (JSON: a number, true or false); {@code fullWidth}: where it
     * reads as one text because of a full-width colon or comma ({@code birthDate：1970-01-01}), said where.
     */
    private record Scalar(String text, boolean plain, int line, Optional<Text> fullWidth) implements Node {
        Scalar(String text, boolean plain, int line) {
            this(text, plain, line, Optional.empty());
        }
    }

    private record Sequence(List<Node> items, int line) implements Node {
    }

    private record Mapping(List<Map.Entry<String, Node>> entries, int line) implements Node {
    }

    private record Null(int line) implements Node {
    }

    private final Node node;
    private final String source;
    private final String path;

    private Tree(Node node, String source, String path) {
        this.node = node;
        this.source = source;
        this.path = path;
    }

    /** Parses JSON when the source name ends in .json, YAML otherwise. */
    public static Tree parse(String text, String source) {
        boolean json = source.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
        Node root = json ? new JsonBuilder(source).root(text) : new YamlBuilder(source).root(text);
        if (root == null || root instanceof Null) {
            throw new TreeException(source, "", Text.of("文件是空的", "the file is empty"));
        }
        return new Tree(root, source, "");
    }

    /** Builds the nodes from SnakeYAML's events, so that nothing is resolved to a type and every refusal has its line. */
    private static final class YamlBuilder {
        private final String source;
        private Iterator<Event> events;

        YamlBuilder(String source) {
            this.source = source;
        }

        Node root(String text) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setAllowRecursiveKeys(false);
            options.setCodePointLimit(8 * 1024 * 1024);
            try {
                events = new Yaml(options).parse(new StringReader(text)).iterator();
                Node root = null;
                int documents = 0;
                while (events.hasNext()) {
                    Event e = events.next();
                    if (e instanceof DocumentStartEvent) {
                        if (++documents > 1) {
                            throw refuse(e, Text.of("不读取第二个 YAML 文档（--- 之后）：一个文件只写一个文档",
                                    "a second YAML document (after ---) is not read: keep one document in a file"));
                        }
                        Event first = events.next();
                        root = first.is(Event.ID.DocumentEnd) ? null : node(first);
                    }
                }
                return root;
            } catch (MarkedYAMLException e) {
                Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
                // YAML's own message about a full-width colon or comma is about something else, often on the next line.
                Optional<Text> hint = YamlHint.fullWidth(text, m == null ? Integer.MAX_VALUE : m.getLine() + 1);
                Text where = m == null ? Text.same("") : YamlHint.at(m.getLine() + 1, m.getColumn() + 1);
                throw new TreeException(source, "", hint.orElseGet(() -> where.then(yamlWords(e.getProblem()))));
            } catch (YAMLException e) {
                throw new TreeException(source, "", yamlWords(e.getMessage()));
            }
        }

        /**
         * Lists and mappings nested deeper than this are refused: no case, reform, scenario or pack file
         * nests beyond a handful, and each level is a frame of this reader's stack.
         */
        private static final int MAX_DEPTH = 64;

        private Node node(Event e) {
            return node(e, 0);
        }

        private Node node(Event e, int depth) {
            int line = e.getStartMark() == null ? 0 : e.getStartMark().getLine() + 1;
            if (depth > MAX_DEPTH && e instanceof CollectionStartEvent) {
                throw refuse(e, Text.of("列表或映射嵌套超过 " + MAX_DEPTH + " 层：不读取", "lists or mappings nested more than " + MAX_DEPTH
                        + " deep are not read"));
            }
            if (e instanceof AliasEvent a) {
                throw refuse(e, Text.of("不读取别名（*" + a.getAnchor() + "）：请把值写出来",
                        "an alias (*" + a.getAnchor() + ") is not read: write the value out"));
            }
            if (e instanceof NodeEvent n && n.getAnchor() != null) {
                throw refuse(e, Text.of("不读取锚点（&" + n.getAnchor() + "）：请在每个用到的地方写出值",
                        "an anchor (&" + n.getAnchor() + ") is not read: write each value out where it is used"));
            }
            String tag = e instanceof ScalarEvent s ? s.getTag() : e instanceof CollectionStartEvent c ? c.getTag() : null;
            if (tag != null && !tag.equals("!")) {
                throw refuse(e, Text.of("不读取标签（" + tag + "）：只写值本身", "a tag (" + tag + ") is not read: write the value alone"));
            }
            if (e instanceof ScalarEvent s) {
                boolean plain = s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
                Optional<Text> fullWidth = plain && s.getValue().indexOf('\n') < 0
                        ? YamlHint.line(s.getValue(), line, s.getStartMark().getColumn() + 1) : Optional.empty();
                return plain && NULLS.contains(s.getValue()) ? new Null(line) : new Scalar(s.getValue(), plain, line, fullWidth);
            }
            if (e instanceof SequenceStartEvent) {
                List<Node> items = new ArrayList<>();
                for (Event next = events.next(); !next.is(Event.ID.SequenceEnd); next = events.next()) {
                    items.add(node(next, depth + 1));
                }
                return new Sequence(List.copyOf(items), line);
            }
            if (e instanceof MappingStartEvent) {
                List<Map.Entry<String, Node>> entries = new ArrayList<>();
                Set<String> keys = new HashSet<>();
                for (Event next = events.next(); !next.is(Event.ID.MappingEnd); next = events.next()) {
                    Node key = node(next, depth + 1);
                    if (!(key instanceof Scalar k)) {
                        throw refuse(next, key instanceof Null ? Text.of("名称不能为空", "a key must be a name, not null")
                                : Text.of("名称不能是列表或映射", "a key must be a name, not a list or mapping"));
                    }
                    if (!keys.add(k.text())) {
                        throw refuse(next, Text.of("'" + k.text() + "' 写了两次", "'" + k.text() + "' is written twice"));
                    }
                    entries.add(Map.entry(k.text(), node(events.next(), depth + 1)));
                }
                return new Mapping(List.copyOf(entries), line);
            }
            throw refuse(e, Text.same("unexpected " + e.getEventId()));
        }

        private TreeException refuse(Event e, Text why) {
            int line = e.getStartMark() == null ? 0 : e.getStartMark().getLine() + 1;
            return new TreeException(source, "", Text.of("第" + line + "行：", "line " + line + ": ").then(why));
        }
    }

    /**
     * Why text is not JSON, where: the line and column and what is wrong there, in both languages and
     * in words a person writing JSON can act on (a bracket or quote missing, a field name not in
     * double quotes, a comma too many, a word that is no JSON value, a key written twice), never
     * Jackson's own sentence in a Chinese answer. An English answer adds Jackson's words only where
     * none of these says it.
     */
    public static Text jsonProblem(JsonProcessingException e) {
        var loc = e.getLocation();
        Text where = loc == null || loc.getLineNr() < 1 ? Text.same("")
                : Text.of("第 " + loc.getLineNr() + " 行第 " + loc.getColumnNr() + " 列：", "line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": ");
        String said = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
        java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("'([^']*)'").matcher(said);
        String token = quoted.find() ? quoted.group(1) : "";
        Text why;
        if (said.contains("nesting depth")) {
            why = Text.of("列表或对象嵌套过深：不读取", "lists or objects nested too deep: not read");
        } else if (said.contains("end-of-input")) {
            why = Text.of("JSON 没有写完：缺少闭合的括号或引号", "the JSON ends before it is complete: a closing bracket or quote is missing");
        } else if (said.startsWith("Duplicate field")) {
            why = Text.of("'" + token + "' 写了两次", "'" + token + "' is written twice");
        } else if (said.contains("double-quote to start field name")) {
            why = Text.of("此处应为用双引号括起的字段名（或多了一个逗号）", "a field name in double quotes is expected here (or a comma is too many)");
        } else if (said.startsWith("Unrecognized token") || said.startsWith("Non-standard token")) {
            why = Text.of("'" + token + "' 不是 JSON 的值：文字须用双引号括起，是否写 true、false 或 null",
                    "'" + token + "' is not a JSON value: text is written in double quotes; yes and no as true or false");
        } else if (said.startsWith("Unexpected close marker")) {
            why = Text.of("多了一个闭合括号 '" + token + "'", "a closing '" + token + "' closes nothing open here");
        } else if (said.startsWith("Illegal unquoted character")) {
            why = Text.of("字符串中有未转义的控制字符（如换行）：写作 \\n", "a string holds a control character (a line break?): write it as \\n");
        } else if (said.contains("numeric value") || said.contains("Leading zeroes") || said.contains("Leading plus")) {
            why = Text.of("数字的写法不对（不以 0 或 + 开头，小数点后须有数字）", "a number not written as JSON writes numbers (no leading 0 or +, digits after the point)");
        } else if (said.startsWith("Unexpected character")) {
            why = Text.of("此处不应有 '" + token + "'（是否少了逗号、冒号或引号？）", "'" + token + "' is not expected here (a comma, colon or quote missing?)");
        } else {
            why = Text.of("此处的写法不对", said.isBlank() ? "not written as JSON is written" : said);
        }
        return where.then(why);
    }

    /** Builds the nodes from Jackson's tokens: a number stays the text it was written as ({@code 1e2} is not 100). */
    private record JsonBuilder(String source) {

        Node root(String text) {
            try (JsonParser p = JSON_FACTORY.createParser(text)) {
                if (p.nextToken() == null) {
                    return null;
                }
                Node root = node(p, 0);
                if (p.nextToken() != null) {
                    int line = p.currentTokenLocation().getLineNr();
                    throw new TreeException(source, "", Text.of("第 " + line + " 行：JSON 值结束后还有内容",
                            "line " + line + ": more after the end of the JSON value"));
                }
                return root;
            } catch (JsonProcessingException e) {
                throw new TreeException(source, "", jsonProblem(e));
            } catch (IOException e) {
                throw new TreeException(source, "", Text.of("无法读取", "cannot be read: " + e.getMessage()));
            }
        }

        private Node node(JsonParser p, int depth) throws IOException {
            int line = p.currentTokenLocation().getLineNr();
            JsonToken t = p.currentToken();
            // As deep as YAML may nest, and no deeper: the same refusal, with its line.
            if (depth > YamlBuilder.MAX_DEPTH && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)) {
                throw new TreeException(source, "", Text.of("第 " + line + " 行：列表或对象嵌套超过 " + YamlBuilder.MAX_DEPTH + " 层：不读取",
                        "line " + line + ": lists or objects nested more than " + YamlBuilder.MAX_DEPTH + " deep are not read"));
            }
            switch (t) {
                case START_OBJECT -> {
                    List<Map.Entry<String, Node>> entries = new ArrayList<>();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String key = p.currentName();
                        p.nextToken();
                        entries.add(Map.entry(key, node(p, depth + 1)));
                    }
                    return new Mapping(List.copyOf(entries), line);
                }
                case START_ARRAY -> {
                    List<Node> items = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        items.add(node(p, depth + 1));
                    }
                    return new Sequence(List.copyOf(items), line);
                }
                case VALUE_STRING -> {
                    return new Scalar(p.getText(), false, line);
                }
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> {
                    return new Scalar(p.getText(), true, line);
                }
                case VALUE_NULL -> {
                    return new Null(line);
                }
                default -> throw new IOException("unexpected " + t);
            }
        }
    }

    public String source() {
        return source;
    }

    public String path() {
        return path;
    }

    /** The line the value starts on (1 for the first). */
    public int line() {
        return node.line();
    }

    public TreeException error(String message) {
        return new TreeException(source, path, message);
    }

    /** An error about this value, in both languages. */
    public TreeException error(Text why) {
        return new TreeException(source, path, why);
    }

    /** "must be {what}, not {kind}" in both languages. */
    private TreeException mustBe(String zh, String en) {
        return error(Text.of("应为" + zh + "，而不是" + kindZh(), "must be " + en + ", not " + kind()));
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private Optional<Node> value(String key) {
        if (node instanceof Mapping m) {
            for (Map.Entry<String, Node> e : m.entries()) {
                if (e.getKey().equals(key)) {
                    return Optional.of(e.getValue());
                }
            }
        }
        return Optional.empty();
    }

    public boolean has(String key) {
        return value(key).filter(v -> !(v instanceof Null)).isPresent();
    }

    public Tree get(String key) {
        Node v = value(key).filter(n -> !(n instanceof Null))
                .orElseThrow(() -> new TreeException(source, child(key), Text.of("必须填写，但缺少", "is required but missing")));
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

    /** The scalar's text as written ({@code 0120}, {@code NO}, {@code 1e2} unchanged). */
    public String text() {
        if (node instanceof Scalar s) {
            return s.text();
        }
        throw mustBe("文字", "text");
    }

    /** Is a single value (not a list, mapping or null). */
    public boolean isScalar() {
        return node instanceof Scalar;
    }

    public boolean isList() {
        return node instanceof Sequence;
    }

    public boolean isMapping() {
        return node instanceof Mapping;
    }

    public LocalDate date() {
        String s = text();
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw error(Text.of("'" + s + "' 不是按 YYYY-MM-DD 写的真实日期", "'" + s + "' is not a real date written YYYY-MM-DD"));
        }
    }

    public LocalDate date(String key) {
        return get(key).date();
    }

    /** A whole number written in decimal digits ({@code 0120} is 120; {@code 0x78}, {@code 1_20}, {@code 1e2} are refused). */
    public int integer() {
        String s = node instanceof Scalar sc ? sc.text() : null;
        if (s == null || !INTEGER.matcher(s).matches() || s.length() > 10) {
            throw mustBe("整数", "a whole number");
        }
        long v = Long.parseLong(s);
        if (v != (int) v) {
            throw mustBe("整数", "a whole number");
        }
        return (int) v;
    }

    /** A number written in decimal digits, with a decimal point or not. */
    public BigDecimal decimal() {
        String s = node instanceof Scalar sc ? sc.text() : null;
        if (s == null || !DECIMAL.matcher(s).matches()) {
            throw mustBe("数字", "a number");
        }
        return new BigDecimal(s);
    }

    /** {@code true} or {@code false} (YAML 1.2: also True, TRUE...); {@code yes}, {@code no}, {@code on}, {@code off} are not. */
    public boolean bool() {
        if (node instanceof Scalar s && TRUE.contains(s.text())) {
            return true;
        }
        if (node instanceof Scalar s && FALSE.contains(s.text())) {
            return false;
        }
        throw mustBe(" true 或 false", "true or false");
    }

    /**
     * The value as YAML 1.2's core schema types a plain scalar, for a file whose values have no declared
     * type (a parameter's value, a scenario's expectation): a plain decimal number is a number
     * ({@link BigInteger} or {@link BigDecimal}, {@code 055} is 55), a plain true or false a boolean, anything
     * else (quoted, {@code 0x78}, {@code 1e2}, {@code NO}, {@code yes}) text; lists and mappings are not scalars.
     */
    public Object scalar() {
        if (!(node instanceof Scalar s)) {
            throw mustBe("单个值", "a single value");
        }
        if (s.plain() && INTEGER.matcher(s.text()).matches()) {
            return new BigInteger(s.text());
        }
        if (s.plain() && DECIMAL.matcher(s.text()).matches()) {
            return new BigDecimal(s.text());
        }
        if (s.plain() && (TRUE.contains(s.text()) || FALSE.contains(s.text()))) {
            return TRUE.contains(s.text());
        }
        return s.text();
    }

    public List<Tree> list() {
        if (!(node instanceof Sequence seq)) {
            throw mustBe("列表", "a list");
        }
        List<Tree> out = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            out.add(new Tree(seq.items().get(i), source, path + "[" + i + "]"));
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
        if (!(node instanceof Mapping m)) {
            throw new TreeException(source, path, Text.of("应为名称及其值，而不是" + kindZh(), "must be a mapping of names to values, not " + kind())
                    .then(node instanceof Scalar s && s.fullWidth().isPresent() ? Text.of("：", ": ").then(s.fullWidth().get()) : Text.same("")));
        }
        List<Map.Entry<String, Tree>> out = new ArrayList<>();
        for (Map.Entry<String, Node> e : m.entries()) {
            out.add(Map.entry(e.getKey(), new Tree(e.getValue(), source, child(e.getKey()))));
        }
        return out;
    }

    /** Fails on a key not in {@code allowed}, naming it and, where one is close, the key meant. */
    public Tree onlyKeys(String... allowed) {
        List<String> keys = List.of(allowed);
        for (Map.Entry<String, Tree> e : entries()) {
            if (!keys.contains(e.getKey())) {
                throw new TreeException(source, child(e.getKey()), Text.of("不是已知的字段", "is not a known field")
                        .then(Names.suggestion(e.getKey(), keys)));
            }
        }
        return this;
    }

    public boolean isNull() {
        return node instanceof Null;
    }

    public String kind() {
        if (node instanceof Scalar s) {
            return "the text '" + abbreviate(s.text()) + "'";
        }
        return node instanceof Sequence ? "a list" : node instanceof Mapping ? "a mapping" : "null";
    }

    private String kindZh() {
        if (node instanceof Scalar s) {
            return "文字 '" + abbreviate(s.text()) + "'";
        }
        return node instanceof Sequence ? "列表" : node instanceof Mapping ? "映射" : "空值";
    }

    /** YAML's first line about what it cannot read, in plain words, in both languages. */
    private static Text yamlWords(String problem) {
        String p = String.valueOf(problem).lines().findFirst().orElse("").strip();
        if (p.startsWith("mapping values are not allowed here")) {
            return Text.of("此处不能出现 ': '（含有 ': ' 的值要加引号，或上一行的缩进有误）",
                    "a ': ' cannot come here (a value holding ': ' needs quotes, or the indentation above is wrong)");
        }
        if (p.startsWith("could not find expected ':'")) {
            return Text.of("上一个名称后缺少 ': '", "a name before here has no ': ' after it");
        }
        if (p.startsWith("found character '\\t'") || p.contains("'\\t'")) {
            return Text.of("YAML 不能用制表符缩进：请改用空格", "YAML cannot be indented with a tab: use spaces");
        }
        if (p.startsWith("found unexpected end of stream")) {
            return Text.of("引号中的文字没有结束的引号", "a quoted text has no closing quote");
        }
        if (p.matches("expected ',' or '[}\\]]', but got .*")) {
            char close = p.charAt(17);
            return Text.of("此处应为 ',' 或 '" + close + "'（'" + (close == '}' ? '{' : '[') + "' 未闭合，或少了逗号）",
                    "a ',' or '" + close + "' is expected here (the '" + (close == '}' ? '{' : '[') + "' is not closed, or a comma is missing)");
        }
        if (p.startsWith("did not find expected key") || p.startsWith("did not find expected '-' indicator")) {
            return Text.of("此处缩进有误：应与同级的名称或 '-' 对齐", "the indentation is wrong here: align it with the names or '-' at its level");
        }
        if (p.startsWith("found character") && p.contains("cannot start any token")) {
            return Text.of("此处的字符不能作为值的开头（请给值加引号）：" + p, "a value cannot start with this character (quote the value): " + p);
        }
        return Text.of("YAML 无法读取：" + p, p.isEmpty() ? "unreadable" : p);
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    /** Used by the JSON writer for decisions. */
    public static ObjectMapper jsonMapper() {
        return JSON;
    }
}
