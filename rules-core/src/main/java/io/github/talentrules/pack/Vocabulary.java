package io.github.talentrules.pack;

import io.github.talentrules.Language;
import io.github.talentrules.internal.Names;
import io.github.talentrules.internal.Width;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A closed list of values a fact may take (degrees, titles, countries, the fields a document names),
 * each with its code, its Chinese and English labels and the words staff write for it: the one place
 * where a word a person wrote becomes a code.
 *
 * <p>{@link #read} folds full-width characters, ignores the case of Latin letters, accents, spaces and
 * the punctuation of abbreviations ({@code . - _ ' , ·}, {@code &} for "and"), then accepts a value's
 * code, either label or one of its words. {@code CODE（名称）} and {@code CODE (name)} are accepted when
 * both parts name the same value. Everything else is a {@link Failure} whose message names what to write:
 * a word that could mean several values ({@link Ambiguous}), a word the vocabulary does not know
 * ({@link Unknown}, with the nearest values), a word it knows but refuses to read ({@link Refused}, with
 * the reason). A word is read with certainty or not at all.
 *
 * <p>Immutable and thread-safe. {@link #builder} refuses a word that would name two values.
 */
public final class Vocabulary {
    /** Characters a word may carry or not without changing what it names. */
    private static final String IGNORED = ".-_'’‘,·・";
    /** {@code A(B)}, the last bracketed part taken as the qualifier (after width folding). */
    private static final Pattern QUALIFIED = Pattern.compile("(.*\\S)\\s*\\(([^()]+)\\)");
    private static final Pattern LIST = Pattern.compile("[,;|\\n]");
    /** What {@link #words} puts between the words of a list, and so what no label may hold. */
    private static final String SEPARATOR_ZH = "，";
    private static final String SEPARATOR_EN = "; ";
    /** A vocabulary this small lists every value when a word is unknown and no value is near it. */
    private static final int LISTED_IN_FULL = 12;

    private final String name;
    private final String zh;
    private final String en;
    private final List<Value> values;
    private final Map<String, Value> byCode;
    /** Each value's code, labels and words exactly as written: most words arrive so, and need no folding. */
    private final Map<String, Value> exact;
    private final Map<String, Entry> index;
    /** The lookup keys of each value, in the order of {@link #values}. */
    private final List<List<String>> keys;

    private Vocabulary(Builder b) {
        this.name = b.name;
        this.zh = b.zh;
        this.en = b.en;
        this.values = List.copyOf(b.values.values());
        this.byCode = Map.copyOf(b.values);
        Map<String, Value> written = new HashMap<>();
        for (Value v : values) {
            written.putIfAbsent(v.code(), v);
            written.putIfAbsent(v.zh(), v);
            written.putIfAbsent(v.en(), v);
            v.words().forEach(w -> written.putIfAbsent(w, v));
        }
        this.exact = Map.copyOf(written);
        this.index = Map.copyOf(b.index);
        Map<String, List<String>> byValue = new HashMap<>();
        b.index.forEach((key, entry) -> {
            if (entry instanceof One one) {
                byValue.computeIfAbsent(one.value().code(), c -> new ArrayList<>()).add(key);
            }
        });
        this.keys = values.stream().map(v -> List.copyOf(byValue.get(v.code()))).toList();
    }

    /** One value: its code (what rules compare), its labels, and the other words that name it. */
    public record Value(String code, String zh, String en, List<String> words) {
        public Value {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(zh, "zh");
            Objects.requireNonNull(en, "en");
            words = List.copyOf(words);
        }

        public String label(Language language) {
            return language == Language.ZH ? zh : en;
        }

        /** {@code 中国（CN）} in Chinese, {@code CN (China)} in English. */
        String shown(Language language) {
            return language == Language.ZH ? zh + "（" + code + "）" : code + " (" + en + ")";
        }
    }

    /** What reading a word gave: a {@link Found} value or a {@link Failure}. */
    public sealed interface Match {
        /** The word as it was written. */
        String word();
    }

    /** The word names this value, and no other. */
    public record Found(String word, Value value) implements Match {
    }

    /** The word cannot be read as one value; {@link #message} says why and what to write. */
    public sealed interface Failure extends Match {
        String message(Language language);
    }

    /**
     * No value has this word. {@code nearest}: the values whose words are closest to it (at most three);
     * {@code choices}: every value when none is near and the vocabulary is short enough to list.
     */
    public record Unknown(String word, List<Value> nearest, List<Value> choices) implements Failure {
        public Unknown {
            nearest = List.copyOf(nearest);
            choices = List.copyOf(choices);
        }

        @Override
        public String message(Language language) {
            boolean zh = language == Language.ZH;
            String head = zh ? "“" + word + "”不是可识别的值" : "'" + word + "' is not a known value";
            if (!nearest.isEmpty()) {
                return head + (zh ? "；最接近的是：" : "; nearest: ") + shown(nearest, language, zh ? "、" : ", ");
            }
            if (!choices.isEmpty()) {
                return head + (zh ? "；可写：" : "; write one of: ") + shown(choices, language, zh ? "、" : ", ");
            }
            return head + (zh ? "，也没有相近的值" : ", and no value is close to it");
        }
    }

    /** The word could mean any of these values (at least two): it is never read as one of them. */
    public record Ambiguous(String word, List<Value> values) implements Failure {
        public Ambiguous {
            values = List.copyOf(values);
        }

        @Override
        public String message(Language language) {
            return language == Language.ZH
                    ? "“" + word + "”可指" + shown(values, language, "或") + "，无法确定是哪一个，请写明"
                    : "'" + word + "' could mean " + shown(values, language, " or ") + ": write which one";
        }
    }

    /** The vocabulary knows the word but refuses to read it as a value, for the reason given. */
    public record Refused(String word, String zh, String en) implements Failure {
        @Override
        public String message(Language language) {
            return language == Language.ZH ? "“" + word + "”：" + zh : "'" + word + "': " + en;
        }
    }

    private static String shown(List<Value> values, Language language, String separator) {
        return values.stream().map(v -> v.shown(language)).collect(Collectors.joining(separator));
    }

    /** The name packs use to refer to this vocabulary ({@code degrees}). */
    public String name() {
        return name;
    }

    /** What the values are, in the given language (学位, degree). */
    public String label(Language language) {
        return language == Language.ZH ? zh : en;
    }

    /** Every value, in the order the vocabulary lists them (lowest first where they are levels). */
    public List<Value> values() {
        return values;
    }

    /** The codes of {@link #values()}, in the same order. */
    public List<String> codes() {
        return values.stream().map(Value::code).toList();
    }

    /** The value with this exact code. */
    public Optional<Value> value(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * A code in words: its value's label in {@code language} (挪威, Norway for NO); the code itself where
     * the vocabulary has no value of that code. One map look-up: explanations call it for every value shown.
     */
    public String word(String code, Language language) {
        Value v = byCode.get(code);
        return v == null ? code : v.label(language);
    }

    /**
     * Codes in words ({@link #word}), separated by {@code ，} in Chinese and {@code ; } in English, which no
     * label holds ({@link Builder#value}): labels hold {@code 、} and commas (企业、金融机构高级职务).
     */
    public String words(List<?> codes, Language language) {
        StringBuilder out = new StringBuilder(16 * codes.size());
        for (Object c : codes) {
            if (out.length() > 0) {
                out.append(language == Language.ZH ? SEPARATOR_ZH : SEPARATOR_EN);
            }
            out.append(word(String.valueOf(c), language));
        }
        return out.toString();
    }

    /** What {@code word} names: see the class description for what is accepted. */
    public Match read(String word) {
        Objects.requireNonNull(word, "word");
        Value written = exact.get(word);
        if (written != null) {
            return new Found(word, written);
        }
        String key = key(word);
        Entry e = index.get(key);
        if (e != null) {
            return match(word, e);
        }
        Matcher m = QUALIFIED.matcher(Width.fold(word).strip());
        if (m.matches()) {
            Entry named = index.get(key(m.group(1)));
            Entry qualifier = index.get(key(m.group(2)));
            if (named instanceof One a && qualifier instanceof One b) {
                return a.value().equals(b.value()) ? new Found(word, a.value()) : new Ambiguous(word, List.of(a.value(), b.value()));
            }
            if (named != null && !(named instanceof One)) {
                return match(word, named);
            }
            if (qualifier != null && !(qualifier instanceof One)) {
                return match(word, qualifier);
            }
            return unknown(word, key(named == null ? m.group(1) : m.group(2)));
        }
        return unknown(word, key);
    }

    /**
     * Each word of a list ({@code 教育, 医疗卫生}), separated by {@code , ; |} or a new line in either width;
     * a part that does not read as a whole is split at {@code 、} too. The whole text is one word when it
     * reads as one (a label may hold a comma or a {@code 、}).
     */
    public List<Match> readList(String text) {
        Match whole = read(text);
        if (whole instanceof Found) {
            return List.of(whole);
        }
        List<Match> out = new ArrayList<>();
        for (String part : LIST.split(Width.fold(text))) {
            if (part.isBlank()) {
                continue;
            }
            Match m = read(part.strip());
            if (m instanceof Found || !part.contains("、")) {
                out.add(m);
                continue;
            }
            for (String sub : part.split("、")) {
                if (!sub.isBlank()) {
                    out.add(read(sub.strip()));
                }
            }
        }
        return List.copyOf(out);
    }

    private static Match match(String word, Entry e) {
        if (e instanceof One one) {
            return new Found(word, one.value());
        }
        if (e instanceof Many many) {
            return new Ambiguous(word, many.values());
        }
        Refusal r = (Refusal) e;
        return new Refused(word, r.zh(), r.en());
    }

    /** {@code word} is unknown; the values nearest {@code key} (the part of it not read) are suggested. */
    private Unknown unknown(String word, String key) {
        List<Value> nearest = key.isEmpty() ? List.of() : nearest(key);
        return new Unknown(word, nearest, nearest.isEmpty() && values.size() <= LISTED_IN_FULL ? values : List.of());
    }

    /**
     * Up to three values with a word within a third of the word's length in edits (at least one), nearest
     * first; only words whose length is within that many characters are compared.
     */
    private List<Value> nearest(String key) {
        int most = Math.max(1, key.length() / 3);
        List<Value> out = new ArrayList<>();
        for (int d = 1; d <= most && out.size() < 3; d++) {
            for (int i = 0; i < values.size() && out.size() < 3; i++) {
                List<String> near = new ArrayList<>();
                for (String k : keys.get(i)) {
                    if (Math.abs(k.length() - key.length()) <= d) {
                        near.add(k);
                    }
                }
                if (!near.isEmpty() && !out.contains(values.get(i)) && Names.closest(key, near, d).isPresent()) {
                    out.add(values.get(i));
                }
            }
        }
        return out;
    }

    /**
     * What a word is looked up by: width folded, accents dropped, Latin letters in lower case, spaces and
     * {@link #IGNORED} characters left out, {@code &} read as "and".
     */
    static String key(String word) {
        String s = Normalizer.normalize(Width.fold(word), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || Character.isWhitespace(cp) || Character.isSpaceChar(cp) || IGNORED.indexOf(cp) >= 0) {
                continue;
            }
            if (cp == '&') {
                b.append("and");
            } else {
                b.appendCodePoint(Character.toLowerCase(cp));
            }
        }
        return b.toString();
    }

    private sealed interface Entry {
    }

    private record One(Value value) implements Entry {
    }

    private record Many(List<Value> values) implements Entry {
    }

    private record Refusal(String zh, String en) implements Entry {
    }

    /** A new vocabulary called {@code name} (lower case, digits and '-'), described as {@code zh} / {@code en}. */
    public static Builder builder(String name, String zh, String en) {
        return new Builder(name, zh, en);
    }

    /**
     * Adds values, ambiguous words and refused words; each method throws {@link IllegalArgumentException}
     * at once when what it adds would let a word name two things, so that a loader can say where.
     * Not thread-safe.
     */
    public static final class Builder {
        private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
        private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]*");
        private final String name;
        private final String zh;
        private final String en;
        private final Map<String, Value> values = new LinkedHashMap<>();
        private final Map<String, Entry> index = new HashMap<>();
        private final Map<String, String> written = new HashMap<>();

        private Builder(String name, String zh, String en) {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("'" + name + "' is not a vocabulary name: write lower-case letters, digits and '-'");
            }
            this.name = name;
            this.zh = labelled(zh, "the vocabulary " + name, "Chinese", "zh");
            this.en = labelled(en, "the vocabulary " + name, "English", "en");
        }

        private static String labelled(String label, String what, String language, String key) {
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException(what + " has no " + language + " label (" + key + ")");
            }
            return label.strip();
        }

        /**
         * A value with its code, labels and other words (its code and labels are words too). A Chinese label
         * holds no {@code ，} and an English one no {@code ;}: they separate the words of a list where it is shown.
         */
        public Builder value(String code, String zh, String en, List<String> words) {
            if (code == null || !CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("'" + code + "' is not a code: write capital letters, digits, '_' or '-'");
            }
            if (zh != null && zh.contains(SEPARATOR_ZH) || en != null && en.contains(SEPARATOR_EN.strip())) {
                throw new IllegalArgumentException("the value " + code + ": a label holds no '" + SEPARATOR_ZH + "' (zh) or '"
                        + SEPARATOR_EN.strip() + "' (en), which separate a list of values where it is shown: write '、' or ','");
            }
            if (values.containsKey(code)) {
                throw new IllegalArgumentException("the code " + code + " is listed twice");
            }
            Value v = new Value(code, labelled(zh, "the value " + code, "Chinese", "zh"),
                    labelled(en, "the value " + code, "English", "en"), words.stream().map(String::strip).toList());
            List<String> all = new ArrayList<>(List.of(code, v.zh(), v.en()));
            all.addAll(v.words());
            for (String w : all) {
                String key = keyOf(w);
                Entry there = index.get(key);
                if (there instanceof One one && one.value().code().equals(code)) {
                    continue;
                }
                refuseTaken(w, key, there);
            }
            values.put(code, v);
            for (String w : all) {
                String key = keyOf(w);
                index.putIfAbsent(key, new One(v));
                written.putIfAbsent(key, w);
            }
            return this;
        }

        /** A word staff write that could mean any of {@code codes} (at least two values listed before): reading it is an error. */
        public Builder ambiguous(String word, List<String> codes) {
            List<Value> meant = new ArrayList<>();
            for (String c : codes) {
                Value v = values.get(c);
                if (v == null) {
                    throw new IllegalArgumentException("the ambiguous word '" + word + "' names " + c + ", which is not a value of " + name);
                }
                if (!meant.contains(v)) {
                    meant.add(v);
                }
            }
            if (meant.size() < 2) {
                throw new IllegalArgumentException("the ambiguous word '" + word + "' names fewer than two values");
            }
            String key = keyOf(word);
            refuseTaken(word, key, index.get(key));
            index.put(key, new Many(List.copyOf(meant)));
            written.put(key, word);
            return this;
        }

        /** Words the vocabulary knows but refuses to read as any value, for the reason given in each language. */
        public Builder refuse(List<String> words, String zh, String en) {
            Refusal r = new Refusal(labelled(zh, "a refusal", "Chinese", "zh"), labelled(en, "a refusal", "English", "en"));
            if (words.isEmpty()) {
                throw new IllegalArgumentException("a refusal lists no words");
            }
            for (String w : words) {
                String key = keyOf(w);
                refuseTaken(w, key, index.get(key));
                index.put(key, r);
                written.put(key, w);
            }
            return this;
        }

        private static String keyOf(String word) {
            String key = word == null ? "" : key(word);
            if (key.isEmpty()) {
                throw new IllegalArgumentException("'" + word + "' has nothing left to read once spaces and punctuation are left out");
            }
            return key;
        }

        private void refuseTaken(String word, String key, Entry there) {
            if (there == null) {
                return;
            }
            String as = written.get(key).equals(word) ? "" : " (as '" + written.get(key) + "')";
            String what = there instanceof One one ? "already names " + one.value().code() + " (" + one.value().zh() + ")" + as
                    : there instanceof Many ? "is already listed as ambiguous" + as
                    : "is already refused" + as;
            throw new IllegalArgumentException("'" + word + "' " + what);
        }

        /** The vocabulary; it has at least one value. */
        public Vocabulary build() {
            if (values.isEmpty()) {
                throw new IllegalArgumentException("the vocabulary " + name + " has no values");
            }
            return new Vocabulary(this);
        }
    }

    @Override
    public String toString() {
        return "Vocabulary[" + name + ", " + values.size() + " values]";
    }
}
