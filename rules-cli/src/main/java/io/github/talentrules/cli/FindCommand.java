package io.github.talentrules.cli;

import io.github.talentrules.InvalidCaseException;
import io.github.talentrules.TalentRules;
import io.github.talentrules.find.Ranking;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code find PROFILE...}: which programmes fit a person or a unit, and what would make each eligible. */
@Command(name = "find", header = "Rank every programme for a person's or a unit's profile, with what would make each eligible.",
        description = {"Decide a profile (YAML or JSON: applicant person|unit, asOf, facts, attestations; no programme)",
                "against every programme of every pack for that kind of applicant, each reading the facts it declares.",
                "Eligible programmes come first (most funding first), then those needing review (with what is missing),",
                "then the ineligible (with the articles that fail); each not eligible with the smallest change that would",
                "turn each finding (如何符合条件), confirmed by deciding the changed case again. Programmes whose document is",
                "not in force on the date are listed apart."},
        sortOptions = false)
final class FindCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    EngineOptions engine;

    @Option(names = "--json", description = "Print each ranking as one line of JSON.")
    boolean json;

    @Option(names = "--one-change", description = "List only the programmes a single change of a fact would lift, with that change.")
    boolean oneChange;

    @Parameters(paramLabel = "PROFILE", arity = "1..*", description = "Profile files: .yaml, .yml or .json.")
    List<Path> profiles;

    @Override
    public Integer call() {
        TalentRules rules = engine.engine();
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        int status = ExitCodes.DONE;
        boolean first = true;
        for (Path file : profiles) {
            try {
                Ranking r = rules.find(rules.readProfile(file));
                if (json) {
                    out.println(r.toJson(engine.language));
                } else {
                    if (!first) {
                        out.println();
                    }
                    out.print(r.text(engine.language, oneChange));
                }
                first = false;
            } catch (InvalidCaseException e) {
                err.println("talent-rules: " + e.message(engine.language));
                status = ExitCodes.USAGE;
            }
        }
        out.flush();
        return status;
    }
}
