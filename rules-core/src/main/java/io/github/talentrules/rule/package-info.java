/**
 * The vocabulary rules are written in: the facts of a case ({@link io.github.talentrules.rule.Facts}),
 * the parameters on its date ({@link io.github.talentrules.rule.Params}), and the helpers whose one
 * call is a rule's consequence: {@link io.github.talentrules.rule.Check} and
 * {@link io.github.talentrules.rule.When} for conditions, {@link io.github.talentrules.rule.Pay} for
 * funding, {@link io.github.talentrules.rule.Across} for rules over a batch of cases.
 *
 * <p>Used from DRL, not from application code. A condition on a fact that is absent is UNKNOWN and
 * gives a REVIEW finding listing what is missing; no helper reads an absent fact as zero or false.
 * No {@link io.github.talentrules.rule.Pay} helper gives FAIL: a condition about money changes the
 * payment or asks for review, never the verdict. A list of records (several visiting experts) is read
 * one record at a time with {@link io.github.talentrules.rule.Facts#records}.
 * See {@code docs/writing-a-pack.md}.
 */
package io.github.talentrules.rule;
