package io.github.talentrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** What every command does when it fails in a way no command foresaw. */
class FailuresTest {

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void runningOutOfMemoryIsOneLineAndExitFourNotAStackTrace() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        cl.addSubcommand("boom", new Boom());

        int status = cl.execute("boom");

        assertThat(status).isEqualTo(ExitCodes.INTERNAL);
        assertThat(err.toString()).startsWith("talent-rules: 内存不足（Java 堆 ").contains("MB）：请给 Java 更多内存")
                .doesNotContain("\tat ").hasLineCount(1);
        assertThat(out.toString()).isEmpty();
    }
}
