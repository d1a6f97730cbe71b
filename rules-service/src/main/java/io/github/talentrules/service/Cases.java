package io.github.talentrules.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.talentrules.Batch;
import io.github.talentrules.Case;
import io.github.talentrules.Decision;
import io.github.talentrules.Finding;
import io.github.talentrules.InvalidCaseException;
import io.github.talentrules.Language;
import io.github.talentrules.TalentRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Cases in, decisions out: {@code /api/decide}, {@code /api/decide-all}, and a profile ranked, {@code /api/find}. The cases are read and
 * decided by the engine as the command line reads and decides case files; nothing here judges.
 */
final class Cases {
    private final TalentRules rules;

    Cases(TalentRules rules) {
        this.rules = rules;
    }

    /** One case (a case file's JSON) to its decision's JSON. */
    String decide(String body, Language language) {
        empty(body);
        return rules.decide(read(body, "request.json", "")).toJson(language);
    }

    /**
     * {@code {"cases": [...]}} to {@code {"decisions": [...], "findings": [...]}}: the cases decided
     * together, with the rules over a batch, whose findings about the batch as a whole come apart.
     * Every case is read before any is decided; a batch with bad cases is refused naming each.
     */
    String decideAll(String body, Language language) {
        empty(body);
        JsonNode root = Json.read(body);
        JsonNode list = root.path("cases");
        if (!root.isObject() || !list.isArray() || root.size() != 1) {
            throw Problem.of(Problem.Kind.BAD_REQUEST, "请求体须为 {\"cases\": [案例, ...]}",
                    "the body must be {\"cases\": [case, ...]}").at("cases");
        }
        List<Case> cases = new ArrayList<>(list.size());
        List<Problem.Fault> faults = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "cases[" + i + "]";
            try {
                cases.add(read(list.get(i).toString(), at + ".json", at));
            } catch (Problem p) {
                faults.add(new Problem.Fault(p.fieldOr(at), p.detail(language)));
            }
        }
        if (!faults.isEmpty()) {
            throw Problem.of(Problem.Kind.INVALID_CASE, faults.size() + " 个案例有误，未判定任何案例",
                    faults.size() + " of the cases cannot be read; none was decided").at(faults.get(0).field()).with(faults);
        }
        Batch batch = rules.decideAll(cases);
        StringBuilder out = new StringBuilder(4096 * cases.size() + 64).append("{\"decisions\":[");
        List<Decision> decisions = batch.decisions();
        for (int i = 0; i < decisions.size(); i++) {
            out.append(i == 0 ? "" : ",").append(decisions.get(i).toJson(language));
        }
        return out.append("],\"findings\":").append(Json.write(findings(batch, language))).append('}').toString();
    }

    /**
     * A profile (a case file's JSON with {@code applicant} instead of {@code program}) to its ranking's
     * JSON, as {@code find --json} prints it: every programme of the applicant's kind, with suggestions.
     */
    String find(String body, Language language) {
        empty(body);
        try {
            return rules.find(rules.readProfile(body, "request.json")).toJson(language);
        } catch (InvalidCaseException e) {
            throw invalid(e, "");
        }
    }

    /** A body with nothing in it is refused as such: it is no case "file" that is empty. */
    private static void empty(String body) {
        if (body.isBlank()) {
            throw Problem.of(Problem.Kind.BAD_REQUEST, "请求体是空的：请发送 JSON", "the body is empty: send JSON");
        }
    }

    /** The findings over the batch as a whole, each with its line of {@link Batch#explainFindings}. */
    private static ArrayNode findings(Batch batch, Language language) {
        List<String> lines = batch.explainFindings(language).lines().toList();
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        List<Finding> findings = batch.findings();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            out.addObject().put("rule", f.rule()).put("article", f.article()).put("status", f.status().name())
                    .put("text", i < lines.size() ? lines.get(i) : "");
        }
        return out;
    }

    /**
     * Reads a case as the engine reads a case file, so that every error names the field as the
     * command line does; {@code prefix} places the field inside the request.
     */
    private Case read(String json, String source, String prefix) {
        try {
            return rules.readCase(json, source);
        } catch (InvalidCaseException e) {
            throw invalid(e, prefix);
        }
    }

    /** A case or profile that cannot be read, as a problem naming the field; {@code prefix} places it in the request. */
    private static Problem invalid(InvalidCaseException e, String prefix) {
        String field = e.field().isEmpty() ? prefix : prefix.isEmpty() ? e.field() : prefix + "." + e.field();
        Problem p = Problem.of(Problem.Kind.INVALID_CASE,
                (field.isEmpty() ? "" : field + "：") + e.reason(io.github.talentrules.Language.ZH),
                (field.isEmpty() ? "" : field + ": ") + e.reason(io.github.talentrules.Language.EN));
        return field.isEmpty() ? p : p.at(field);
    }
}
