// Turns case files into one sheet with Chinese headers: a row per case, a column per fact and
// attestation the cases' programmes declare (the pack's Chinese labels), after 案例, 项目 and 基准日.
// A list of records (the visiting experts of a project) takes numbered columns, 来访专家1·姓名, ..., as
// many as the longest list of the cases.
// Run it with the command-line jar on the class path, from the repository root:
//
//   java -cp rules-cli/target/talent-rules.jar examples/sheets/CasesToSheet.java examples/cases/henan examples/sheets/henan.csv
//
// `batch` on the sheet gives each row the decision `check` gives its case file.
import io.github.talentrules.Case;
import io.github.talentrules.pack.FactSpec;
import io.github.talentrules.pack.Programme;
import io.github.talentrules.TalentRules;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

public class CasesToSheet {
    public static void main(String[] args) throws IOException {
        TalentRules rules = TalentRules.fromClasspath();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json")).sorted().toList();
        }
        List<Case> cases = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Path f : files) {
            Case c = rules.readCase(f);
            cases.add(c);
            Programme p = rules.programme(c.programme());
            for (FactSpec x : p.facts()) {
                if (x.type() == FactSpec.Type.RECORDS) {
                    int n = c.facts().get(x.name()) instanceof List<?> l ? l.size() : 0;
                    for (int i = 1; i <= n; i++) {
                        for (FactSpec field : x.fields()) {
                            add(labels, x.zh() + i + "·" + field.zh());
                        }
                    }
                    continue;
                }
                add(labels, x.zh());
            }
            for (FactSpec x : p.attestations()) {
                add(labels, x.zh());
            }
        }
        StringBuilder out = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>(List.of("案例", "项目", "基准日"));
        header.addAll(labels);
        line(out, header);
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Programme p = rules.programme(c.programme());
            List<String> row = new ArrayList<>(List.of(files.get(i).getFileName().toString(), c.programme(), c.asOf().toString()));
            labels.forEach(l -> row.add(""));
            c.facts().forEach((k, v) -> {
                FactSpec spec = p.fact(k).orElseThrow();
                if (spec.type() != FactSpec.Type.RECORDS) {
                    row.set(3 + labels.indexOf(spec.zh()), cell(v));
                    return;
                }
                List<?> records = (List<?>) v;
                for (int r = 0; r < records.size(); r++) {
                    for (var field : ((java.util.Map<?, ?>) records.get(r)).entrySet()) {
                        String label = spec.zh() + (r + 1) + "·" + spec.field(field.getKey().toString()).orElseThrow().zh();
                        row.set(3 + labels.indexOf(label), cell(field.getValue()));
                    }
                }
            });
            c.attestations().forEach((k, v) -> row.set(3 + labels.indexOf(p.attestation(k).orElseThrow().zh()), cell(v)));
            line(out, row);
        }
        Files.writeString(Path.of(args[1]), out, StandardCharsets.UTF_8);
    }

    static void add(List<String> labels, String label) {
        if (!labels.contains(label)) {
            labels.add(label);
        }
    }

    static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Boolean b) {
            return b ? "是" : "否";
        }
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof List<?> l) {
            return String.join("、", l.stream().map(Object::toString).toList());
        }
        return v.toString();
    }

    static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String s = cells.get(i);
            out.append(i == 0 ? "" : ",");
            out.append(s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s);
        }
        out.append("\r\n");
    }
}
