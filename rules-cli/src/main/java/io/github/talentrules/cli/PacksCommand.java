package io.github.talentrules.cli;

import io.github.talentrules.Document;
import io.github.talentrules.Programme;
import io.github.talentrules.RulePack;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code packs}: lists the packs, their documents with in-force dates, and their programmes. */
@Command(name = "packs", header = "List the packs, documents, in-force dates and programmes.",
        description = "List the rule packs, their documents and in-force dates, and the programmes one can apply for.")
final class PacksCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        boolean zh = engine.language == io.github.talentrules.Language.ZH;
        for (RulePack p : engine.engine().packs()) {
            out.println(p.id() + " " + p.version());
            for (Document d : p.documents()) {
                out.println("  " + d.id() + " " + d.title());
                out.println("    " + (zh ? "施行期 " : "in force ") + d.inForceFrom() + " – "
                        + d.inForceUntil().map(Object::toString).orElse(zh ? "（未规定终止日）" : "(no end date)")
                        + " (" + d.inForceArticle() + ")");
                for (Programme prog : p.programmes()) {
                    if (prog.document().equals(d.id())) {
                        out.println("    " + prog.id() + "  " + prog.name(engine.language)
                                + (zh ? "（申报主体：" + (prog.applicant().equals("person") ? "个人" : "单位") + "）" : " (applicant: " + prog.applicant() + ")"));
                    }
                }
            }
        }
        out.flush();
        return ExitCodes.DONE;
    }
}
