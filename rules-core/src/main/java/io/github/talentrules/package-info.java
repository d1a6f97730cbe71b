/**
 * talent-rules: Chinese talent-programme policy documents as rule packs, and decisions with the
 * articles behind them. This package is the API an embedder types.
 *
 * <p>The entry point is {@link io.github.talentrules.TalentRules}: build it once
 * ({@code TalentRules.fromClasspath()}), then {@link io.github.talentrules.TalentRules#decide decide}
 * {@link io.github.talentrules.Case cases} from any number of threads. A
 * {@link io.github.talentrules.Decision} holds the {@link io.github.talentrules.Outcome}, the amount
 * awarded ({@link io.github.talentrules.Decision#amount()}) and the whole
 * {@link io.github.talentrules.Funding} in exact yuan, and every {@link io.github.talentrules.Finding}
 * with its article; {@code explain(Language)} and {@code toJson(Language)} render it.
 *
 * <p>Beside it: {@code io.github.talentrules.pack} (what a pack states: programmes, facts,
 * parameters, articles, rules), {@code io.github.talentrules.analysis} (reforms, their impact,
 * coverage, scenario tests, validation), {@code io.github.talentrules.explain} (the words of a
 * decision), and {@code io.github.talentrules.rule} (the helpers DRL is written with). The packages
 * under {@code io.github.talentrules.internal} are not API. {@code docs/architecture.md} draws the map.
 *
 * <p>Thread-safety: {@code TalentRules} and every value it returns are immutable and thread-safe;
 * {@code Case.Builder} is not. Nullness: no method returns {@code null}; what may be absent is an
 * {@link java.util.Optional}, and facts a case lacks are listed in {@link io.github.talentrules.Decision#missing()}.
 * Bad input throws {@link io.github.talentrules.InvalidCaseException} naming the source and field; a
 * broken pack throws {@link io.github.talentrules.InvalidPackException} listing each file and line.
 */
package io.github.talentrules;
