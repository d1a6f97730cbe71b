package io.github.talentrules.cli;

import io.github.talentrules.TalentRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the analyst's commands (test, diff, validate) share: the files a path names, and an engine
 * with only the packs a run needs, so that a test of one pack does not compile every pack.
 */
final class Workbench {
    private static final Pattern PROGRAM = Pattern.compile("(?m)^program:\\s*['\"]?([A-Za-z0-9_-]+)\\.");
    private static final Pattern PACK = Pattern.compile("(?m)^pack:\\s*['\"]?([A-Za-z0-9_.-]+)");
    private static final Pattern REFORM = Pattern.compile("(?m)^reform:\\s*['\"]?(.+?)['\"]?\\s*$");

    private Workbench() {
    }

    /** The files under each path (a file itself, or the files of a folder with one of the endings), sorted per folder. */
    static List<Path> files(List<Path> paths, String... endings) {
        return files(paths, f -> true, endings);
    }

    /** The same, keeping of a folder's files only those {@code inFolder} accepts (a file named itself is always kept). */
    static List<Path> files(List<Path> paths, java.util.function.Predicate<Path> inFolder, String... endings) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(f -> endsWith(f, endings)).filter(inFolder).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new Refused(io.github.talentrules.explain.Text.of(p + ": 无法读取此文件夹", p + ": the folder cannot be read"));
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw new Refused(io.github.talentrules.explain.Text.of(p + ": 没有这个文件或文件夹", p + ": no such file or folder"));
            }
        }
        return out;
    }

    /**
     * {@code id}, when some pack of {@code rules} has a programme by that id.
     *
     * @throws Refused naming it, with the nearest id, when none has
     */
    static String programme(TalentRules rules, String id) {
        List<String> known = rules.packs().stream().flatMap(p -> p.programmes().stream()).map(p -> p.id()).toList();
        if (!known.contains(id)) {
            throw new Refused(io.github.talentrules.explain.Text.of("没有项目“" + id + "”", "no programme '" + id + "'")
                    .then(io.github.talentrules.internal.Names.suggestion(id, known))
                    .then(io.github.talentrules.explain.Text.of("；talent-rules packs 列出所有项目", "; talent-rules packs lists them all")));
        }
        return id;
    }

    static boolean endsWith(Path f, String... endings) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String e : endings) {
            if (name.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    static String text(Path f) {
        try {
            return io.github.talentrules.internal.TextFile.read(f);
        } catch (IOException e) {
            return ""; // reading the case itself then says why
        }
    }

    /** The pack a YAML file's {@code program:} names (its part before the first dot), if it names one. */
    static Set<String> packsNamedBy(Collection<Path> files) {
        Set<String> ids = new LinkedHashSet<>();
        for (Path f : files) {
            if (endsWith(f, ".yaml", ".yml", ".json")) {
                String t = text(f);
                Matcher m = PROGRAM.matcher(t);
                if (m.find()) {
                    ids.add(m.group(1));
                } else {
                    Matcher j = Pattern.compile("\"program\"\\s*:\\s*\"([A-Za-z0-9_-]+)\\.").matcher(t);
                    if (j.find()) {
                        ids.add(j.group(1));
                    }
                }
                Matcher p = PACK.matcher(t);
                if (p.find() && REFORM.matcher(t).find()) {
                    ids.add(p.group(1));
                }
            }
        }
        return ids;
    }

    /** A reform file: YAML with {@code reform:} and {@code pack:} at the top. */
    /**
     * What test, diff, check and batch print first under a reform: its name and file, then, indented,
     * its description and each parameter it changes with its dates and new words (several lines).
     */
    static String reformLine(EngineOptions engine, io.github.talentrules.analysis.Reform reform, Path file) {
        StringBuilder s = new StringBuilder(engine.language == io.github.talentrules.Language.ZH ? "改革：" : "reform: ")
                .append(reform.name(engine.language)).append(" (").append(file).append(')');
        reformDetails(reform, engine.language).forEach(l -> s.append("\n  ").append(l));
        return s.toString();
    }

    /**
     * What a reform says of itself, for a reader: its description, then each parameter it changes
     * with the dates its values hold from and its new words.
     */
    static List<String> reformDetails(io.github.talentrules.analysis.Reform reform, io.github.talentrules.Language lang) {
        boolean zh = lang == io.github.talentrules.Language.ZH;
        List<String> out = new ArrayList<>();
        if (!reform.description().isBlank()) {
            out.add(reform.description().strip().replace("\n", " "));
        }
        reform.parameters().forEach((key, values) -> {
            StringBuilder s = new StringBuilder(key).append(zh ? "：" : ": ");
            List<String> parts = new ArrayList<>();
            values.forEach((date, value) -> parts.add((zh ? "自 " + date + " 起 " : "from " + date + ": ") + plain(value)));
            s.append(String.join(zh ? "；" : "; ", parts));
            io.github.talentrules.explain.Text words = reform.descriptions().get(key);
            if (words != null) {
                s.append(zh ? "（" + words.zh() + "）" : " (" + lang.pick(words.zh(), words.en()) + ")");
            }
            out.add(s.toString());
        });
        return out;
    }

    private static String plain(Object value) {
        if (value instanceof java.math.BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Workbench::plain).collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof java.util.Map<?, ?> m && m.containsKey("from") && m.containsKey("to") && m.containsKey("amount")) {
            return plain(m.get("from")) + "–" + plain(m.get("to")) + ": " + plain(m.get("amount"));
        }
        if (value instanceof java.util.Map<?, ?> m) {
            return m.values().stream().map(Workbench::plain).collect(java.util.stream.Collectors.joining("/"));
        }
        return String.valueOf(value);
    }

    static boolean isReform(Path f) {
        if (!endsWith(f, ".yaml", ".yml")) {
            return false;
        }
        String t = text(f);
        return PACK.matcher(t).find() && REFORM.matcher(t).find() && !PROGRAM.matcher(t).find();
    }

    /** A scenario file: YAML with {@code scenarios:} at the top. */
    static boolean isScenarioFile(Path f) {
        return endsWith(f, ".yaml", ".yml") && Pattern.compile("(?m)^scenarios:").matcher(text(f)).find();
    }

    /**
     * An engine with the pack folders given by {@code --pack} and the classpath packs among
     * {@code packIds} that no folder replaces (an analyst's copy of a pack keeps its id); every
     * classpath pack when {@code packIds} is empty.
     */
    static TalentRules engine(EngineOptions options, Set<String> packIds) {
        return engine(options, packIds, null);
    }

    /**
     * The same with {@code reform} (may be null) compiled on top of the pack it names, once. A pack
     * folder takes the place of the classpath pack with its id (the core's builder sees to it).
     */
    static TalentRules engine(EngineOptions options, Set<String> packIds, io.github.talentrules.analysis.Reform reform) {
        TalentRules.Builder b = TalentRules.builder();
        if (reform != null) {
            b.reform(reform);
        }
        ClassLoader loader = Workbench.class.getClassLoader();
        if (packIds.isEmpty()) {
            b.classpathPacks();
        } else {
            packIds.stream().filter(id -> loader.getResource("talent-rules/" + id + "/pack.yaml") != null).forEach(b::classpathPack);
        }
        options.packFolders.forEach(b::packFolder);
        options.trustedFolders.forEach(b::trustCode);
        return b.build();
    }
}
