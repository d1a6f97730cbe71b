/**
 * The analyst's tools over an engine: a {@link io.github.talentrules.analysis.Reform} ("what if the
 * age limit were 50?") applied with {@code TalentRules.withReform}, its
 * {@link io.github.talentrules.analysis.Impact} over a population of cases, the
 * {@link io.github.talentrules.analysis.Coverage} of the rules a run fired, the
 * {@link io.github.talentrules.analysis.Scenario} tests beside each pack, and the
 * {@link io.github.talentrules.analysis.Validation} of a pack folder or a reform. The command line's
 * {@code test}, {@code diff} and {@code validate} are thin over these.
 *
 * <pre>{@code
 * TalentRules baseline = TalentRules.fromClasspath();
 * TalentRules reformed = baseline.withReform(Reform.read(Path.of("age-50.yaml")));
 * System.out.print(Impact.compare(baseline, reformed, cases).summary(Language.ZH));
 * }</pre>
 *
 * <p>Every decision still comes from the packs' rules: these tools decide cases through the engine
 * and compare or count what it answers. A reform's DRL is code, reviewed like the pack's.
 *
 * <p>Thread-safety: reforms, impacts, scenarios and validations are immutable; a coverage may be
 * recorded to from many threads. Nullness: no method returns {@code null}.
 */
package io.github.talentrules.analysis;
