/**
 * Spreadsheets of candidates: CSV or XLSX in, the same sheet with decision columns out, and a
 * summary.
 *
 * <p>The entry point is {@link io.github.talentrules.sheet.SheetCheck}: built once over a
 * {@link io.github.talentrules.TalentRules} engine, it reads a sheet row by row, decides the rows on
 * all cores, and writes them back in input order as they are decided, so memory stays flat as rows
 * grow. A bad row (a required column missing, a value of the wrong type, an impossible date) gets
 * an error cell that names the column and why; it never stops the batch.
 *
 * <pre>{@code
 * SheetCheck check = SheetCheck.builder(TalentRules.fromClasspath()).language(Language.ZH).build();
 * Summary summary = check.check(Path.of("candidates.xlsx"), Path.of("decided.xlsx"));
 * System.out.print(summary.text());
 * }</pre>
 *
 * <p>The public types are {@link io.github.talentrules.sheet.SheetCheck} and its builder,
 * {@link io.github.talentrules.sheet.Summary}, {@link io.github.talentrules.sheet.Row} (for
 * {@code rows} and {@code decide}, which stream decided rows in input order) and
 * {@link io.github.talentrules.sheet.Format}; {@link io.github.talentrules.sheet.ScenarioSheet}, scenario
 * tests written as the rows of an XLSX sheet; and {@link io.github.talentrules.sheet.OutputFile}, the one
 * way a file a user asked for is written: whole, or not at all. {@code docs/batch.md} is the guide for staff.
 *
 * <p>This package is the module {@code rules-sheet}: the engine ({@code rules-core}) knows no
 * spreadsheet, and an embedder who decides cases in code does not carry the spreadsheet libraries.
 *
 * <p>Thread-safety: a {@code SheetCheck} is immutable and may run several sheets at once. No
 * method returns {@code null}. Cells are data, never formulas: on output a cell that begins with
 * {@code = + - @}, a tab, CR or NUL is prefixed with {@code '} (CWE-1236); XLSX text cells are
 * written as inline strings, and an input's number, date and boolean cells keep their type.
 */
package io.github.talentrules.sheet;
