package io.github.talentrules.rule;

import io.github.talentrules.Clause;
import io.github.talentrules.pack.Document;
import io.github.talentrules.pack.Rule;
import io.github.talentrules.Finding;
import io.github.talentrules.Note;
import io.github.talentrules.Operand;
import io.github.talentrules.Status;
import io.github.talentrules.Truth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import io.github.talentrules.internal.Recorder;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Turns a rule's comparison into its one {@link Finding}: TRUE gives PASS, FALSE gives FAIL, and
 * UNKNOWN (a fact absent) gives REVIEW with the missing facts listed. A rule with the metadata
 * {@code @soft} (一般应、原则上) gives REVIEW where it would give FAIL.
 *
 * <p>The finding takes the rule's name and its {@code @article} from the rule itself, and the helper
 * records it for the decision: a rule's consequence is one call,
 * {@code Check.atMost(drools, $f, "age", $p, "intl-training.max-age");}, never an {@code insert}.
 */
public final class Check {
    private Check() {
    }

    /** Every clause holds. */
    public static Finding all(Object rule, Clause... clauses) {
        return record(rule, allOf(rule, clauses));
    }

    /** At least one clause holds (…之一). */
    public static Finding any(Object rule, Clause... clauses) {
        Truth t = Truth.FALSE;
        for (Clause c : clauses) {
            t = t.or(c.result());
        }
        return record(rule, finding(rule, t, List.of(clauses)));
    }

    private static Finding allOf(Object rule, Clause... clauses) {
        Truth t = Truth.TRUE;
        for (Clause c : clauses) {
            t = t.and(c.result());
        }
        return finding(rule, t, List.of(clauses));
    }

    public static Finding atMost(Object rule, Facts f, String fact, Params p, String key) {
        return all(rule, When.atMost(f, fact, p, key));
    }

    public static Finding atLeast(Object rule, Facts f, String fact, Params p, String key) {
        return all(rule, When.atLeast(f, fact, p, key));
    }

    public static Finding lessThan(Object rule, Facts f, String fact, Params p, String key) {
        return all(rule, When.lessThan(f, fact, p, key));
    }

    public static Finding moreThan(Object rule, Facts f, String fact, Params p, String key) {
        return all(rule, When.moreThan(f, fact, p, key));
    }

    public static Finding between(Object rule, Facts f, String fact, Params p, String minKey, String maxKey) {
        return all(rule, When.between(f, fact, p, minKey, maxKey));
    }

    public static Finding equalTo(Object rule, Facts f, String fact, Params p, String key) {
        return all(rule, When.equalTo(f, fact, p, key));
    }

    public static Finding oneOf(Object rule, Facts f, String fact, Params p, String key) {
        return all(rule, When.oneOf(f, fact, p, key));
    }

    /** A boolean fact must be true; an attestation must be given and true. */
    public static Finding isTrue(Object rule, Facts f, String name) {
        return all(rule, When.isTrue(f, name));
    }

    /** A boolean fact must be false: the case is not in an excluded group. */
    public static Finding isFalse(Object rule, Facts f, String name) {
        return all(rule, When.isFalse(f, name));
    }

    /**
     * A relaxation (可适当放宽) claimed by the case: the base rule's FAIL becomes REVIEW. The rule that
     * calls this matches the base finding with status FAIL and the ground claimed, and carries
     * {@code @exceptionOf("<base rule>")}.
     */
    public static Finding relax(Object rule, Finding base) {
        // Where the base could not be judged (a fact absent), the facts it needs are still needed.
        return record(rule, new Finding(name(rule), article(rule), Status.REVIEW, base.clauses(), base.missing(),
                Optional.of(base.missing().isEmpty() ? Note.RELAXATION_CLAIMED : Note.MISSING), Optional.of(base.rule()),
                Optional.empty()));
    }

    /** An exception (但…除外) that applies: the base rule's FAIL does not count. */
    public static Finding except(Object rule, Finding base) {
        if (!base.missing().isEmpty()) {
            // An exception never passes a condition whose facts were not given.
            return record(rule, new Finding(name(rule), article(rule), Status.REVIEW, base.clauses(), base.missing(),
                    Optional.of(Note.MISSING), Optional.of(base.rule()), Optional.empty()));
        }
        return record(rule, new Finding(name(rule), article(rule), Status.PASS, base.clauses(), List.of(),
                Optional.empty(), Optional.of(base.rule()), Optional.empty()));
    }

    /** The text says nothing about this case: REVIEW, saying so. */
    public static Finding silent(Object rule, Clause... clauses) {
        return record(rule, new Finding(name(rule), article(rule), Status.REVIEW, List.of(clauses), List.of(),
                Optional.of(Note.DOCUMENT_SILENT), Optional.empty(), Optional.empty()));
    }

    /**
     * Every clause holds, and where one does not the text says nothing of what follows (a late
     * application with no stated consequence): PASS, else REVIEW saying the text is silent; an
     * absent fact gives REVIEW listing it, as everywhere.
     */
    public static Finding allOrSilent(Object rule, Clause... clauses) {
        return allOrReview(rule, Note.DOCUMENT_SILENT, clauses);
    }

    /**
     * Every clause holds, and where one does not the text states a consequence other than losing the
     * case (应重新申报: continuing needs a new application): PASS, else REVIEW with that note; an absent
     * fact gives REVIEW listing it, as everywhere. Never FAIL.
     */
    public static Finding allOrReview(Object rule, Note note, Clause... clauses) {
        Finding f = allOf(rule, clauses);
        if (f.status() != Status.FAIL) {
            return record(rule, f);
        }
        return record(rule, new Finding(f.rule(), f.article(), Status.REVIEW, f.clauses(), List.of(),
                Optional.of(note), Optional.empty(), Optional.empty()));
    }

    /**
     * A consequence the text states follows from the rule's circumstance (不再享受有关优惠政策): PASS,
     * carrying the note; the decision's summary names the consequences whose note says so
     * ({@link Note#inHeadline()}).
     */
    public static Finding follows(Object rule, Note consequence) {
        return record(rule, new Finding(name(rule), article(rule), Status.PASS, List.of(), List.of(),
                Optional.of(consequence), Optional.empty(), Optional.empty()));
    }

    /** The text decides this case by case (一事一议): REVIEW, saying so. */
    public static Finding caseByCase(Object rule, Clause... clauses) {
        return record(rule, new Finding(name(rule), article(rule), Status.REVIEW, List.of(clauses), List.of(),
                Optional.of(Note.CASE_BY_CASE), Optional.empty(), Optional.empty()));
    }

    /**
     * The case's reference date lies in the document's in-force period; the article is the document's.
     * Where the document names the date of a case's approval ({@link Document#approvedOn()}, the day the
     * funding plan was issued) and the case gives it, the payments under that approval follow the
     * document in force on that day: the approval is judged, and where the reference date falls after
     * the document expired the finding says the schedule outlives it ({@link Note#OUTLIVES_DOCUMENT}).
     */
    public static Finding inForce(Object rule, Facts f, Document d) {
        List<Operand> period = new ArrayList<>();
        period.add(new Operand("inForce.from", d.inForceFrom(), Operand.Source.CONSTANT));
        d.inForceUntil().ifPresent(u -> period.add(new Operand("inForce.until", u, Operand.Source.CONSTANT)));
        Clause asOf = new Clause(Clause.Test.IN_PERIOD, new Operand("asOf", f.getAsOf(), Operand.Source.FACT), period,
                Truth.of(d.inForceOn(f.getAsOf())), "asOf");
        Optional<String> approval = d.approvedOn().filter(name -> f.value(name) instanceof java.time.LocalDate);
        if (approval.isEmpty() || asOf.result() == Truth.TRUE && !f.date(approval.get()).isBefore(d.inForceFrom())) {
            return record(rule, new Finding(name(rule), d.inForceArticle(), asOf.result() == Truth.TRUE ? Status.PASS : Status.FAIL,
                    List.of(asOf), List.of(), Optional.empty(), Optional.empty(), Optional.empty()));
        }
        java.time.LocalDate approved = f.date(approval.get());
        Clause plan = new Clause(Clause.Test.IN_PERIOD, new Operand(approval.get(), approved, Operand.Source.FACT), period,
                Truth.of(d.inForceOn(approved)), "facts." + approval.get());
        boolean outlives = plan.result() == Truth.TRUE && asOf.result() == Truth.FALSE && f.getAsOf().isAfter(approved);
        return record(rule, new Finding(name(rule), d.inForceArticle(), plan.result() == Truth.TRUE ? Status.PASS : Status.FAIL,
                List.of(plan, asOf), List.of(), outlives ? Optional.of(Note.OUTLIVES_DOCUMENT) : Optional.empty(),
                Optional.empty(), Optional.empty()));
    }

    static Finding finding(Object rule, Truth truth, List<Clause> clauses) {
        Status status;
        Optional<Note> note = Optional.empty();
        List<String> missing = List.of();
        switch (truth) {
            case TRUE -> status = Status.PASS;
            case FALSE -> {
                boolean soft = rule(rule).getMetaData().containsKey(Rule.SOFT);
                status = soft ? Status.REVIEW : Status.FAIL;
                note = soft ? Optional.of(Note.SOFT_CONDITION) : Optional.empty();
            }
            default -> {
                status = Status.REVIEW;
                missing = missing(clauses);
                boolean onlyAttestations = missing.stream().allMatch(m -> m.startsWith("attestations."));
                note = Optional.of(onlyAttestations ? Note.ATTESTATION : Note.MISSING);
            }
        }
        return new Finding(name(rule), article(rule), status, clauses, missing, note, Optional.empty(), Optional.empty());
    }

    private static List<String> missing(List<Clause> clauses) {
        Set<String> out = new LinkedHashSet<>();
        for (Clause c : clauses) {
            if (c.result() == Truth.UNKNOWN && c.subject().isAbsent()) {
                out.add(c.source());
            }
            if (c.result() == Truth.UNKNOWN) {
                // A comparison of two facts of the case names each one that is absent.
                for (Operand r : c.references()) {
                    if (r.isAbsent() && r.source() == Operand.Source.FACT) {
                        out.add("facts." + r.name());
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * The running rule. Helpers take the consequence's {@code drools} as an {@code Object} because DRL
     * compiled at run time passes a {@code KnowledgeHelper} and the executable model a {@code Drools};
     * both are a {@link RuleContext}.
     */
    static org.kie.api.definition.rule.Rule rule(Object drools) {
        if (!(drools instanceof RuleContext context)) {
            throw new IllegalArgumentException("pass the rule's 'drools' to the helper, not " + drools);
        }
        return context.getRule();
    }

    /** Records what a helper made for the running rule ({@link Recorder}): once per helper call. */
    static <T> T record(Object rule, T made) {
        rule(rule);
        return Recorder.record((RuleContext) rule, made);
    }

    static String name(Object rule) {
        return rule(rule).getName();
    }

    static String article(Object rule) {
        Object a = rule(rule).getMetaData().get(Rule.ARTICLE);
        if (a == null) {
            throw new IllegalStateException("rule '" + name(rule) + "' has no @article");
        }
        return a.toString();
    }
}
