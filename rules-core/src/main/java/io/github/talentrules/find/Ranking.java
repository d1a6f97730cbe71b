package io.github.talentrules.find;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.talentrules.Decision;
import io.github.talentrules.Funding;
import io.github.talentrules.Language;
import io.github.talentrules.Outcome;
import io.github.talentrules.Status;
import io.github.talentrules.explain.Text;
import io.github.talentrules.pack.Document;
import io.github.talentrules.pack.Programme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A profile decided against every programme of its applicant's kind, ranked: the eligible first, by
 * funding (the exact amount, else the cap or the top of the range; none last); then those that need
 * review, by funding, each with what is missing; then the ineligible, fewest failing findings first,
 * each with the articles that fail. Each with its suggestions. Programmes whose document is not in force
 * on the profile's date are listed apart, undecided; so are programmes that cannot read a value of the
 * profile (a level of another pack's list), each with why.
 */
public final class Ranking {
    private final Profile profile;
    private final List<Match> eligible;
    private final List<Match> review;
    private final List<Match> ineligible;
    private final List<NotInForce> notInForce;
    private final List<Undecided> undecided;

    /** A programme whose document is not in force on the profile's date. */
    public record NotInForce(Programme programme, Document document) {
        public NotInForce {
            Objects.requireNonNull(programme, "programme");
            Objects.requireNonNull(document, "document");
        }
    }

    /**
     * A programme that cannot read a value of the profile as its pack declares the fact.
     *
     * @param field the field at fault ({@code facts.professionalTitle})
     * @param reason why, in both languages
     */
    public record Undecided(Programme programme, String field, Text reason) {
        public Undecided {
            Objects.requireNonNull(programme, "programme");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Ranks the matches; made by the engine ({@code TalentRules.find}). */
    public Ranking(Profile profile, List<Match> matches, List<NotInForce> notInForce, List<Undecided> undecided) {
        this.profile = Objects.requireNonNull(profile, "profile");
        Comparator<Match> byFunding = Comparator.comparing(Ranking::fundingKey, Comparator.reverseOrder());
        this.eligible = sorted(matches, Outcome.ELIGIBLE, byFunding);
        this.review = sorted(matches, Outcome.NEEDS_REVIEW, byFunding);
        this.ineligible = sorted(matches, Outcome.INELIGIBLE, Comparator.comparingInt(m -> m.decision().failedRules().size()));
        this.notInForce = List.copyOf(notInForce);
        this.undecided = List.copyOf(undecided);
    }

    private static List<Match> sorted(List<Match> matches, Outcome outcome, Comparator<Match> order) {
        List<Match> out = new ArrayList<>(matches.stream().filter(m -> m.decision().outcome() == outcome).toList());
        out.sort(order); // stable: ties keep the packs' order
        return List.copyOf(out);
    }

    /** The amount a programme's funding is ranked by: exact, else the cap or the top of the range; -1 for none. */
    private static BigDecimal fundingKey(Match m) {
        return m.decision().funding().flatMap(Ranking::top).orElse(BigDecimal.ONE.negate());
    }

    private static Optional<BigDecimal> top(Funding f) {
        return f.amount().or(f::cap).or(f::max);
    }

    public Profile profile() {
        return profile;
    }

    /** The eligible programmes, most funding first. */
    public List<Match> eligible() {
        return eligible;
    }

    /** The programmes that need review, most funding first. */
    public List<Match> needsReview() {
        return review;
    }

    /** The ineligible programmes, fewest failing findings first. */
    public List<Match> ineligible() {
        return ineligible;
    }

    /** Every decided programme in rank order: eligible, needing review, ineligible. */
    public List<Match> ranked() {
        List<Match> out = new ArrayList<>(eligible);
        out.addAll(review);
        out.addAll(ineligible);
        return List.copyOf(out);
    }

    /** The programmes of the applicant's kind whose document is not in force on the profile's date. */
    public List<NotInForce> notInForce() {
        return notInForce;
    }

    /** The programmes that cannot read a value of the profile. */
    public List<Undecided> undecided() {
        return undecided;
    }

    /** The matches where a single change of a fact suffices ({@link Match#oneChange()}), in rank order. */
    public List<Match> oneChange() {
        return ranked().stream().filter(m -> !m.oneChange().isEmpty()).toList();
    }

    // ----- words -----

    /**
     * The ranking in words: a heading line with the counts, then each programme with its summary and a
     * line "如何符合条件" for each finding that a change of a value the profile gives would turn, or that turns
     * on a value that cannot change. With {@code oneChangeOnly}, only the programmes a
     * single change would lift, each with that change.
     */
    public String text(Language lang, boolean oneChangeOnly) {
        StringBuilder out = new StringBuilder();
        out.append(heading(lang)).append('\n');
        if (oneChangeOnly) {
            List<Match> one = oneChange();
            out.append('\n').append(lang.pick("只需改变一项即可的项目", "Programmes a single change would lift")).append('\n');
            if (one.isEmpty()) {
                out.append("  ").append(lang.pick("无", "none")).append('\n');
            }
            int n = 0;
            for (Match m : one) {
                out.append(line(++n, m, lang));
                for (Suggestion.Option o : m.oneChange()) {
                    out.append("     ").append(o.text(lang)).append('\n');
                }
            }
            return out.toString();
        }
        int n = 0;
        n = section(out, lang.pick("符合条件", "Eligible"), eligible, n, lang);
        n = section(out, lang.pick("需人工审核", "Needs review"), review, n, lang);
        section(out, lang.pick("不符合条件", "Ineligible"), ineligible, n, lang);
        if (!notInForce.isEmpty()) {
            out.append('\n').append(lang.pick("基准日不在文件施行期内（未判定）", "Not in force on the reference date (not decided)")).append('\n');
            for (NotInForce x : notInForce) {
                Document d = x.document();
                out.append("  ").append(x.programme().id()).append(' ').append(x.programme().name(lang)).append(lang.pick("（", " ("))
                        .append(d.id()).append(lang.pick("：", ": ")).append(d.inForceFrom()).append(lang.pick(" 至 ", " to "))
                        .append(d.inForceUntil().map(LocalDate::toString).orElse("")).append(lang.pick("）", ")")).append('\n');
            }
        }
        if (!undecided.isEmpty()) {
            out.append('\n').append(lang.pick("无法判定（档案的值不合本项目的规定）", "Not decided (a value of the profile this programme cannot read)")).append('\n');
            for (Undecided u : undecided) {
                out.append("  ").append(u.programme().id()).append(' ').append(u.programme().name(lang)).append(lang.pick("：", ": "))
                        .append(u.field()).append(lang.pick("：", ": ")).append(u.reason().in(lang)).append('\n');
            }
        }
        return out.toString();
    }

    private String heading(Language lang) {
        String kind = profile.applicant() == Profile.Applicant.PERSON ? lang.pick("个人", "a person") : lang.pick("单位", "a unit");
        int decided = eligible.size() + review.size() + ineligible.size();
        return lang == Language.ZH
                ? profile.source() + "（" + kind + "，基准日 " + profile.asOf() + "）：" + decided + " 个项目已判定，符合条件 " + eligible.size()
                + "，需人工审核 " + review.size() + "，不符合条件 " + ineligible.size() + "；未施行 " + notInForce.size() + "，无法判定 " + undecided.size()
                : profile.source() + " (" + kind + ", reference date " + profile.asOf() + "): " + decided + " programmes decided, eligible "
                + eligible.size() + ", needs review " + review.size() + ", ineligible " + ineligible.size() + "; not in force "
                + notInForce.size() + ", not decided " + undecided.size();
    }

    private static int section(StringBuilder out, String title, List<Match> matches, int n, Language lang) {
        if (matches.isEmpty()) {
            return n;
        }
        out.append('\n').append(title).append('\n');
        for (Match m : matches) {
            out.append(line(++n, m, lang));
            for (Suggestion s : m.suggestions()) {
                if (s.changesAGivenValue()) {
                    out.append("     ").append(lang.pick("如何符合条件：", "to qualify: ")).append(s.text(lang)).append('\n');
                }
            }
        }
        return n;
    }

    private static String line(int n, Match m, Language lang) {
        Decision d = m.decision();
        return String.format("%3d. %s %s%s%s%s%s%n", n, d.programme().id(), d.programme().name(lang), lang.pick("（", " ("),
                d.document().id(), lang.pick("）：", "): "), d.summary(lang));
    }

    /**
     * The ranking as one JSON object: {@code asOf}, {@code applicant}, {@code source}; {@code eligible},
     * {@code needsReview}, {@code ineligible} (each a list of decisions as {@code check --json} prints
     * them, with {@code suggestions} and {@code oneChange} added); {@code notInForce} and {@code undecided}.
     */
    public String toJson(Language lang) {
        ObjectMapper json = io.github.talentrules.internal.load.Tree.jsonMapper();
        ObjectNode root = json.createObjectNode();
        root.put("asOf", profile.asOf().toString());
        root.put("applicant", profile.applicant().code());
        root.put("source", profile.source());
        matches(root.putArray("eligible"), eligible, json, lang);
        matches(root.putArray("needsReview"), review, json, lang);
        matches(root.putArray("ineligible"), ineligible, json, lang);
        ArrayNode apart = root.putArray("notInForce");
        for (NotInForce x : notInForce) {
            ObjectNode o = apart.addObject();
            o.put("program", x.programme().id());
            o.put("programName", x.programme().name(lang));
            o.put("document", x.document().id());
            o.put("inForceFrom", x.document().inForceFrom().toString());
            x.document().inForceUntil().ifPresent(u -> o.put("inForceUntil", u.toString()));
        }
        ArrayNode not = root.putArray("undecided");
        for (Undecided u : undecided) {
            ObjectNode o = not.addObject();
            o.put("program", u.programme().id());
            o.put("programName", u.programme().name(lang));
            o.put("field", u.field());
            o.put("error", u.reason().in(lang));
        }
        try {
            return json.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void matches(ArrayNode into, List<Match> matches, ObjectMapper json, Language lang) {
        for (Match m : matches) {
            ObjectNode o;
            try {
                o = (ObjectNode) json.readTree(m.decision().toJson(lang));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            o.set("suggestions", suggestions(m.suggestions(), json, lang));
            ArrayNode one = o.putArray("oneChange");
            m.oneChange().forEach(x -> one.add(option(x, json, lang)));
            into.add(o);
        }
    }

    /** Suggestions as JSON: rule, article, kind, text, options (each its changes and the funding it would bring). */
    static ArrayNode suggestions(List<Suggestion> suggestions, ObjectMapper json, Language lang) {
        ArrayNode out = json.createArrayNode();
        for (Suggestion s : suggestions) {
            ObjectNode o = out.addObject();
            o.put("rule", s.rule());
            o.put("article", s.article());
            o.put("kind", s.kind().name());
            o.put("text", s.text(lang));
            ArrayNode options = o.putArray("options");
            s.options().forEach(x -> options.add(option(x, json, lang)));
        }
        return out;
    }

    /** An option as JSON: its changes, the funding it would bring, its text. */
    private static ObjectNode option(Suggestion.Option opt, ObjectMapper json, Language lang) {
        ObjectNode x = json.createObjectNode();
        ArrayNode changes = x.putArray("changes");
        opt.changes().forEach(c -> changes.add(change(c, json, lang)));
        opt.funding().flatMap(Ranking::top).ifPresent(a -> {
            ObjectNode f = x.putObject("funding");
            f.put("amount", a);
            f.put("text", io.github.talentrules.explain.Money.text(a, lang));
            opt.fundingArticle().ifPresent(art -> f.put("article", art));
        });
        x.put("text", opt.text(lang));
        return x;
    }

    private static JsonNode change(Change c, ObjectMapper json, Language lang) {
        ObjectNode o = json.createObjectNode();
        o.put("field", c.field());
        c.from().ifPresentOrElse(v -> o.set("from", json.valueToTree(plain(v))), () -> o.putNull("from"));
        o.set("to", json.valueToTree(plain(c.to())));
        c.fixed().ifPresent(f -> o.put("fixed", f.in(lang)));
        o.put("text", c.text().in(lang));
        return o;
    }

    private static Object plain(Object v) {
        return v instanceof LocalDate || v instanceof Status ? v.toString() : v;
    }
}
