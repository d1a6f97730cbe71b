/**
 * talent-rules: Chinese talent-programme policy documents as rule packs, and decisions with the
 * articles behind them.
 *
 * <p>The entry point is {@link io.github.talentrules.TalentRules}: build it once
 * ({@code TalentRules.fromClasspath()}), then {@link io.github.talentrules.TalentRules#decide decide}
 * {@link io.github.talentrules.Case cases} from any number of threads. A
 * {@link io.github.talentrules.Decision} holds the {@link io.github.talentrules.Outcome}, the
 * {@link io.github.talentrules.Funding} in exact yuan, and every {@link io.github.talentrules.Finding}
 * with its article; {@code explain(Language)} and {@code toJson(Language)} render it.
 *
 * <p>Thread-safety: {@code TalentRules} and every value it returns are immutable and thread-safe;
 * {@code Case.Builder} is not. Nullness: no method returns {@code null}; what may be absent is an
 * {@link java.util.Optional}, and facts a case lacks are listed in {@link io.github.talentrules.Decision#missing()}.
 * Bad input throws {@link io.github.talentrules.InvalidCaseException} naming the source and field; a
 * broken pack throws {@link io.github.talentrules.InvalidPackException} listing each file and line.
 */
package io.github.talentrules;
