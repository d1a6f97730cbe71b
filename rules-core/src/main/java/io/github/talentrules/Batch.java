package io.github.talentrules;

import io.github.talentrules.explain.Explanation;
import io.github.talentrules.explain.Glossary;
import java.util.List;
import java.util.Map;

/**
 * The decisions for a batch of cases, in the order given, and the findings about the batch as a
 * whole (a quota, progress towards a target). Findings that concern one case of the batch (one
 * applicant per company) are in that case's decision. Immutable.
 */
public final class Batch {
    private final List<Decision> decisions;
    private final List<Finding> findings;
    private final Map<Finding, Said> said;

    /** How a finding over the batch is put in words: its pack's glossary, and the day its parameters held (the latest case's). */
    record Said(Glossary glossary, java.time.LocalDate on) {
    }

    Batch(List<Decision> decisions, List<Finding> findings, Map<Finding, Said> said) {
        this.decisions = List.copyOf(decisions);
        this.findings = List.copyOf(findings);
        this.said = Map.copyOf(said);
    }

    /** The same findings over the batch, with the decisions of its cases. */
    Batch withDecisions(List<Decision> cases) {
        return new Batch(cases, findings, said);
    }

    /** One decision per case, in the order the cases were given. */
    public List<Decision> decisions() {
        return decisions;
    }

    /** Findings over the whole batch, in article order. */
    public List<Finding> findings() {
        return findings;
    }

    /** The batch findings in words, one a line: status, rule, article, the values compared. */
    public String explainFindings(Language language) {
        StringBuilder out = new StringBuilder();
        for (Finding f : findings) {
            out.append('[').append(f.status().label(language)).append("] ")
                    .append(said.get(f).glossary().ruleTitle(f.rule(), language)).append(" — ")
                    .append(io.github.talentrules.explain.Citation.of(f.article(), language)).append(": ")
                    .append(Explanation.message(f, said.get(f).on(), said.get(f).glossary(), language)).append('\n');
        }
        return out.toString();
    }
}
