package io.github.talentrules.analysis;

import io.github.talentrules.Language;
import io.github.talentrules.TalentRules;
import io.github.talentrules.internal.SessionObserver;
import io.github.talentrules.internal.load.Tree;
import io.github.talentrules.pack.Article;
import io.github.talentrules.pack.Rule;
import io.github.talentrules.pack.RulePack;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.AgendaEventListener;

/**
 * Which rules fired, and which articles they exercised, over the decisions of an engine that
 * records to it ({@link TalentRules#recordingTo(Coverage)}): for a run of scenario tests or of a sheet.
 * The recording engine's evaluator gives each session a Drools agenda listener from this coverage
 * ({@link #watch}), which counts the rules fired; an engine that does not record has no listener and
 * pays nothing. Coverage builds no session of its own: it observes those the engine runs.
 *
 * <pre>{@code
 * Coverage coverage = new Coverage();
 * TalentRules recording = rules.recordingTo(coverage);
 * scenarios.forEach(s -> s.check(recording));
 * System.out.print(coverage.text());
 * }</pre>
 *
 * <p>Thread-safe: engines on many threads may record to one coverage. Only the packs that decided at
 * least one case are reported.
 */
public final class Coverage implements SessionObserver {

    /** Per pack: every rule it has (of each version seen, baseline or reformed), and the firings of each. */
    private final Map<String, PackRecord> packs = new ConcurrentHashMap<>();

    private static final class PackRecord {
        final RulePack descriptor;
        final Map<String, Rule> rules = new ConcurrentHashMap<>();
        final Map<String, LongAdder> firings = new ConcurrentHashMap<>();
        final LongAdder decisions = new LongAdder();
        final Set<String> programmes = ConcurrentHashMap.newKeySet();

        PackRecord(RulePack descriptor) {
            this.descriptor = descriptor;
        }
    }

    public Coverage() {
    }

    /**
     * Called by the recording engine before each session: the listener returned counts the rules the
     * session fires; {@code programmes} are those of the cases it holds, whose rules the report lists;
     * {@code decision} counts one decision. Not for callers: pass the coverage to
     * {@link TalentRules#recordingTo(Coverage)}.
     */
    @Override
    public AgendaEventListener watch(RulePack pack, Map<String, Rule> rules, Collection<String> programmes, boolean decision) {
        PackRecord rec = packs.computeIfAbsent(pack.id(), k -> new PackRecord(pack));
        if (rec.rules.size() < rules.size() || !rec.rules.keySet().containsAll(rules.keySet())) {
            rec.rules.putAll(rules);
        }
        if (decision) {
            rec.decisions.increment();
        }
        rec.programmes.addAll(programmes);
        return new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                rec.firings.computeIfAbsent(event.getMatch().getRule().getName(), k -> new LongAdder()).increment();
            }
        };
    }

    /** The ids of the packs that decided at least one case, sorted. */
    public List<String> packs() {
        return new ArrayList<>(new TreeMap<>(packs).keySet());
    }

    /**
     * How often each rule of the pack fired, in article order: every rule of the programmes whose
     * cases were decided (and the core rules every programme shares), 0 for one that never fired.
     */
    public Map<String, Long> firings(String packId) {
        PackRecord rec = record(packId);
        Map<String, Long> out = new TreeMap<>(Rule.ORDER);
        rec.rules.keySet().stream().filter(r -> inScope(rec, r))
                .forEach(r -> out.put(r, rec.firings.containsKey(r) ? rec.firings.get(r).sum() : 0L));
        return out;
    }

    /** The programmes of the pack whose cases were decided, sorted. */
    public List<String> programmes(String packId) {
        return new ArrayList<>(new java.util.TreeSet<>(record(packId).programmes));
    }

    private static boolean inScope(PackRecord rec, String rule) {
        if (rec.firings.containsKey(rule)) {
            return true;
        }
        Rule r = rec.rules.get(rule);
        return r == null || r.programmes().isEmpty() || r.programmes().stream().anyMatch(rec.programmes::contains);
    }

    /** The rules of the pack that never fired, in article order. */
    public List<String> neverFired(String packId) {
        return firings(packId).entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
    }

    /** The articles (with their document) at least one of whose rules fired: {@code 郑科规〔2024〕2号 第九条}. */
    public List<String> articlesExercised(String packId) {
        return articles(packId, true);
    }

    /** The articles encoded by rules none of which fired. */
    public List<String> articlesNeverTouched(String packId) {
        return articles(packId, false);
    }

    private List<String> articles(String packId, boolean exercised) {
        PackRecord rec = record(packId);
        List<String> out = new ArrayList<>();
        for (Article a : rec.descriptor.articles()) {
            if (a.rules().stream().noneMatch(r -> rec.rules.containsKey(r) && inScope(rec, r))) {
                continue;
            }
            boolean any = a.rules().stream().anyMatch(r -> rec.firings.containsKey(r));
            if (any == exercised) {
                out.add(a.document() + " " + a.article());
            }
        }
        return out;
    }

    /** The articles the pack's table marks as not encoded (procedure, organisation...), for the record. */
    private long notEncoded(String packId) {
        return record(packId).descriptor.articles().stream().filter(a -> a.rules().isEmpty()).count();
    }

    /** The share of rules that fired, in percent (two decimals), over every pack reported; 100 when none. */
    public BigDecimal percent() {
        long all = 0;
        long fired = 0;
        for (String p : packs()) {
            Map<String, Long> f = firings(p);
            all += f.size();
            fired += f.values().stream().filter(n -> n > 0).count();
        }
        return percent(fired, all);
    }

    /** The share of the pack's rules that fired, in percent. */
    public BigDecimal percent(String packId) {
        Map<String, Long> f = firings(packId);
        return percent(f.values().stream().filter(n -> n > 0).count(), f.size());
    }

    private static BigDecimal percent(long part, long all) {
        return all == 0 ? BigDecimal.valueOf(100) : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(all), 2, RoundingMode.DOWN)
                .stripTrailingZeros();
    }

    private PackRecord record(String packId) {
        PackRecord rec = packs.get(packId);
        if (rec == null) {
            throw new IllegalArgumentException("no decision of pack '" + packId + "' was recorded; recorded: " + packs());
        }
        return rec;
    }

    /** A report for a reader, in English: {@link #text(Language)}. */
    public String text() {
        return text(Language.EN);
    }

    /**
     * A report for a reader, in {@code language}: per pack, the rules that fired and how often (each
     * by its title in that language), those that never did, and the articles.
     */
    public String text(Language language) {
        boolean zh = language == Language.ZH;
        StringBuilder s = new StringBuilder();
        for (String p : packs()) {
            Map<String, Long> f = firings(p);
            long fired = f.values().stream().filter(n -> n > 0).count();
            List<String> untouched = articlesNeverTouched(p);
            long decisions = record(p).decisions.sum();
            s.append(zh ? "规则包 " + p + " 的覆盖率：" + f.size() + " 条规则中 " + fired + " 条触发过（" + percent(p).toPlainString() + "%），"
                            + String.join("、", programmes(p)) + " 的 " + decisions + " 个判定"
                    : "coverage of pack " + p + ": " + fired + " of " + f.size() + " rules fired (" + percent(p).toPlainString() + "%), "
                            + decisions + " decisions of " + String.join(", ", programmes(p))).append('\n');
            f.forEach((rule, n) -> {
                Rule r = record(p).rules.get(rule);
                s.append(n > 0 ? (zh ? "  触发 " + String.format("%6d", n) + "  " : "  fired " + String.format("%5d", n) + "  ")
                                : (zh ? "  从未触发      " : "  NEVER FIRED  "))
                        .append(r == null ? rule : r.title(language))
                        .append(isBatch(p, rule) ? (zh ? "（批量规则）" : "  (a rule over a batch)") : "").append('\n');
            });
            List<String> exercised = articlesExercised(p);
            int encoded = exercised.size() + untouched.size();
            s.append(zh ? "  涉及的条款：这些项目已编码的 " + encoded + " 条中 " + exercised.size() + " 条（另有 " + notEncoded(p) + " 条按设计不编码）\n"
                    : "  articles exercised: " + exercised.size() + " of " + encoded + " encoded for these programmes ("
                            + notEncoded(p) + " articles of the pack not encoded by design)\n");
            untouched.forEach(a -> s.append(zh ? "  从未涉及的条款  " : "  ARTICLE NEVER TOUCHED  ")
                    .append(io.github.talentrules.explain.Citation.of(a, language)).append('\n'));
        }
        if (packs.isEmpty()) {
            s.append(zh ? "覆盖率：没有记录到任何判定\n" : "coverage: no decision was recorded\n");
        }
        return s.toString();
    }

    private boolean isBatch(String packId, String rule) {
        Rule r = record(packId).rules.get(rule);
        return r != null && r.overBatch();
    }

    /** The same as JSON: {@code {"percent": .., "packs": [{"pack", "percent", "decisions", "rules": [{"rule", "article", "firings"}], "neverFired", "articlesExercised", "articlesNeverTouched"}]}}. */
    public String toJson() {
        var mapper = Tree.jsonMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("percent", percent());
        ArrayNode list = root.putArray("packs");
        for (String p : packs()) {
            ObjectNode o = list.addObject();
            o.put("pack", p);
            o.put("percent", percent(p));
            o.put("decisions", record(p).decisions.sum());
            programmes(p).forEach(o.putArray("programmes")::add);
            ArrayNode rules = o.putArray("rules");
            Map<String, Rule> known = record(p).rules;
            firings(p).forEach((rule, n) -> {
                ObjectNode r = rules.addObject();
                r.put("rule", rule);
                Optional.ofNullable(known.get(rule)).flatMap(Rule::article).ifPresent(a -> r.put("article", a));
                r.put("firings", n);
            });
            neverFired(p).forEach(o.putArray("neverFired")::add);
            articlesExercised(p).forEach(o.putArray("articlesExercised")::add);
            articlesNeverTouched(p).forEach(o.putArray("articlesNeverTouched")::add);
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
