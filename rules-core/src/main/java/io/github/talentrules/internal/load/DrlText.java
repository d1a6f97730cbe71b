package io.github.talentrules.internal.load;

import io.github.talentrules.internal.Names;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the loader reads from a pack's DRL text, before and after Drools compiles it:
 * <ul>
 * <li>checks that the parameter keys and fact names the rules pass to the helpers exist, so that a
 * typo is an error with its file and line, not a crash when a case is decided (it reads the
 * conventional names {@code $p}, the parameters, and {@code $f}, the case);
 * <li>checks of how rules are written ({@link #checkConditions}, {@link #checkScopes});
 * <li>two answers the engine runs on: which findings other rules read ({@link #findingsRead}) and
 * which programmes the rules over a batch read ({@link #batchProgrammes}). Both err towards more.
 * </ul>
 */
public final class DrlText {
    private static final Pattern PARAM_CALL = Pattern.compile("\\$p\\.(?:integer|decimal|text|date|list|value|leaf)\\(\\s*\"([^\"]+)\"");
    private static final Pattern PARAM_ARG = Pattern.compile("\\$p\\s*,\\s*\"([^\"]+)\"");
    private static final Pattern SECOND_PARAM = Pattern.compile(
            "(?:Pay\\.range|Pay\\.inTranches|Pay\\.tranche|When\\.between|Check\\.between)\\([^;]*?\\$p\\s*,\\s*\"[^\"]+\"\\s*,\\s*\"([^\"]+)\"");
    private static final Pattern TIMES_FACT = Pattern.compile(
            "(?:When\\.atMostTimes|Pay\\.shareAtMost|Pay\\.requestUpTo|Pay\\.approvedUpTo)\\([^;]*?\\$p\\s*,\\s*\"[^\"]+\"\\s*,\\s*\"([^\"]+)\"");
    /**
     * The fact names a helper call passes after the case ({@code $f, "costs", "approved", "paid"}) or after
     * one record of a list ({@code $e, "activityDays"}).
     */
    private static final Pattern FACT_RUN = Pattern.compile("\\$[fe]((?:\\s*,\\s*\"[^\"]+\")+)");
    private static final Pattern THEN = Pattern.compile("(?m)^\\s*then\\b");
    /** The condition helpers that give FAIL when their comparison does not hold (unless the rule is {@code @soft}). */
    private static final Pattern FAILING_CHECK = Pattern.compile(
            "\\bCheck\\s*\\.\\s*(all|any|atMost|atLeast|lessThan|moreThan|between|equalTo|oneOf|isTrue|isFalse)\\s*\\(");
    private static final Pattern PAY_CALL = Pattern.compile("\\bPay\\s*\\.\\s*\\w+\\s*\\(");
    private static final Pattern FACT_CALL = Pattern.compile(
            "(?<![$\\w]p\\.)\\b(?:has|claims|flag|integer|decimal|date|text|codes|attestation|records)\\(\\s*\"([^\"]+)\"\\s*\\)");

    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|([^\\s\"']+))");
    private static final Pattern LHS = Pattern.compile("(?ms)^\\s*when\\b(.*?)^\\s*then\\b");
    private static final Pattern DECLARED = Pattern.compile("@programme\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern MATCHED = Pattern.compile("\\s*programme\\s*(?:==\\s*\"([^\"]+)\"|in\\s*\\(([^)]*)\\))");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern CASE_PATTERN = Pattern.compile("\\bFacts\\s*\\(\\s*");
    private static final Pattern FINDING_PATTERN = Pattern.compile("\\bFinding\\s*\\(");
    private static final Pattern RULE_WORD = Pattern.compile("\\brule\\b");
    private static final Pattern RULE_EQUALS = Pattern.compile("rule\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern RULE_IN = Pattern.compile("rule\\s+in\\s*\\(((?:\\s*\"[^\"]*\"\\s*,?)+)\\)");
    private static final Pattern WIDER_PATTERN = Pattern.compile("\\b(?:Object|OnCase)\\s*\\(");
    private static final Pattern HELPER_INSERT = Pattern.compile("\\binsert(?:Logical)?\\s*\\(\\s*(?:[\\w.]*\\.)?(Check|Pay|Across)\\.");
    private static final Pattern ACROSS_CALL = Pattern.compile("\\bAcross\\s*\\.\\s*\\w+\\s*\\(");
    private static final Pattern PARAMS_PATTERN = Pattern.compile("\\bParams\\s*\\(");

    private DrlText() {
    }

    /**
     * Checks on each rule's text:
     * <ul>
     * <li>A rule that selects a programme its {@code @programme} does not name would be cited, covered
     * and explained under the wrong programme: the programmes of a rule's first case pattern (its
     * subject) must be ones it declares. Later patterns may look at other programmes' cases, as a rule
     * over a batch does.
     * <li>The helpers record their findings themselves, and insert those a rule reads: a consequence
     * that inserted one as well would put a second copy in the session, and a rule reading it would
     * fire twice.
     * </ul>
     */
    public static void checkConditions(Map<String, String> drl, List<String> problems) {
        drl.forEach((file, text) -> {
            for (RuleText r : rules(text)) {
                String block = r.text();
                Matcher inserted = HELPER_INSERT.matcher(block);
                if (inserted.find()) {
                    problems.add(where(file, text, r, inserted.start()) + "inserts what " + inserted.group(1) + " made; the helper records its"
                            + " finding itself (and inserts it where a rule reads it): call it alone, " + inserted.group(1) + ".x(drools, ...);");
                }
                Matcher declared = DECLARED.matcher(block);
                if (!declared.find()) {
                    continue; // the loader reports a rule without @programme
                }
                Set<String> ids = Set.of(declared.group(1).split("\\s*,\\s*"));
                Matcher m = MATCHED.matcher(block);
                if (m.find()) {
                    for (String id : selected(m)) {
                        if (!ids.contains(id)) {
                            problems.add(where(file, text, r, m.start()) + "selects programme " + id + ", which its @programme does not name");
                        }
                    }
                }
            }
        });
    }

    /**
     * What only a rule over a batch ({@code batchRules}, as compiled) may do. A case's parameters come
     * with its facts ({@code $f : Facts(..., $p : params)}); only the rules over a batch see a
     * {@code Params} fact, so a case rule whose conditions waited for one would never fire. And only
     * they judge across cases ({@code Across}).
     */
    public static void checkScopes(Map<String, String> drl, Set<String> batchRules, List<String> problems) {
        drl.forEach((file, text) -> {
            for (RuleText r : rules(text)) {
                if (batchRules.contains(r.name())) {
                    continue;
                }
                Matcher lhs = LHS.matcher(r.text());
                int from = lhs.find() ? lhs.start(1) : 0;
                int to = from == 0 ? r.text().length() : lhs.end(1);
                Matcher params = PARAMS_PATTERN.matcher(r.text()).region(from, to);
                if (params.find()) {
                    problems.add(where(file, text, r, params.start()) + "waits for a Params fact, which only a rule over a batch sees;"
                            + " bind the case's own parameters in its pattern: $f : Facts(programme == \"...\", $p : params)");
                }
                Matcher across = ACROSS_CALL.matcher(r.text());
                if (across.find()) {
                    problems.add(where(file, text, r, across.start()) + "calls Across, which judges across cases:"
                            + " only a rule over a batch may (@scope(\"batch\"))");
                }
            }
        });
    }

    private static String where(String file, String text, RuleText r, int offset) {
        return file + ":" + (text.substring(0, r.start() + offset).chars().filter(c -> c == '\n').count() + 1) + ": rule '" + r.name() + "' ";
    }

    /** A rule's text in its file: from {@code rule "name"} to the next rule. */
    private record RuleText(String name, int start, String text) {
    }

    private static List<RuleText> rules(String text) {
        Matcher rule = RULE.matcher(text);
        List<Integer> starts = new java.util.ArrayList<>();
        List<String> names = new java.util.ArrayList<>();
        while (rule.find()) {
            starts.add(rule.start());
            names.add(rule.group(1) != null ? rule.group(1) : rule.group(2) != null ? rule.group(2) : rule.group(3));
        }
        List<RuleText> out = new java.util.ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int to = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            out.add(new RuleText(names.get(i), starts.get(i), text.substring(starts.get(i), to)));
        }
        return out;
    }

    /** The programme ids a {@code programme == "x"} or {@code programme in ("x", "y")} constraint names. */
    private static List<String> selected(Matcher m) {
        List<String> out = new java.util.ArrayList<>();
        if (m.group(1) != null) {
            out.add(m.group(1));
        } else {
            Matcher q = QUOTED.matcher(m.group(2));
            while (q.find()) {
                out.add(q.group(1));
            }
        }
        return out;
    }

    /**
     * The programmes whose cases the rules over a batch ({@code batchRules}, as compiled) read, in any of
     * their patterns: a rule may look at other programmes' cases than its subject's (a team member who
     * also applies as an expert). Errs towards more: a case pattern that does not begin by naming its
     * programmes ({@code programme == "x"}, {@code programme in ("x", "y")}), or has an {@code ||}, or a
     * batch rule whose text is not found, reads them all.
     */
    public static Set<String> batchProgrammes(Map<String, String> drl, Set<String> batchRules, Set<String> all) {
        Set<String> out = new java.util.LinkedHashSet<>();
        Set<String> seen = new java.util.HashSet<>();
        for (String text : drl.values()) {
            for (RuleText r : rules(text)) {
                if (!batchRules.contains(r.name())) {
                    continue;
                }
                seen.add(r.name());
                Matcher facts = CASE_PATTERN.matcher(r.text());
                while (facts.find()) {
                    String inside = inside(r.text(), facts.end());
                    Matcher m = inside == null ? null : MATCHED.matcher(inside);
                    if (m == null || inside.contains("||") || !m.lookingAt()) {
                        return all;
                    }
                    out.addAll(selected(m));
                }
            }
        }
        return seen.containsAll(batchRules) ? out : all;
    }

    /**
     * Which rules' findings some rule's conditions read: those a {@code Finding(rule == "...")} or
     * {@code Finding(rule in ("...", ...))} constraint names. Any other use of {@code rule} in a finding
     * pattern ({@code rule not in}, {@code !(rule == ...)}, {@code ||}, a variable...), a finding pattern
     * that names no rule (by status, by article), or a pattern that could match a finding by a wider
     * type ({@code Object}, {@code OnCase}) means every finding may be read. Only the findings read
     * are inserted into the session ({@link io.github.talentrules.internal.Recorder}), so this must
     * never answer "not read" for a finding that a rule reads.
     */
    public static java.util.function.Predicate<String> findingsRead(Map<String, String> drl) {
        java.util.function.Predicate<String> every = rule -> true;
        Set<String> named = new java.util.HashSet<>();
        for (String text : drl.values()) {
            if (WIDER_PATTERN.matcher(text).find()) {
                return every;
            }
            Matcher pattern = FINDING_PATTERN.matcher(text);
            while (pattern.find()) {
                String inside = inside(text, pattern.end());
                if (inside == null || inside.contains("||")) {
                    return every;
                }
                boolean names = false;
                for (String constraint : constraints(inside)) {
                    if (!RULE_WORD.matcher(constraint).find()) {
                        continue;
                    }
                    Matcher eq = RULE_EQUALS.matcher(constraint);
                    Matcher in = RULE_IN.matcher(constraint);
                    if (eq.matches()) {
                        named.add(eq.group(1));
                    } else if (in.matches()) {
                        Matcher q = QUOTED.matcher(in.group(1));
                        while (q.find()) {
                            named.add(q.group(1));
                        }
                    } else {
                        return every;
                    }
                    names = true;
                }
                if (!names) {
                    return every;
                }
            }
        }
        return Set.copyOf(named)::contains;
    }

    /** A pattern's constraints: its text split at the commas outside parentheses and quotes, each stripped. */
    private static List<String> constraints(String inside) {
        List<String> out = new java.util.ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            if (c == '"' && (i == 0 || inside.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                out.add(inside.substring(start, i).strip());
                start = i + 1;
            }
        }
        out.add(inside.substring(start).strip());
        return out;
    }

    /** The text between the parenthesis opened just before {@code from} and the one that closes it; null if none does. */
    private static String inside(String text, int from) {
        int depth = 1;
        boolean quoted = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && text.charAt(i - 1) != '\\') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return text.substring(from, i);
            }
        }
        return null;
    }

    public static void checkArguments(Map<String, String> drl, Set<String> parameters, Set<String> names, List<String> problems) {
        drl.forEach((file, text) -> {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.startsWith("//") || line.startsWith("*") || line.startsWith("@") || line.startsWith("rule ")) {
                    continue;
                }
                String where = file + ":" + (i + 1) + ": ";
                for (Pattern p : List.of(PARAM_CALL, PARAM_ARG, SECOND_PARAM)) {
                    each(p, line, key -> {
                        if (!parameters.contains(key)) {
                            problems.add(where + "the rule reads parameter '" + key + "', which parameters.yaml does not have"
                                    + Names.suggest(key, parameters));
                        }
                    });
                }
                List<String> read = new java.util.ArrayList<>(factsPassed(line));
                each(FACT_CALL, line, read::add);
                for (String name : read) {
                    if (!names.contains(name) && !name.equals("asOf")) {
                        problems.add(where + "the rule reads '" + name + "', which pack.yaml declares as no fact, attestation or derived value"
                                + Names.suggest(name, names));
                    }
                }
            }
        });
    }

    private static List<String> quoted(String text) {
        List<String> out = new java.util.ArrayList<>();
        Matcher q = QUOTED.matcher(text);
        while (q.find()) {
            out.add(q.group(1));
        }
        return out;
    }

    /** A fact a rule's consequence compares, and where. */
    record Read(String rule, String fact, String where) {
    }

    /**
     * The facts compared by the rules whose consequence calls a condition helper that gives FAIL when
     * the comparison does not hold ({@code Check.atMost}, {@code Check.isTrue}...), with where each is:
     * the loader lets such a rule compare a fact about payment only where the text takes eligibility away.
     */
    static List<Read> comparedByFailingChecks(Map<String, String> drl) {
        List<Read> out = new java.util.ArrayList<>();
        drl.forEach((file, text) -> {
            for (RuleText r : rules(text)) {
                int then = consequence(r);
                Matcher check = FAILING_CHECK.matcher(r.text());
                if (then < 0 || !check.region(then, r.text().length()).find()) {
                    continue;
                }
                String where = where(file, text, r, check.start());
                factsPassed(r.text().substring(then)).forEach(fact -> out.add(new Read(r.name(), fact, where)));
            }
        });
        return out;
    }

    /** The facts the payment helpers ({@code Pay}) read: these are about payment, whatever else reads them. */
    static Set<String> readByPayments(Map<String, String> drl) {
        Set<String> out = new java.util.HashSet<>();
        drl.values().forEach(text -> {
            for (RuleText r : rules(text)) {
                int then = consequence(r);
                if (then >= 0 && PAY_CALL.matcher(r.text()).region(then, r.text().length()).find()) {
                    out.addAll(factsPassed(r.text().substring(then)));
                }
            }
        });
        return out;
    }

    /** Where a rule's consequence starts in its text, or -1. */
    private static int consequence(RuleText r) {
        Matcher then = THEN.matcher(r.text());
        return then.find() ? then.end() : -1;
    }

    /**
     * The fact names the helper calls in {@code text} pass: every name after {@code $f} (the unit after
     * {@code Pay.fromCase}'s fact is not one), and the other fact of a share ({@code When.atMostTimes}).
     */
    private static Set<String> factsPassed(String text) {
        Set<String> out = new java.util.LinkedHashSet<>();
        Matcher run = FACT_RUN.matcher(text);
        while (run.find()) {
            List<String> names = quoted(run.group(1));
            boolean unitFollows = text.substring(Math.max(0, run.start() - 24), run.start()).contains("fromCase(");
            out.addAll(unitFollows ? names.subList(0, 1) : names);
        }
        each(TIMES_FACT, text, out::add);
        return out;
    }

    private static void each(Pattern p, String line, java.util.function.Consumer<String> found) {
        Matcher m = p.matcher(line);
        while (m.find()) {
            found.accept(m.group(1));
        }
    }
}
