package io.github.talentrules.cli;

import io.github.talentrules.pack.Document;
import io.github.talentrules.pack.Programme;
import io.github.talentrules.pack.RulePack;
import java.util.List;
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

    @picocli.CommandLine.Option(names = "--facts", paramLabel = "PROGRAMME", arity = "0..1", fallbackValue = "",
            description = "Also list each programme's facts and attestations: the name a case file uses, the Chinese "
                    + "and English labels a sheet's headers may use, the type and the values allowed. "
                    + "With a programme id (--facts zhengzhou.intl-training), that programme alone.")
    String facts;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        boolean zh = engine.language == io.github.talentrules.Language.ZH;
        io.github.talentrules.TalentRules rules = engine.engine();
        if (facts != null && !facts.isEmpty()) {
            // One programme alone: what a sheet of it needs, without the other programmes around it.
            Programme prog = rules.programme(Workbench.programme(rules, facts));
            for (RulePack p : rules.packs()) {
                for (Document d : p.documents()) {
                    if (prog.document().equals(d.id()) && p.programmes().contains(prog)) {
                        printProgramme(out, prog, zh);
                        printDocument(out, "  ", d, zh);
                        printFacts(out, prog, zh);
                    }
                }
            }
            out.flush();
            return ExitCodes.DONE;
        }
        for (RulePack p : rules.packs()) {
            out.println(p.id() + " " + p.version());
            for (Document d : p.documents()) {
                printDocument(out, "  ", d, zh);
                for (Programme prog : p.programmes()) {
                    if (prog.document().equals(d.id())) {
                        out.print("    ");
                        printProgramme(out, prog, zh);
                        if (facts != null) {
                            printFacts(out, prog, zh);
                        }
                    }
                }
            }
        }
        out.flush();
        return ExitCodes.DONE;
    }

    private static void printDocument(java.io.PrintWriter out, String indent, Document d, boolean zh) {
        out.println(indent + d.id() + " " + d.title());
        out.println(indent + "  " + (zh ? "施行期 " : "in force ") + d.inForceFrom() + " – "
                + d.inForceUntil().map(Object::toString).orElse(zh ? "（未规定终止日）" : "(no end date)")
                + (zh ? "（" + d.inForceArticle() + "）"
                        : " (" + io.github.talentrules.explain.Citation.of(d.inForceArticle(), io.github.talentrules.Language.EN) + ")"));
    }

    private void printProgramme(java.io.PrintWriter out, Programme prog, boolean zh) {
        out.println(prog.id() + "  " + prog.name(engine.language)
                + (zh ? "（申报主体：" + (prog.applicant().equals("person") ? "个人" : "单位") + "）" : " (applicant: " + prog.applicant() + ")"));
    }

    private static void printFact(java.io.PrintWriter out, String indent, io.github.talentrules.pack.FactSpec f, boolean zh) {
        out.println(indent + f.name() + "  " + f.zh() + " / " + f.en() + "  [" + (zh ? TYPES_ZH.get(f.type()) : f.type().name().toLowerCase(java.util.Locale.ROOT))
                + choices(f, zh) + "]");
    }

    /** A fact's type in Chinese words, where English runs give its name ({@code boolean}, {@code level}). */
    private static final java.util.Map<io.github.talentrules.pack.FactSpec.Type, String> TYPES_ZH = java.util.Map.of(
            io.github.talentrules.pack.FactSpec.Type.DATE, "日期", io.github.talentrules.pack.FactSpec.Type.INTEGER, "整数",
            io.github.talentrules.pack.FactSpec.Type.DECIMAL, "数字", io.github.talentrules.pack.FactSpec.Type.YUAN, "金额（元）",
            io.github.talentrules.pack.FactSpec.Type.BOOLEAN, "是/否", io.github.talentrules.pack.FactSpec.Type.TEXT, "文字",
            io.github.talentrules.pack.FactSpec.Type.LEVEL, "等级", io.github.talentrules.pack.FactSpec.Type.CODE, "代码",
            io.github.talentrules.pack.FactSpec.Type.CODES, "代码列表", io.github.talentrules.pack.FactSpec.Type.RECORDS, "记录列表");

    /** The values a fact takes: all of them when they fit on a line, else how many and from which vocabulary. */
    private static String choices(io.github.talentrules.pack.FactSpec f, boolean zh) {
        List<String> values = f.values();
        String colon = zh ? "：" : ": ";
        if (values.size() <= 24) {
            return values.isEmpty() ? "" : colon + String.join(" ", values);
        }
        String first = colon + String.join(" ", values.subList(0, 3)) + " … ";
        return zh ? first + "共 " + values.size() + " 个代码" + f.vocabulary().map(v -> "，见词表 " + v.name()).orElse("") + "；`template` 列出其文字"
                : first + values.size() + " codes" + f.vocabulary().map(v -> " of the vocabulary " + v.name()).orElse("") + "; `template` lists their words";
    }

    private static void printFacts(java.io.PrintWriter out, Programme prog, boolean zh) {
        for (io.github.talentrules.pack.FactSpec f : prog.facts()) {
            printFact(out, "      ", f, zh);
            // A list of records: its fields, each a sheet's numbered columns (来访专家1·姓名).
            for (io.github.talentrules.pack.FactSpec field : f.fields()) {
                printFact(out, "        " + f.name() + "[n].", field, zh);
            }
        }
        for (io.github.talentrules.pack.FactSpec a : prog.attestations()) {
            out.println("      " + a.name() + "  " + a.zh() + " / " + a.en() + (zh ? "  [审核人认定：true/false]" : "  [attestation: true/false]"));
        }
    }
}
