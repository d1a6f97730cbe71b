package io.github.talentrules.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.talentrules.pack.Document;
import io.github.talentrules.pack.FactSpec;
import io.github.talentrules.Language;
import io.github.talentrules.pack.Parameter;
import io.github.talentrules.pack.Programme;
import io.github.talentrules.pack.RulePack;
import io.github.talentrules.TalentRules;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** What one can apply for: {@code /api/programmes} (by pack and document) and {@code /api/programmes/{id}} (its form). */
final class Programmes {
    private final TalentRules rules;
    private final Map<String, RulePack> packOf = new LinkedHashMap<>();

    Programmes(TalentRules rules) {
        this.rules = rules;
        for (RulePack p : rules.packs()) {
            p.programmes().forEach(x -> packOf.put(x.id(), p));
        }
    }

    int count() {
        return packOf.size();
    }

    /** Every pack, its documents with their in-force dates, and the programmes of each. */
    String list(Language language) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        var packs = root.putArray("packs");
        for (RulePack p : rules.packs()) {
            ObjectNode pack = packs.addObject().put("id", p.id()).put("version", p.version());
            var documents = pack.putArray("documents");
            for (Document d : p.documents()) {
                ObjectNode doc = document(documents.addObject(), d);
                var programmes = doc.putArray("programmes");
                p.programmes().stream().filter(x -> x.document().equals(d.id())).forEach(x ->
                        programmes.addObject().put("id", x.id()).put("name", x.name(language)).put("applicant", x.applicant()));
            }
        }
        return Json.write(root);
    }

    /**
     * One programme: its document, the facts and attestations a case gives (labels, types, choices),
     * and the parameters of its document in force on {@code asOf}.
     *
     * @throws Problem 404 when no pack has it
     */
    String describe(String id, LocalDate asOf, Language language) {
        RulePack pack = packOf.get(id);
        if (pack == null) {
            throw Problem.of(Problem.Kind.NOT_FOUND, "没有编号为“" + id + "”的项目；GET /api/programmes 列出所有项目",
                    "no programme '" + id + "'; GET /api/programmes lists them all").at("id");
        }
        Programme p = rules.programme(id);
        Document d = pack.document(p.document());
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("id", p.id()).put("name", p.name(language)).put("applicant", p.applicant()).put("pack", pack.id());
        root.put("asOf", asOf.toString());
        document(root.putObject("document"), d).put("inForceOnAsOf", d.inForceOn(asOf));
        var facts = root.putArray("facts");
        p.facts().forEach(f -> facts.add(FactForm.describe(f, language)));
        var attestations = root.putArray("attestations");
        for (FactSpec a : p.attestations()) {
            ObjectNode o = attestations.addObject().put("name", a.name()).put("label", a.label(language));
            if (!a.hint().isEmpty()) {
                o.put("hint", a.hint());
            }
        }
        var parameters = root.putArray("parameters");
        // By key: the engine's map has no order of its own (a different one in every JVM).
        for (Parameter x : new TreeMap<>(rules.parameters(pack.id())).values()) {
            if (!x.article().startsWith(d.id())) {
                continue; // a parameter of the pack's other document
            }
            LocalDate from = x.values().floorKey(asOf);
            ObjectNode o = parameters.addObject().put("key", x.key()).put("description", x.description(language))
                    .put("article", x.article()).put("unit", x.unit());
            o.set("value", Json.MAPPER.valueToTree(x.valueOn(asOf)));
            o.put("from", (from != null ? from : x.values().firstKey()).toString());
        }
        return Json.write(root);
    }

    private static ObjectNode document(ObjectNode o, Document d) {
        o.put("id", d.id()).put("title", d.title()).put("issuer", d.issuer());
        ObjectNode inForce = o.putObject("inForce").put("from", d.inForceFrom().toString());
        d.inForceUntil().ifPresent(u -> inForce.put("until", u.toString()));
        inForce.put("article", d.inForceArticle());
        return o;
    }
}
