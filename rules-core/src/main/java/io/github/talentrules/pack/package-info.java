/**
 * What a rule pack states, as plain immutable records: its documents and their in-force dates
 * ({@link io.github.talentrules.pack.Document}), the article table
 * ({@link io.github.talentrules.pack.Article}), the programmes one applies for
 * ({@link io.github.talentrules.pack.Programme}) with the facts and attestations they read
 * ({@link io.github.talentrules.pack.FactSpec}, {@link io.github.talentrules.pack.DerivedSpec}), every
 * number the text states ({@link io.github.talentrules.pack.Parameter}), and the rules of its DRL
 * ({@link io.github.talentrules.pack.Rule}, which also spells the metadata keys rules carry).
 * {@link io.github.talentrules.pack.RulePack} holds the first four.
 *
 * <p>The entry point is the engine: {@code TalentRules.packs()}, {@code programme(id)},
 * {@code parameters(packId)} and {@code rules(packId)} return these. They are values: they read no
 * file (the loader reads the pack's YAML into them) and run nothing.
 *
 * <p>Thread-safety: immutable. Nullness: no method returns {@code null}; what a pack may leave out is
 * an {@link java.util.Optional} or an empty list.
 */
package io.github.talentrules.pack;
