package io.github.talentrules.analysis;

import io.github.talentrules.InvalidPackException;
import io.github.talentrules.TalentRules;
import io.github.talentrules.internal.load.LoadedPack;
import io.github.talentrules.internal.load.LoadedPacks;
import io.github.talentrules.internal.load.PackSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A pack folder or a reform compiled and checked without deciding anything: every error with its
 * file, line where known, and message; and warnings of what compiles but is likely a mistake (a
 * parameter that no rule reads, a rule that no article of the table lists).
 *
 * @param subject what was checked (the folder or the reform file)
 * @param errors each as {@code file:line: message} where a line is known; empty when it compiles
 * @param warnings each a sentence naming the parameter or rule
 */
public record Validation(String subject, List<String> errors, List<String> warnings) {

    public Validation {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** Nothing stops the pack or reform from being used (warnings may remain). */
    public boolean ok() {
        return errors.isEmpty();
    }

    /** Compiles and checks the pack in {@code folder} (holding its {@code pack.yaml}). */
    public static Validation ofPackFolder(Path folder) {
        if (!Files.isRegularFile(folder.resolve("pack.yaml"))) {
            return new Validation(folder.toString(), List.of(folder + ": holds no pack.yaml (give a pack folder or a reform file)"), List.of());
        }
        try {
            return new Validation(folder.toString(), List.of(), LoadedPack.load(PackSource.folder(folder)).warnings());
        } catch (InvalidPackException e) {
            return new Validation(folder.toString(), e.problems(), List.of());
        }
    }

    /** Reads the reform in {@code file} and compiles it on top of its pack, which {@code rules} must have. */
    public static Validation ofReform(Path file, TalentRules rules) {
        try {
            Reform reform = Reform.read(file);
            TalentRules reformed = rules.withReform(reform);
            return new Validation(file.toString(), List.of(), LoadedPacks.of(reformed, reform.pack()).warnings());
        } catch (InvalidPackException e) {
            return new Validation(file.toString(), e.problems(), List.of());
        }
    }

    /**
     * The warnings of a pack an engine has already loaded, under the reform it was built with if
     * any (the engine compiled it, so there is no error to report).
     */
    public static Validation of(TalentRules rules, String packId, String subject) {
        return new Validation(subject, List.of(), LoadedPacks.of(rules, packId).warnings());
    }
}
