package io.github.talentrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@code talent-rules COMMAND --help}, and help wrapped at the terminal's width without cutting a word (issue 14). */
class HelpTest {

    static Run run(int width, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), width).execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "batch", "packs", "test", "diff", "validate", "serve"})
    void everyCommandsHelpOptionPrintsItsHelpAndExitsZero(String command) {
        Run r = run(80, command, "--help");

        assertThat(r.status()).as(r.err()).isEqualTo(ExitCodes.DONE);
        assertThat(r.out()).contains("Usage: talent-rules " + command).contains("-h, --help");
        assertThat(run(80, "help", command).out()).isEqualTo(r.out());
        assertThat(run(80, command, "-h").status()).isEqualTo(ExitCodes.DONE);
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 60, 80, 120})
    void helpFitsTheWidthAndNeverCutsAnIdAcrossLines(int width) {
        for (String command : List.of("", "batch", "packs", "check", "diff")) {
            String help = command.isEmpty() ? run(width, "--help").out() : run(width, command, "--help").out();
            for (String line : help.split("\n")) {
                boolean oneLongWord = line.strip().replaceAll(" \\\\$", "").split(" +").length == 1; // never cut, even past the width
                assertThat(HelpText.columns(line)).as("%s at %d: %s", command, width, line).matches(n -> n <= width || oneLongWord);
                assertThat(line).as("an id cut at its dot or hyphen").doesNotEndWith("zhengzhou.").doesNotEndWith("zhengzhou.intl-")
                        .doesNotEndWith("intl-");
            }
        }
        String root = run(width, "--help").out();
        assertThat(root.replaceAll(" \\\\\n +", " ")).as("an example continues after a backslash, whole")
                .contains("talent-rules batch names.csv -o out.csv --program zhengzhou.intl-training");
        assertThat(run(width, "batch", "--help").out()).contains("zhengzhou.intl-training");
    }

    @Test
    void chineseTextBreaksBetweenCharactersAndEnglishOnlyAtSpaces() {
        String wrapped = HelpText.wrap("  --program=ID   The programme of rows without a 程序/项目/program column, e.g. zhengzhou.intl-training.",
                40, false);
        assertThat(wrapped).isEqualTo(String.join("\n",
                "  --program=ID   The programme of rows",
                "                 without a",
                "                 程序/项目/program",
                "                 column, e.g.",
                "                 zhengzhou.intl-training."));
        assertThat(HelpText.wrap("审核人认定的事实：每一项都是一个是或否的单元格，写在表头所列的列中", 20, false).lines())
                .allMatch(l -> HelpText.columns(l) <= 20).hasSize(4);
    }

    @Test
    void theWidthIsTheTerminalsWhenKnown() {
        assertThat(HelpText.width("132")).isEqualTo(132);
        assertThat(HelpText.width(null)).isEqualTo(80);
        assertThat(HelpText.width("abc")).isEqualTo(80);
        assertThat(HelpText.width("10")).as("too narrow to read").isEqualTo(80);
    }
}
