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

/**
 * Puts a reform's rules on top of a pack's DRL: the rules it replaces or removes are cut out of the
 * pack's text where the rule index found them (their lines kept blank, so that messages keep their
 * line numbers), and its own files are compiled beside the pack's.
 */
final class ReformRules {
    private ReformRules() {
    }

    /**
     * Cuts the rules the reform replaces or removes out of {@code packDrl} (in place: their lines kept
     * blank) and returns their names; every problem is added to {@code problems}.
     *
     * @param pack the index of the pack's files
     * @param added the index of the reform's files
     */
    public static Set<String> apply(String packId, Map<String, String> packDrl, RuleIndex pack, RuleIndex added, Reform reform,
                                    List<String> problems) {
        Set<String> cut = new LinkedHashSet<>();
        for (String r : reform.replaces()) {
            if (!pack.rules().containsKey(r)) {
                problems.add(reform.source() + ": rules.replaces: '" + r + "' is not a rule of pack " + packId + Names.suggest(r, pack.rules().keySet()));
            } else if (!added.rules().containsKey(r)) {
                if (added.unparsed().isEmpty()) {
                    problems.add(reform.source() + ": rules.replaces: '" + r + "' is not defined in the reform's DRL: write the rule that replaces it");
                }
            } else {
                cut.add(r);
            }
        }
        for (String r : reform.removes()) {
            if (!pack.rules().containsKey(r)) {
                problems.add(reform.source() + ": rules.removes: '" + r + "' is not a rule of pack " + packId + Names.suggest(r, pack.rules().keySet()));
            } else if (added.rules().containsKey(r)) {
                problems.add(reform.source() + ": rules.removes: '" + r + "' is also defined in the reform's DRL: list it under replaces instead");
            } else {
                cut.add(r);
            }
        }
        for (RuleIndex.Entry r : added.rules().values()) {
            String name = r.rule().name();
            if (pack.rules().containsKey(name) && !reform.replaces().contains(name)) {
                problems.add(r.rule().file() + ":" + r.rule().line().orElse(0) + ": rule '" + name + "' has the name of a rule of pack " + packId
                        + ": list it under rules.replaces to replace that rule, or give it a new name");
            }
        }
        Map<String, List<RuleIndex.Entry>> byFile = new LinkedHashMap<>();
        cut.forEach(r -> byFile.computeIfAbsent(pack.rules().get(r).rule().file(), k -> new ArrayList<>()).add(pack.rules().get(r)));
        byFile.forEach((file, rs) -> {
            StringBuilder text = new StringBuilder(packDrl.get(file));
            rs.sort(Comparator.comparingInt(RuleIndex.Entry::start).reversed());
            for (RuleIndex.Entry r : rs) {
                int end = Math.min(r.end(), text.length());
                String lines = text.substring(r.start(), end).replaceAll("[^\n]", "");
                text.replace(r.start(), end, lines);
            }
            packDrl.put(file, text.toString());
        });
        return cut;
    }
}
