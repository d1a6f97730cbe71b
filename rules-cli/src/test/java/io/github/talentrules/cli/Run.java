package io.github.talentrules.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** A command run in process, with what it printed. */
record Run(int status, String out, String err) {
    static final String DEMO_PACK = "../rules-core/src/test/resources/packs/demo";
    static final String WORKBENCH = "../rules-core/src/test/resources/workbench";

    static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(status, out.toString(), err.toString());
    }
}
