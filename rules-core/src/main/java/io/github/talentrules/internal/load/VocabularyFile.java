package io.github.talentrules.internal.load;

import io.github.talentrules.InvalidPackException;
import io.github.talentrules.pack.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads vocabulary files: the ones rules-core shares ({@link #shared()}) and a pack's own
 * ({@code vocabularies.yaml} beside its {@code pack.yaml}, {@link #forPack}). A file maps names to
 * vocabularies:
 *
 * <pre>
 * degrees:
 *   zh: 学位
 *   en: degree
 *   values:                      # lowest first where the values are levels
 *     - code: MASTER
 *       zh: 硕士
 *       en: master's degree
 *       words: [硕士学位, 硕士研究生, Master, MSc]
 *   ambiguous:                   # words that could mean several values: reading one is an error
 *     研究生: [MASTER, DOCTORATE]
 *   refused:                     # words known but never read as a value, with the reason
 *     - words: [...]
 *       zh: ...
 *       en: ...
 * </pre>
 *
 * Every scalar is taken as written: {@code NO} is Norway's code, not YAML 1.1's false, and
 * {@code 0120} is text. A vocabulary where a word would name two values, or a value without both
 * labels, is refused with the file and line.
 */
public final class VocabularyFile {
    /** The vocabularies rules-core shares with every pack, each in {@code vocabularies/<name>.yaml}. */
    public static final List<String> SHARED = List.of("countries", "provinces", "degrees", "titles", "yes-no");
    private static final String FOLDER = "/io/github/talentrules/vocabularies/";

    private VocabularyFile() {
    }

    /** Every vocabulary of the file; what cannot be read is added to {@code problems} as {@code source:line: message}. */
    public static Map<String, Vocabulary> read(String text, String source, List<String> problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(50);
        options.setAllowRecursiveKeys(false);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            problems.add(source + ":" + (e.getProblemMark().getLine() + 1) + ": " + e.getProblem());
            return Map.of();
        } catch (YAMLException e) {
            problems.add(source + ": " + e.getMessage());
            return Map.of();
        }
        Map<String, Vocabulary> out = new LinkedHashMap<>();
        if (root == null) {
            problems.add(source + ": the file is empty");
            return out;
        }
        Source file = new Source(source, problems);
        for (NodeTuple t : file.mapping(root, "the file")) {
            Optional<String> name = file.scalar(t.getKeyNode(), "a vocabulary name");
            if (name.isEmpty()) {
                continue;
            }
            int before = problems.size();
            Vocabulary v = file.vocabulary(name.get(), t.getValueNode());
            if (v != null && problems.size() == before) {
                out.put(name.get(), v);
            }
        }
        return out;
    }

    /** The vocabularies of a pack's file; a name the shared vocabularies already use is a problem. */
    public static Map<String, Vocabulary> forPack(String text, String source, List<String> problems) {
        Map<String, Vocabulary> read = read(text, source, problems);
        for (String name : read.keySet()) {
            if (SHARED.contains(name)) {
                problems.add(source + ": " + name + ": is the name of a vocabulary rules-core shares; refer to it instead");
            }
        }
        return read;
    }

    /** The shared vocabularies by name, read once. */
    public static Map<String, Vocabulary> shared() {
        return Shared.ALL;
    }

    private static final class Shared {
        static final Map<String, Vocabulary> ALL = load();

        private static Map<String, Vocabulary> load() {
            List<String> problems = new ArrayList<>();
            Map<String, Vocabulary> all = new LinkedHashMap<>();
            for (String name : SHARED) {
                String path = FOLDER + name + ".yaml";
                try (InputStream in = VocabularyFile.class.getResourceAsStream(path)) {
                    if (in == null) {
                        problems.add(path + ": not found");
                        continue;
                    }
                    Map<String, Vocabulary> read = read(new String(in.readAllBytes(), StandardCharsets.UTF_8), path.substring(1), problems);
                    if (!read.keySet().equals(Set.of(name)) && problems.isEmpty()) {
                        problems.add(path + ": must hold the vocabulary " + name + " alone, not " + read.keySet());
                    }
                    all.putAll(read);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidPackException("rules-core vocabularies", problems);
            }
            return Map.copyOf(all);
        }
    }

    /** One file being read: every problem names it and a line. */
    private record Source(String source, List<String> problems) {

        Vocabulary vocabulary(String name, Node node) {
            Map<String, Node> keys = keys(node, name, List.of("zh", "en", "values", "ambiguous", "refused"));
            Vocabulary.Builder b;
            try {
                b = Vocabulary.builder(name, text(keys.get("zh")), text(keys.get("en")));
            } catch (IllegalArgumentException e) {
                problem(node, name + ": " + e.getMessage());
                return null;
            }
            Node values = keys.get("values");
            if (values == null) {
                problem(node, name + ": lists no values");
                return null;
            }
            for (Node value : sequence(values, name + ": values")) {
                Map<String, Node> v = keys(value, name + ": a value", List.of("code", "zh", "en", "words"));
                add(value, name, () -> b.value(text(v.get("code")), text(v.get("zh")), text(v.get("en")), texts(v.get("words"), name)));
            }
            if (keys.containsKey("ambiguous")) {
                for (NodeTuple t : mapping(keys.get("ambiguous"), name + ": ambiguous")) {
                    add(t.getKeyNode(), name, () -> b.ambiguous(text(t.getKeyNode()), texts(t.getValueNode(), name)));
                }
            }
            if (keys.containsKey("refused")) {
                for (Node r : sequence(keys.get("refused"), name + ": refused")) {
                    Map<String, Node> f = keys(r, name + ": a refusal", List.of("words", "zh", "en"));
                    add(r, name, () -> b.refuse(texts(f.get("words"), name), text(f.get("zh")), text(f.get("en"))));
                }
            }
            try {
                return b.build();
            } catch (IllegalArgumentException e) {
                problem(node, name + ": " + e.getMessage());
                return null;
            }
        }

        private void add(Node where, String name, Runnable step) {
            try {
                step.run();
            } catch (IllegalArgumentException e) {
                problem(where, name + ": " + e.getMessage());
            }
        }

        /** The entries of a mapping, the first of a key written twice; a key not in {@code allowed} is a problem. */
        private Map<String, Node> keys(Node node, String what, List<String> allowed) {
            Map<String, Node> out = new LinkedHashMap<>();
            for (NodeTuple t : mapping(node, what)) {
                scalar(t.getKeyNode(), what + ": a key").ifPresent(k -> {
                    if (!allowed.contains(k)) {
                        problem(t.getKeyNode(), what + ": unknown key '" + k + "' (allowed: " + String.join(", ", allowed) + ")");
                    } else {
                        out.putIfAbsent(k, t.getValueNode());
                    }
                });
            }
            return out;
        }

        List<NodeTuple> mapping(Node node, String what) {
            if (node instanceof MappingNode m) {
                Set<String> seen = new HashSet<>();
                for (NodeTuple t : m.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k && !seen.add(k.getValue())) {
                        problem(k, what + ": '" + k.getValue() + "' is written twice");
                    }
                }
                return m.getValue();
            }
            problem(node, what + " must be a mapping of names to values");
            return List.of();
        }

        private List<Node> sequence(Node node, String what) {
            if (node instanceof SequenceNode s) {
                return s.getValue();
            }
            problem(node, what + " must be a list");
            return List.of();
        }

        Optional<String> scalar(Node node, String what) {
            if (node instanceof ScalarNode s && !Tag.NULL.equals(s.getTag())) {
                return Optional.of(s.getValue());
            }
            problem(node, what + " must be text");
            return Optional.empty();
        }

        /** The text as written, or null when absent or empty (the builder then names what is missing). */
        private String text(Node node) {
            return node instanceof ScalarNode s && !Tag.NULL.equals(s.getTag()) ? s.getValue() : null;
        }

        private List<String> texts(Node node, String name) {
            if (node == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (Node n : sequence(node, name + ": words")) {
                scalar(n, name + ": a word").ifPresent(out::add);
            }
            return out;
        }

        private void problem(Node node, String message) {
            problems.add(source + ":" + (node.getStartMark().getLine() + 1) + ": " + message);
        }
    }
}
