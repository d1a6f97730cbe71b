package io.github.talentrules.cli;

import io.github.talentrules.Decision;
import io.github.talentrules.InvalidCaseException;
import io.github.talentrules.TalentRules;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code check CASE...}: decides each case file and prints the decision. */
@Command(name = "check", header = "Decide case files (YAML or JSON) and print each decision with its articles.",
        description = "Decide each case file (YAML or JSON) and print the decision with its articles.",
        sortOptions = false)
final class CheckCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    EngineOptions engine;

    @Option(names = "--json", description = "Print each decision as one line of JSON.")
    boolean json;

    @Option(names = "--reform", paramLabel = "R", description = "Decide under the reform file R (parameter overrides, rules replaced or added).")
    Path reform;

    @Parameters(paramLabel = "CASE", arity = "1..*", description = "Case files: .yaml, .yml or .json.")
    List<Path> cases;

    @Override
    public Integer call() {
        // Only the packs the cases name are compiled (a pack a reform names too).
        List<Path> named = new java.util.ArrayList<>(cases);
        if (reform != null) {
            named.add(reform);
        }
        io.github.talentrules.analysis.Reform r = reform == null ? null : io.github.talentrules.analysis.Reform.read(reform);
        TalentRules rules = Workbench.engine(engine, Workbench.packsNamedBy(named), r);
        var out = spec.commandLine().getOut();
        if (r != null && !json) {
            // As test and diff do: the decisions below are not the pack's own.
            out.println(Workbench.reformLine(engine, r, reform));
        }
        var err = spec.commandLine().getErr();
        int status = ExitCodes.DONE;
        boolean first = true;
        for (Path file : cases) {
            try {
                Decision d = rules.decide(rules.readCase(file));
                if (json) {
                    out.println(d.toJson(engine.language));
                } else {
                    if (!first) {
                        out.println();
                    }
                    out.print(d.explain(engine.language));
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
