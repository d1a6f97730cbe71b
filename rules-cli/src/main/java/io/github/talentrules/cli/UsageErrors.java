package io.github.talentrules.cli;

import io.github.talentrules.Language;
import io.github.talentrules.explain.Text;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A command line picocli cannot parse (an unknown option, a missing parameter, a value of the wrong
 * kind), said in the run's language: {@code --lang} is read from the arguments first (it is itself an
 * option, and may be what is wrong), Chinese unless it says {@code en}. Picocli's own English
 * messages are never shown.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    private final CommandLine root;

    UsageErrors(CommandLine root) {
        this.root = root;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        Language lang = language(args);
        var err = ex.getCommandLine().getErr();
        err.println("talent-rules: " + words(ex).in(lang));
        String command = ex.getCommandLine() == root ? "" : ex.getCommandLine().getCommandName() + " ";
        err.println(lang.pick("运行 'talent-rules " + command + "--help' 查看用法。", "Run 'talent-rules " + command + "--help' for usage."));
        err.flush();
        return ExitCodes.USAGE;
    }

    /** The language the arguments ask for ({@code --lang en}, {@code --lang=en}); Chinese when none, or one not known. */
    static Language language(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                return value.strip().equalsIgnoreCase("en") ? Language.EN : Language.ZH;
            }
        }
        return Language.ZH;
    }

    /** What is wrong, in both languages. */
    static Text words(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            return unmatched(u);
        }
        if (ex instanceof CommandLine.MissingParameterException m && m.getMissing().size() == 1
                && m.getMissing().get(0) instanceof OptionSpec o && !o.required()) {
            // An option given without its value ({@code --lang} last).
            return Text.of("选项 " + o.longestName() + " 缺少它的值（" + o.paramLabel() + "）",
                    "the option " + o.longestName() + " needs a value (" + o.paramLabel() + ")");
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            List<String> names = m.getMissing().stream().map(UsageErrors::name).toList();
            boolean options = m.getMissing().stream().allMatch(ArgSpec::isOption);
            return options
                    ? Text.of("缺少必需的选项 " + String.join("、", names), "missing the required option " + String.join(", ", names))
                    : Text.of("缺少必需的参数 " + String.join("、", names), "missing the required parameter " + String.join(", ", names));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o) {
            String name = name(o.getOverwritten());
            return Text.of("选项 " + name + " 只能给一次", "the option " + name + " may be given only once");
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            return invalid(ex.getArgSpec(), ex.getValue());
        }
        if (ex.getArgSpec() != null) {
            String name = name(ex.getArgSpec());
            return Text.of(name + " 写得不对", name + " is not written as it should be");
        }
        return Text.of("命令行写得不对", "the command line is not written as it should be");
    }

    private static Text unmatched(CommandLine.UnmatchedArgumentException u) {
        List<String> unmatched = u.getUnmatched();
        String first = unmatched.isEmpty() ? "" : unmatched.get(0);
        List<String> suggestions = u.getSuggestions();
        Text meant = suggestions.isEmpty() ? Text.same("")
                : Text.of("（是不是“" + suggestions.get(0) + "”？）", " (did you mean '" + suggestions.get(0) + "'?)");
        if (first.startsWith("-") && first.length() > 1) {
            String option = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
            return Text.of("未知的选项 '" + option + "'", "unknown option '" + option + "'").then(meant);
        }
        // The root command takes no parameter: a word there is a command it does not have.
        if (u.getCommandLine().getCommandSpec().parent() == null && !u.getCommandLine().getSubcommands().isEmpty()) {
            return Text.of("没有命令 '" + first + "'", "no command '" + first + "'").then(meant);
        }
        String all = "'" + String.join("' '", unmatched) + "'";
        return Text.of("多余的参数 " + all, "unexpected argument" + (unmatched.size() == 1 ? " " : "s ") + all).then(meant);
    }

    /** A value that is not of the option's kind: says what kind it must be. */
    private static Text invalid(ArgSpec spec, String value) {
        String name = spec instanceof OptionSpec o ? o.longestName() : name(spec);
        Class<?> type = spec.type();
        Text must;
        if (type == LocalDate.class) {
            must = Text.of("日期须写作 YYYY-MM-DD 且是真实的日期（如 2025-03-01）", "a date is written YYYY-MM-DD and must be a real day (2025-03-01)");
        } else if (type == Language.class) {
            must = Text.of("语言须为 zh 或 en", "the language is zh or en");
        } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            must = Text.of("须为整数", "must be a whole number");
        } else if (type == BigDecimal.class || type == double.class || type == Double.class) {
            must = Text.of("须为数字", "must be a number");
        } else if (type == Path.class) {
            must = Text.of("不是有效的文件路径", "is not a file path");
        } else if (type.isEnum()) {
            List<String> values = java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
            must = Text.of("须为 " + String.join("、", values) + " 之一", "must be one of " + String.join(", ", values));
        } else {
            must = Text.of("无效", "is not valid");
        }
        return Text.of(name + " 的值 '" + value + "' 不对：", "the value '" + value + "' of " + name + " is not valid: ").then(must);
    }

    /** An option by its longest name ({@code --as-of}), a parameter by its label ({@code CASE}). */
    private static String name(ArgSpec spec) {
        if (spec instanceof OptionSpec o) {
            return o.longestName() + (o.arity().max() > 0 ? "=" + o.paramLabel() : "");
        }
        return spec instanceof PositionalParamSpec p ? p.paramLabel() : String.valueOf(spec);
    }
}
