package io.github.talentrules.cli;

import io.github.talentrules.InvalidPackException;
import io.github.talentrules.analysis.Reform;
import io.github.talentrules.TalentRules;
import io.github.talentrules.analysis.Validation;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate PATH...}: compiles a pack folder or a reform and reports every error and warning. */
@Command(name = "validate", sortOptions = false,
        header = "Compile a pack folder or a reform and report every error with file and line.",
        description = {"Compile a pack folder (with its pack.yaml) or a reform file on top of its",
            "pack, and report every error with its file, line and message; warn of a",
            "parameter no rule reads and of a rule no article of the table lists; list",
            "what its rules would run beyond the rule helpers (Check, When, Pay, Across),",
            "with file and line: refused unless --trust-code names the folder.",
            "Exit 3 when there is an error."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    EngineOptions engine;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Pack folders and reform files (.yaml).")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int status = ExitCodes.DONE;
        for (Path p : paths) {
            boolean zh = engine.language == io.github.talentrules.Language.ZH;
            Validation v;
            String what;
            if (Files.isDirectory(p)) {
                v = Validation.ofPackFolder(p, engine.trustedFolders.stream().anyMatch(t -> trusts(t, p)));
                what = zh ? "规则包文件夹" : "pack folder";
            } else if (Workbench.isReform(p)) {
                what = zh ? "改革" : "reform";
                v = reform(p);
            } else {
                throw new Refused(io.github.talentrules.explain.Text.of(p + (Files.exists(p) ? ": 既不是规则包文件夹，也不是改革文件（含 reform: 和 pack: 的 YAML）" : ": 没有这个文件或文件夹"),
                        p + (Files.exists(p) ? ": is neither a pack folder nor a reform file (YAML with reform: and pack:)" : ": no such file or folder")));
            }
            int errors = v.errors().size();
            int warnings = v.warnings().size();
            out.println(zh ? p + ": " + (v.ok() ? "无误" : errors + " 个错误") + (warnings == 0 ? "" : "，" + warnings + " 个警告") + "（" + what + "）"
                    : p + ": " + (v.ok() ? "OK" : errors + (errors == 1 ? " error" : " errors"))
                    + (warnings == 0 ? "" : ", " + warnings + (warnings == 1 ? " warning" : " warnings")) + " (" + what + ")");
            // What the rules run beyond the helpers is listed once, below, with a word on trust.
            v.errors().stream().filter(e -> v.runs().stream().noneMatch(e::startsWith))
                    .forEach(e -> out.println((zh ? "  错误：" : "  error: ") + e));
            v.warnings(engine.language).forEach(w -> out.println((zh ? "  警告：" : "  warning: ") + w));
            if (!v.runs().isEmpty()) {
                out.println(zh ? "  超出规则辅助方法运行的代码（" + v.runs().size() + " 处；除非以 --trust-code DIR 信任其文件夹，否则拒绝）："
                        : "  runs beyond the rule helpers (" + v.runs().size() + "; refused unless the folder is trusted: --trust-code DIR):");
                v.runs().forEach(r -> out.println("    " + r));
            }
            if (!v.ok()) {
                status = ExitCodes.INVALID_PACK;
            }
        }
        out.flush();
        return status;
    }

    /** The reform compiled once, on top of its pack (from --pack or the classpath). */
    private Validation reform(Path p) {
        Reform reform;
        try {
            reform = Reform.read(p);
        } catch (InvalidPackException e) {
            return new Validation(p.toString(), e.problems(engine.language), List.of(), List.of());
        }
        try {
            TalentRules reformed = Workbench.engine(engine, Set.of(reform.pack()), reform);
            return Validation.of(reformed, reform.pack(), p.toString());
        } catch (InvalidPackException e) {
            return Validation.refused(p.toString(), e.problems(engine.language), reform);
        }
    }

    /** Whether {@code --trust-code trusted} covers {@code path}. */
    private static boolean trusts(Path trusted, Path path) {
        return path.toAbsolutePath().normalize().startsWith(trusted.toAbsolutePath().normalize());
    }
}
