/**
 * Reading and compiling packs and cases: a pack's files from the classpath or a folder
 * ({@code PackSource}), its YAML into the records of {@code io.github.talentrules.pack}
 * ({@code PackReader}, over {@code Tree}, which names the file and path of every error), a reform's
 * rules put on top of the pack's ({@code ReformRules}), the one reading of the DRL that every check
 * and answer comes from ({@code RuleIndex}, built with Drools' parser), the folders whose code the
 * user trusts ({@code Trust}), the compiled result
 * ({@code LoadedPack}), and cases read and checked against their programme ({@code CaseReader}).
 *
 * <p>Public so that the engine's packages can reach it; not API: it may change without notice. The
 * entry point is {@code LoadedPack.load}, called by {@code TalentRules.Builder}.
 *
 * <p>Thread-safety: a {@code LoadedPack} is immutable once loaded. Nullness: no method returns
 * {@code null}.
 */
package io.github.talentrules.internal.load;
