package io.github.talentrules.internal.load;

import io.github.talentrules.analysis.Reform;
import io.github.talentrules.internal.Names;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Puts a reform's rules on top of a pack's DRL: the rules it replaces or removes are cut out of the
 * pack's text (their lines kept blank, so that messages keep their line numbers), and its own files
 * are compiled beside the pack's.
 */
final class ReformRules {
    private ReformRules() {
    }

    /** A rule of a DRL text, with where it starts and ends. */
    public record Located(String file, String name, int start, int end, int line) {
    }

    /**
     * Every rule of each DRL text, by name; a text that does not parse is left to the compiler to
     * report, and its name added to {@code unparsed}.
     */
    public static Map<String, Located> rules(Map<String, String> drl, Set<String> unparsed) {
        Map<String, Located> out = new LinkedHashMap<>();
        drl.forEach((file, text) -> {
            try {
                DrlParser parser = new DrlParser();
                PackageDescr pd = parser.parse(false, text);
                if (pd == null || parser.hasErrors()) {
                    unparsed.add(file);
                    return;
                }
                for (RuleDescr r : pd.getRules()) {
                    out.putIfAbsent(r.getName(), new Located(file, r.getName(), r.getStartCharacter(), r.getEndCharacter(), r.getLine()));
                }
            } catch (DroolsParserException e) {
                unparsed.add(file);   // the compiler reports it with its line
            }
        });
        return out;
    }

    /**
     * Cuts the rules the reform replaces or removes out of {@code packDrl} (in place) and returns the
     * reform's files to compile beside it; every problem is added to {@code problems}.
     */
    public static Map<String, String> apply(String packId, Map<String, String> packDrl, Reform reform, List<String> problems) {
        Map<String, Located> pack = rules(packDrl, new LinkedHashSet<>());
        Set<String> unparsed = new LinkedHashSet<>();
        Map<String, Located> added = rules(reform.ruleFiles(), unparsed);
        Set<String> cut = new LinkedHashSet<>();
        for (String r : reform.replaces()) {
            if (!pack.containsKey(r)) {
                problems.add(reform.source() + ": rules.replaces: '" + r + "' is not a rule of pack " + packId + Names.suggest(r, pack.keySet()));
            } else if (!added.containsKey(r)) {
                if (unparsed.isEmpty()) {
                    problems.add(reform.source() + ": rules.replaces: '" + r + "' is not defined in the reform's DRL: write the rule that replaces it");
                }
            } else {
                cut.add(r);
            }
        }
        for (String r : reform.removes()) {
            if (!pack.containsKey(r)) {
                problems.add(reform.source() + ": rules.removes: '" + r + "' is not a rule of pack " + packId + Names.suggest(r, pack.keySet()));
            } else if (added.containsKey(r)) {
                problems.add(reform.source() + ": rules.removes: '" + r + "' is also defined in the reform's DRL: list it under replaces instead");
            } else {
                cut.add(r);
            }
        }
        for (Located r : added.values()) {
            if (pack.containsKey(r.name()) && !reform.replaces().contains(r.name())) {
                problems.add(r.file() + ":" + r.line() + ": rule '" + r.name() + "' has the name of a rule of pack " + packId
                        + ": list it under rules.replaces to replace that rule, or give it a new name");
            }
        }
        Map<String, List<Located>> byFile = new LinkedHashMap<>();
        cut.forEach(r -> byFile.computeIfAbsent(pack.get(r).file(), k -> new ArrayList<>()).add(pack.get(r)));
        byFile.forEach((file, rs) -> {
            StringBuilder text = new StringBuilder(packDrl.get(file));
            rs.sort(Comparator.comparingInt(Located::start).reversed());
            for (Located r : rs) {
                int end = Math.min(r.end(), text.length());
                String lines = text.substring(r.start(), end).replaceAll("[^\n]", "");
                text.replace(r.start(), end, lines);
            }
            packDrl.put(file, text.toString());
        });
        return reform.ruleFiles();
    }
}
