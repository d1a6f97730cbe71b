package io.github.talentrules.cli;

import io.github.talentrules.InvalidCaseException;
import io.github.talentrules.InvalidPackException;
import io.github.talentrules.Language;
import io.github.talentrules.sheet.OutputFile;
import picocli.CommandLine;

/** Turns an exception into a one-line message and an exit status; the stack trace only with -x. */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    /**
     * Runs the command, and turns running out of memory (an Error, which picocli lets through) into
     * one line and exit 4, as the README promises, for every command: no stack trace.
     */
    static int execute(CommandLine.ParseResult parsed) {
        try {
            return new CommandLine.RunLast().execute(parsed);
        } catch (OutOfMemoryError e) {
            var err = parsed.commandSpec().commandLine().getErr();
            long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
            err.println("talent-rules: " + language(parsed).pick(
                    "内存不足（Java 堆 " + mb + " MB）：请给 Java 更多内存（java -Xmx2g -jar …），或减少、缩小输入的文件",
                    "out of memory (" + mb + " MB of Java heap): give Java more memory (java -Xmx2g -jar ...), or fewer or smaller files"));
            err.flush();
            return ExitCodes.INTERNAL;
        }
    }

    /** The language the command was asked to speak ({@code --lang}), Chinese unless it says otherwise. */
    static Language language(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult p = parsed;
        while (p.hasSubcommand()) {
            p = p.subcommand();
        }
        return p.hasMatchedOption("--lang") ? p.matchedOptionValue("--lang", io.github.talentrules.Language.ZH)
                : io.github.talentrules.Language.ZH;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        boolean trace = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("-x")) || parsed.hasMatchedOption("-x");
        var err = cl.getErr();
        int code;
        Language lang = language(parsed);
        if (ex instanceof InvalidPackException p) {
            err.println("talent-rules: " + p.message(lang));
            code = ExitCodes.INVALID_PACK;
        } else if (ex instanceof InvalidCaseException c) {
            err.println("talent-rules: " + c.message(lang));
            code = ExitCodes.USAGE;
        } else if (ex instanceof io.github.talentrules.sheet.UnreadableSheetException u) {
            err.println("talent-rules: " + u.message(lang));
            code = ExitCodes.USAGE;
        } else if (ex instanceof Refused r) {
            err.println("talent-rules: " + r.words().in(lang));
            code = ExitCodes.USAGE;
        } else if (ex instanceof OutputFile.Unwritable w) {
            err.println("talent-rules: " + w.message(lang));
            code = ExitCodes.USAGE;
        } else if (ex instanceof IllegalArgumentException || ex instanceof java.io.UncheckedIOException) {
            // Words the command did not make itself, in English: a Chinese run says what kind of failure it is.
            err.println("talent-rules: " + (lang == Language.ZH ? "输入有误（英文原文）：" : "") + ex.getMessage());
            code = ExitCodes.USAGE;
        } else {
            err.println("talent-rules: " + lang.pick("内部错误" + (trace ? "" : "（加 -x 重新运行可看到详细的堆栈信息）"),
                    "internal error" + (trace ? "" : " (run with -x for the stack trace)")));
            code = ExitCodes.INTERNAL;
        }
        if (trace) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }
}
