package io.github.talentrules.internal;

import java.util.Collection;

/** "Did you mean" for a name not known. */
public final class Names {
    private Names() {
    }

    /** ", did you mean 'x'?" when a known name is within two edits of {@code name}, else "". */
    public static String suggest(String name, Collection<String> known) {
        return suggestion(name, known).en();
    }

    /** The same in both languages: "（是不是“x”？）" and " (did you mean 'x'?)", or empty in both. */
    public static io.github.talentrules.explain.Text suggestion(String name, Collection<String> known) {
        return closest(name, known, Math.max(2, name.length() / 4))
                .map(b -> io.github.talentrules.explain.Text.of("（是不是“" + b + "”？）", " (did you mean '" + b + "'?)"))
                .orElse(io.github.talentrules.explain.Text.same(""));
    }

    /** The known name nearest {@code name}, if it is within {@code most} edits. */
    public static java.util.Optional<String> closest(String name, Collection<String> known, int most) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(name.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best != null && bestDistance <= most ? java.util.Optional.of(best) : java.util.Optional.empty();
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
