package io.github.talentrules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.talentrules.internal.load.VocabularyFile;
import io.github.talentrules.pack.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What every vocabulary and every pack's use of vocabularies must satisfy: each word reads back to its
 * value whatever its width, case or spacing, and every code, codes or level fact of a pack names the
 * vocabulary expected of it in pack.yaml (docs/vocabularies.md), or none where it holds identifiers.
 */
public final class VocabularyContract {
    private VocabularyContract() {
    }

    /** The vocabularies of a pack's {@code vocabularies.yaml} on the class path, read with no problem. */
    public static Map<String, Vocabulary> ofPack(String packId) {
        String path = "talent-rules/" + packId + "/vocabularies.yaml";
        List<String> problems = new ArrayList<>();
        Map<String, Vocabulary> read = VocabularyFile.forPack(resource(path), path, problems);
        assertThat(problems).as("problems in " + path).isEmpty();
        return read;
    }

    /** Every word of every value (code, labels, words) reads back to that value as written, in full width, in either case, spaced out. */
    public static void everyWordReadsBack(Vocabulary vocabulary) {
        for (Vocabulary.Value v : vocabulary.values()) {
            List<String> words = new ArrayList<>(List.of(v.code(), v.zh(), v.en()));
            words.addAll(v.words());
            for (String w : words) {
                for (String variant : List.of(w, w.toUpperCase(Locale.ROOT), w.toLowerCase(Locale.ROOT), fullWidth(w), " " + spaced(w) + " ")) {
                    assertThat(vocabulary.read(variant)).as(vocabulary.name() + ": '" + variant + "'")
                            .isEqualTo(new Vocabulary.Found(variant, v));
                }
            }
        }
    }

    private static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(c == ' ' ? '\u3000' : c > 0x20 && c < 0x7F ? (char) (c + 0xFEE0) : (char) c));
        return b.toString();
    }

    private static String spaced(String s) {
        return String.join(" ", s.split(""));
    }

    /**
     * Every code, codes and level fact of the pack with {@code values:} is named in {@code vocabularyOf}
     * (fact → vocabulary name) or in {@code identifiers}; each of its values reads in that vocabulary as
     * itself, or as {@code renamed} says (old code → harmonised code), and level facts keep their order.
     */
    public static void everyValueOfThePackReads(String packId, Map<String, String> vocabularyOf, Set<String> identifiers,
                                                Map<String, String> renamed) {
        Map<String, Vocabulary> all = new HashMap<>(VocabularyFile.shared());
        all.putAll(ofPack(packId));
        Map<String, JsonNode> facts = codeFacts(packId);
        assertThat(vocabularyOf.keySet()).as("facts of " + packId + " given a vocabulary").isEqualTo(
                Set.copyOf(facts.keySet().stream().filter(f -> !identifiers.contains(f)).toList()));
        for (String id : identifiers) {
            assertThat(facts.get(id).has("vocabulary")).as(packId + " " + id + " reads no vocabulary").isFalse();
        }
        for (Map.Entry<String, String> e : vocabularyOf.entrySet()) {
            assertThat(facts.get(e.getKey()).path("vocabulary").asText()).as(packId + " " + e.getKey() + ": vocabulary in pack.yaml")
                    .isEqualTo(e.getValue());
            Vocabulary vocabulary = all.get(e.getValue());
            assertThat(vocabulary).as("vocabulary " + e.getValue() + " of " + e.getKey()).isNotNull();
            List<Integer> places = new ArrayList<>();
            for (JsonNode value : facts.get(e.getKey()).path("values")) {
                String code = value.asText();
                Vocabulary.Match m = vocabulary.read(code);
                assertThat(m).as(packId + " " + e.getKey() + ": " + code + " in " + vocabulary.name()).isInstanceOf(Vocabulary.Found.class);
                String read = ((Vocabulary.Found) m).value().code();
                assertThat(read).as(packId + " " + e.getKey() + ": " + code).isEqualTo(renamed.getOrDefault(code, code));
                places.add(vocabulary.codes().indexOf(read));
            }
            if ("level".equals(facts.get(e.getKey()).path("type").asText())) {
                assertThat(places).as(packId + " " + e.getKey() + ": the levels in the vocabulary's order").isSorted().doesNotHaveDuplicates();
            }
        }
    }

    /** The code, codes and level facts of a pack's {@code pack.yaml}, by name. */
    public static Map<String, JsonNode> codeFacts(String packId) {
        try {
            JsonNode root = new YAMLMapper().readTree(resource("talent-rules/" + packId + "/pack.yaml"));
            Map<String, JsonNode> out = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("facts").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (Set.of("code", "codes", "level").contains(f.getValue().path("type").asText())) {
                    out.put(f.getKey(), f.getValue());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = VocabularyContract.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path + " on the class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
