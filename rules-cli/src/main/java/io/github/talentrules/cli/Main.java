package io.github.talentrules.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code java -jar talent-rules.jar <command>}. */
@Command(name = "talent-rules",
        mixinStandardHelpOptions = true,
        version = "talent-rules 0.1.0",
        header = "Decides talent-programme cases by the rules of the policy documents, article by article.",
        description = {
            "",
            "Examples:",
            "  talent-rules check examples/cases/zhengzhou/intl-training.yaml",
            "  talent-rules check --lang en --json case.yaml",
            "  talent-rules find examples/profiles/person.yaml",
            "  talent-rules batch examples/sheets/zhengzhou-intl-training.xlsx -o out.xlsx",
            "  talent-rules batch names.csv -o out.csv --program zhengzhou.intl-training",
            "  talent-rules packs",
            "  talent-rules template zhengzhou.intl-training -o 名单.xlsx",
            "  talent-rules serve --port 8080",
            "  talent-rules test --coverage examples/reforms",
            "  talent-rules diff --reform examples/reforms/zhengzhou-age-50.yaml sheet.csv",
            ""},
        subcommands = {CheckCommand.class, FindCommand.class, BatchCommand.class, PacksCommand.class, TemplateCommand.class, TestCommand.class, DiffCommand.class, ValidateCommand.class, ServeCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every case was decided",
            "1:done, but some cases, rows or scenarios failed",
            "2:bad invocation or unreadable input (the message names the file and field)",
            "3:an invalid rule pack or reform (the message names the file and line)",
            "4:internal error (run again with -x for the stack trace)"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args));
    }

    /** The one factory used by {@link #main} and by the in-process tests: help wrapped at the terminal's width. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, HelpText.width(System.getenv("COLUMNS")));
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, int helpWidth) {
        CommandLine cl = new CommandLine(new Main());
        HelpText.install(cl, helpWidth);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new Failures());
        cl.setExecutionStrategy(Failures::execute);
        cl.setParameterExceptionHandler(new UsageErrors(cl));
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
