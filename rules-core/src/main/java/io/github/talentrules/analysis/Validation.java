package io.github.talentrules.analysis;

import io.github.talentrules.InvalidPackException;
import io.github.talentrules.Language;
import io.github.talentrules.explain.Text;
import io.github.talentrules.TalentRules;
import io.github.talentrules.internal.load.LoadedPack;
import io.github.talentrules.internal.load.LoadedPacks;
import io.github.talentrules.internal.load.PackSource;
import io.github.talentrules.internal.load.Trust;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A pack folder or a reform compiled and checked without deciding anything: every error with its
 * file, line where known, and message; warnings of what compiles but is likely a mistake (a
 * parameter that no rule reads, a rule that no article of the table lists); and what its rules would
 * run beyond the rule helpers, which they may only where the user trusts the folder.
 *
 * @param subject what was checked (the folder or the reform file)
 * @param errors each as {@code file:line: message} where a line is known; empty when it compiles
 * @param warnings each a sentence naming the parameter or rule
 * @param runs what the rules would run beyond the rule helpers ({@code Check}, {@code When},
 *        {@code Pay}, {@code Across}) and the reads of the case's facts and parameters, each as
 *        {@code file:line: rule 'name' calls System.exit(...)...}; empty when they run only those. Each
 *        is also an error unless the folder is trusted.
 */
public record Validation(String subject, List<String> errors, List<String> warnings, List<String> runs, List<Text> warningWords) {

    /**
     * @param warningWords the warnings in both languages, in the same order ({@link #warnings(Language)});
     *        the warnings in English when it is not given as many
     */
    public Validation {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        runs = List.copyOf(runs);
        warningWords = warningWords.size() == warnings.size() ? List.copyOf(warningWords) : warnings.stream().map(Text::same).toList();
    }

    /** A validation whose warnings read the same in both languages. */
    public Validation(String subject, List<String> errors, List<String> warnings, List<String> runs) {
        this(subject, errors, warnings, runs, List.of());
    }

    /** Its warnings with the same words in both languages. */
    private static Validation of(String subject, List<String> errors, List<Text> warnings, List<String> runs) {
        return new Validation(subject, errors, warnings.stream().map(Text::en).toList(), runs, warnings);
    }

    /** The warnings in {@code language}. */
    public List<String> warnings(Language language) {
        return warningWords.stream().map(t -> t.in(language)).toList();
    }

    /** Nothing stops the pack or reform from being used (warnings may remain). */
    public boolean ok() {
        return errors.isEmpty();
    }

    /**
     * Compiles and checks the pack in {@code folder} (holding its {@code pack.yaml}).
     *
     * @param trusted whether the user trusts the folder's code to run beyond the rule helpers
     */
    public static Validation ofPackFolder(Path folder, boolean trusted) {
        if (!Files.isRegularFile(folder.resolve("pack.yaml"))) {
            return new Validation(folder.toString(), List.of(folder + ": holds no pack.yaml (give a pack folder or a reform file)"),
                    List.of(), List.of());
        }
        PackSource src = PackSource.folder(folder);
        List<String> runs = LoadedPack.runs(src, null);
        try {
            Trust trust = trusted ? new Trust(List.of(folder)) : Trust.NONE;
            return of(folder.toString(), List.of(), LoadedPack.load(src, null, trust).warningWords(), runs);
        } catch (InvalidPackException e) {
            return new Validation(folder.toString(), e.problems(), List.of(), runs);
        }
    }

    /**
     * Reads the reform in {@code file} and compiles it on top of its pack, which {@code rules} must
     * have; its rules may run beyond the helpers where {@code rules} was built to trust its folder.
     */
    public static Validation ofReform(Path file, TalentRules rules) {
        try {
            Reform reform = Reform.read(file);
            List<String> runs = LoadedPack.runs(null, reform);
            try {
                TalentRules reformed = rules.withReform(reform);
                return of(file.toString(), List.of(), LoadedPacks.of(reformed, reform.pack()).warningWords(), runs);
            } catch (InvalidPackException e) {
                return new Validation(file.toString(), e.problems(), List.of(), runs);
            }
        } catch (InvalidPackException e) {
            return new Validation(file.toString(), e.problems(), List.of(), List.of());
        }
    }

    /**
     * The warnings of a pack an engine has already loaded, under the reform it was built with if
     * any (the engine compiled it, so there is no error to report), and what that reform's rules run
     * beyond the helpers.
     */
    public static Validation of(TalentRules rules, String packId, String subject) {
        return of(subject, List.of(), LoadedPacks.of(rules, packId).warningWords(),
                rules.reform(packId).map(r -> LoadedPack.runs(null, r)).orElse(List.of()));
    }

    /** A reform its engine refused: the errors, and what the reform's rules would run beyond the helpers. */
    public static Validation refused(String subject, List<String> errors, Reform reform) {
        return new Validation(subject, errors, List.of(), LoadedPack.runs(null, reform));
    }
}
