package io.github.talentrules.analysis;

import io.github.talentrules.InvalidCaseException;
import io.github.talentrules.InvalidPackException;
import io.github.talentrules.Language;
import io.github.talentrules.TalentRules;
import io.github.talentrules.explain.Text;
import io.github.talentrules.internal.load.PackReader;
import io.github.talentrules.internal.load.Tree;
import io.github.talentrules.internal.load.TreeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.stream.Stream;

/**
 * A "what if" applied on top of a pack without touching it: new values for some of its parameters,
 * each from the date it would hold, and optionally a folder of DRL whose rules replace the pack's
 * rules of the same name or are added to them. Read from a YAML file:
 *
 * <pre>{@code
 * reform: 国际化培养项目年龄上限降至50周岁
 * en: Intl-training age limit lowered to 50
 * description: 若第九条第（二）项改为"年龄在50周岁以下"，哪些申报人不再符合条件？
 * pack: zhengzhou
 * parameters:
 *   intl-training.max-age:
 *     description: 年龄在50周岁以下        # optional: the new words, shown where a finding compares with its value
 *     en: aged 50 or under                # optional: the same in English
 *     values: {2024-02-06: 50}            # from this date on; earlier values stay
 * rules:                                  # optional
 *   folder: rules                         # DRL files, relative to this file
 *   replaces: [9.2 年龄上限]                # the pack rules the folder redefines, by name
 *   removes: []                           # pack rules switched off
 * }</pre>
 *
 * <p>Apply it with {@link TalentRules.Builder#reform(Path)} or {@link TalentRules#withReform(Reform)}.
 * A reform that names a parameter or a rule the pack does not have is refused with
 * {@link InvalidPackException}. A reform's DRL is code: review it as you would the pack's.
 *
 * @param source the file it was read from
 * @param name the reform's one-line name
 * @param en the same in English (may be empty)
 * @param description what it asks, in the analyst's words (may be empty)
 * @param pack the id of the pack it changes
 * @param parameters the new values by parameter key: each a map from the date it holds from to the value
 * @param descriptions new words for a changed parameter, by key (optional per key), in Chinese and English
 *        (English may be empty)
 * @param ruleFiles the reform's DRL files, by their path relative to the reform file, with their text
 * @param replaces the pack rules that the reform's DRL redefines
 * @param removes the pack rules the reform switches off
 */
public record Reform(String source, String name, String en, String description, String pack,
                     Map<String, NavigableMap<LocalDate, Object>> parameters, Map<String, Text> descriptions,
                     Map<String, String> ruleFiles, List<String> replaces, List<String> removes) {

    public Reform {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        descriptions = Collections.unmodifiableMap(new LinkedHashMap<>(descriptions));
        ruleFiles = Collections.unmodifiableMap(new LinkedHashMap<>(ruleFiles));
        replaces = List.copyOf(replaces);
        removes = List.copyOf(removes);
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p;
        }
    }

    /**
     * Reads a reform file and the DRL files of its folder.
     *
     * @throws InvalidPackException naming the file and the field when it is not a valid reform
     * @throws InvalidCaseException naming the file, in either language, when it does not exist or cannot be read
     */
    public static Reform read(Path file) {
        String text;
        try {
            text = io.github.talentrules.internal.TextFile.read(file);
        } catch (IOException e) {
            throw new InvalidCaseException(file.toString(), "", io.github.talentrules.internal.TextFile.unreadable(file, e));
        }
        try {
            Tree root = Tree.parse(text, file.toString());
            root.onlyKeys("reform", "en", "description", "pack", "parameters", "rules");
            Map<String, NavigableMap<LocalDate, Object>> params = new LinkedHashMap<>();
            Map<String, Text> descriptions = new LinkedHashMap<>();
            if (root.has("parameters")) {
                for (var e : root.get("parameters").entries()) {
                    Tree leaf = e.getValue().onlyKeys("values", "description", "en");
                    NavigableMap<LocalDate, Object> values = PackReader.values(leaf.get("values"));
                    if (values.isEmpty()) {
                        throw leaf.get("values").error("gives no value");
                    }
                    params.put(e.getKey(), values);
                    String zh = leaf.optText("description").orElse("").strip();
                    String en = leaf.optText("en").orElse("").strip();
                    if (zh.isEmpty() && !en.isEmpty()) {
                        throw leaf.get("en").error("gives English words without the Chinese: write description: too");
                    }
                    if (!zh.isEmpty()) {
                        descriptions.put(e.getKey(), Text.of(zh, en));
                    }
                }
            }
            Map<String, String> drl = new LinkedHashMap<>();
            List<String> replaces = List.of();
            List<String> removes = List.of();
            if (root.has("rules")) {
                Tree rules = root.get("rules").onlyKeys("folder", "replaces", "removes");
                replaces = rules.list("replaces", Tree::text);
                removes = rules.list("removes", Tree::text);
                if (rules.has("folder")) {
                    Path base = file.toAbsolutePath().normalize().getParent();
                    Path folder = base.resolve(rules.text("folder")).normalize();
                    // The rules of a reform are its own: a folder beside the reform file or below it, never elsewhere.
                    if (Path.of(rules.text("folder")).isAbsolute() || !folder.startsWith(base)
                            || Files.isDirectory(folder) && !real(folder).startsWith(real(base))) {
                        throw rules.get("folder").error("'" + rules.text("folder") + "' lies outside the reform's folder " + base
                                + ": give a folder next to the reform file (rules.folder: rules)");
                    }
                    if (!Files.isDirectory(folder)) {
                        throw rules.get("folder").error("'" + rules.text("folder") + "' is not a folder next to the reform file");
                    }
                    try (Stream<Path> s = Files.walk(folder)) {
                        for (Path f : s.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                            drl.put(relative(file, f), Files.readString(f, StandardCharsets.UTF_8));
                        }
                    } catch (IOException x) {
                        throw rules.get("folder").error("cannot be read: " + x.getMessage());
                    }
                    if (drl.isEmpty()) {
                        throw rules.get("folder").error("holds no .drl file");
                    }
                }
            }
            if (params.isEmpty() && drl.isEmpty() && removes.isEmpty()) {
                throw root.error("changes nothing: give parameters, rules, or both");
            }
            return new Reform(file.toString(), root.text("reform"), root.optText("en").orElse(""),
                    root.optText("description").orElse(""), root.text("pack"), params, descriptions, drl, replaces, removes);
        } catch (TreeException e) {
            String at = e.source() + (e.path().isEmpty() ? "" : ": " + e.path()) + ": ";
            throw new InvalidPackException(Text.of("改革 " + file, "pack reform " + file),
                    List.of(Text.of(at + e.why().zh(), e.getMessage())));
        }
    }

    /** The DRL file's path as the user would type it: beside the reform file as the reform file was named. */
    private static String relative(Path reformFile, Path drl) {
        Path rel = reformFile.toAbsolutePath().getParent().relativize(drl.toAbsolutePath());
        Path parent = reformFile.getParent();
        return (parent == null ? rel : parent.resolve(rel)).toString();
    }

    /**
     * Several reforms of one pack applied together, as one reform: their parameter values, new
     * words, rules, replacements and removals, side by side. Its name is theirs joined by " + ".
     *
     * @throws IllegalArgumentException when the list is empty, the reforms change different packs,
     *         two give a parameter different values from the same date, or two replace the same rule
     */
    public static Reform combined(List<Reform> reforms) {
        if (reforms.isEmpty()) {
            throw new IllegalArgumentException("no reform to combine");
        }
        if (reforms.size() == 1) {
            return reforms.get(0);
        }
        String pack = reforms.get(0).pack();
        Map<String, NavigableMap<LocalDate, Object>> params = new LinkedHashMap<>();
        Map<String, Text> descriptions = new LinkedHashMap<>();
        Map<String, String> drl = new LinkedHashMap<>();
        List<String> replaces = new ArrayList<>();
        List<String> removes = new ArrayList<>();
        for (Reform r : reforms) {
            if (!r.pack().equals(pack)) {
                throw new IllegalArgumentException(r.source() + ": changes pack " + r.pack() + ", " + reforms.get(0).source()
                        + " pack " + pack + ": reforms combined into one change one pack");
            }
            r.parameters().forEach((key, values) -> values.forEach((date, value) -> {
                Object before = params.computeIfAbsent(key, k -> new java.util.TreeMap<>()).putIfAbsent(date, value);
                if (before != null && !before.equals(value)) {
                    throw new IllegalArgumentException(r.source() + ": parameters." + key + ".values." + date + ": " + value
                            + ", where another reform gives " + before + ": combined reforms cannot both set it");
                }
            }));
            r.descriptions().forEach((k, v) -> descriptions.merge(k, v, (a, b) -> a.equals(b) ? a
                    : Text.of(a.zh() + "；" + b.zh(), a.en().isEmpty() || b.en().isEmpty() ? "" : a.en() + "; " + b.en())));
            drl.putAll(r.ruleFiles());
            for (String rule : r.replaces()) {
                if (replaces.contains(rule)) {
                    throw new IllegalArgumentException(r.source() + ": rules.replaces: '" + rule
                            + "' is replaced by another reform too: combined reforms cannot both replace it");
                }
                replaces.add(rule);
            }
            r.removes().stream().filter(x -> !removes.contains(x)).forEach(removes::add);
        }
        java.util.function.Function<java.util.function.Function<Reform, String>, String> joined =
                f -> String.join(" + ", reforms.stream().map(f).filter(x -> !x.isEmpty()).toList());
        return new Reform(joined.apply(Reform::source), joined.apply(Reform::name), joined.apply(r -> r.name(Language.EN)),
                String.join("\n", reforms.stream().map(Reform::description).filter(x -> !x.isEmpty()).toList()), pack,
                params, descriptions, drl, replaces, removes);
    }

    /** The reform's name in a language. */
    public String name(Language language) {
        return language.pick(name, en);
    }

    /**
     * The first day the reform changes anything: the earliest date of its values; empty when it has
     * rules or removes some (they hold on every day).
     */
    public java.util.Optional<LocalDate> firstDay() {
        if (!ruleFiles.isEmpty() || !removes.isEmpty()) {
            return java.util.Optional.empty();
        }
        return parameters.values().stream().map(NavigableMap::firstKey).min(LocalDate::compareTo);
    }

    /** The pack's parameter keys this reform changes, for messages. */
    public List<String> changedParameters() {
        return new ArrayList<>(parameters.keySet());
    }
}
