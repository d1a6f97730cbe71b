/**
 * Which programmes fit a person or a unit, and what would make a case eligible (issue 16).
 *
 * <p>The entry points are on the engine: {@link io.github.talentrules.TalentRules#find(Profile)} decides a
 * {@link Profile} (a case without a programme) against every programme of its applicant's kind and
 * ranks them ({@link Ranking}); {@link io.github.talentrules.TalentRules#suggest(io.github.talentrules.Case)}
 * says, for one case, the smallest change that would turn each failing or review finding
 * ({@link Suggestion}), computed from the clause the rule compared and confirmed by deciding the
 * changed case again.
 *
 * <p>Thread-safety: every type here is immutable. Nullness: no method returns {@code null}.
 */
package io.github.talentrules.find;
