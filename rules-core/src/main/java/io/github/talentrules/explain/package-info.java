/**
 * The words of a decision: where the text, the one-line summary and the JSON of a
 * {@link io.github.talentrules.Decision} are written ({@code Explanation}), in the language asked,
 * from the labels a pack gives its facts, parameters and rules ({@code Glossary}). The law lives in
 * the packs; the words a reader sees live here, in Chinese and English.
 *
 * <p>The entry points are on the decision itself: {@code decision.explain(Language)},
 * {@code summary(Language)} and {@code toJson(Language)}. What is public here is public for the
 * engine's other packages; call it through the decision.
 *
 * <p>Thread-safety: stateless. Nullness: no method returns {@code null}.
 */
package io.github.talentrules.explain;
