package io.github.talentrules.find;

import io.github.talentrules.Decision;
import java.util.List;
import java.util.Objects;

/**
 * One programme decided for a profile: the decision, and what would make it eligible.
 *
 * @param decision the profile decided as a case of the programme
 * @param suggestions one for each failing or review finding that counts, in article order
 * @param oneChange the options of the suggestions that change one fact and suffice alone: the case
 *        changed so is no longer ineligible (for an ineligible case) or is eligible (for a case that
 *        needs review), confirmed by deciding it again
 */
public record Match(Decision decision, List<Suggestion> suggestions, List<Suggestion.Option> oneChange) {
    public Match {
        Objects.requireNonNull(decision, "decision");
        suggestions = List.copyOf(suggestions);
        oneChange = List.copyOf(oneChange);
    }
}
