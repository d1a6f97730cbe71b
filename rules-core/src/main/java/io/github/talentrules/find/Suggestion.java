package io.github.talentrules.find;

import io.github.talentrules.Funding;
import io.github.talentrules.Language;
import io.github.talentrules.explain.Text;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What would turn one failing or review finding of a decision: computed from the rule's own clauses
 * and the parameters they compared, never written per rule, and confirmed by deciding the changed case
 * again before it is shown: each option of a {@link Kind#CHANGE} makes the finding pass.
 *
 * @param rule the rule whose finding this is about
 * @param article its article
 * @param kind what can be done
 * @param options for {@link Kind#CHANGE}: the ways that each turn the finding (alternatives, "或"), each
 *        one or more changes made together; for {@link Kind#FIXED}: one option, the changes that would be
 *        needed, each of a value that cannot change; for {@link Kind#MISSING}: the facts to supply; else none
 * @param text the suggestion in words, in both languages
 */
public record Suggestion(String rule, String article, Kind kind, List<Option> options, Text text) {

    /** What a suggestion can say. */
    public enum Kind {
        /** Changing the values of an option turns the finding: confirmed by deciding the changed case. */
        CHANGE,
        /** The finding turns only on values that cannot change (a birth date, a nationality, a past date). */
        FIXED,
        /** A fact is absent and no value can be computed that would settle the condition: supply it. */
        MISSING,
        /** No change of the case's values settles it: the text leaves it to a reviewer (一事一议, silent), or no change was found. */
        NONE
    }

    /**
     * One way to turn the finding.
     *
     * @param changes the values changed together
     * @param funding the funding of the changed case where it differs from the case's own (a new tier, or
     *        funding where there was none): the funding the finding that carries it states
     * @param fundingArticle the article of that finding, or empty
     * @param text the changes in words, with that funding: "培养时间（天） 29 → 至少 30（第十四条：30000元（3万元））"
     */
    public record Option(List<Change> changes, Optional<Funding> funding, Optional<String> fundingArticle, Text text) {
        public Option {
            changes = List.copyOf(changes);
            Objects.requireNonNull(funding, "funding");
            Objects.requireNonNull(fundingArticle, "fundingArticle");
            Objects.requireNonNull(text, "text");
        }

        /** The option in words. */
        public String text(Language language) {
            return text.in(language);
        }
    }

    public Suggestion {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(kind, "kind");
        options = List.copyOf(options);
        Objects.requireNonNull(text, "text");
    }

    /**
     * True when it changes, or cannot change, a value the case gives: what a reader is shown under
     * "如何符合条件". A fact or attestation still to be supplied is already in the decision's
     * {@code missing}; the JSON has every suggestion.
     */
    public boolean changesAGivenValue() {
        return kind == Kind.FIXED || kind == Kind.CHANGE && options.stream()
                .anyMatch(o -> o.changes().stream().anyMatch(c -> c.from().isPresent() && !c.isAttestation()));
    }

    /** The suggestion in words. */
    public String text(Language language) {
        return text.in(language);
    }
}
