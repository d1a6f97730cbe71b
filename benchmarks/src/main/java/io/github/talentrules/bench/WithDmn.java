package io.github.talentrules.bench;

import io.github.talentrules.Case;
import io.github.talentrules.Outcome;
import io.github.talentrules.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/**
 * 中青年人才国际化培养项目 as DMN decision tables ({@code dmn/intl-training.dmn}) in Camunda's DMN engine,
 * one table per finding, the outcome aggregated after. Gives the same findings as the pack.
 */
final class WithDmn {
    private final DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final Map<String, DmnDecision> decisions = new HashMap<>();

    WithDmn() {
        try (InputStream in = WithDmn.class.getResourceAsStream("/dmn/intl-training.dmn")) {
            for (DmnDecision d : engine.parseDecisions(in)) {
                decisions.put(d.getKey(), d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HandWritten.Result decide(Case c) {
        Map<String, Object> vars = new HashMap<>(c.facts());
        vars.put("asOf", c.asOf());
        for (String fact : List.of("employedInZhengzhou", "nationality", "birthDate", "foreignLanguageQualified",
                "abroadContinuousMonths", "groupTrainee", "degree", "professionalTitle", "vocationalQualification",
                "enterpriseSeniorManager", "trainingDays")) {
            vars.putIfAbsent(fact, null);
        }
        List<HandWritten.Found> out = new ArrayList<>(12);
        out.add(found("0 基准日在文件施行期内", evaluate("inForce", vars)));
        out.add(found("9 申报人为我市一线工作人才", flag(c.facts().get("employedInZhengzhou"))));
        out.add(found("9.1 拥有中国国籍", evaluate("nationality", vars)));
        out.add(found("9.1 政治立场与品德（审核人认定）", flag(c.attestations().get("politicalAndMoralStanding"))));
        out.add(found("9.1 事业心、专业基础与创新能力（审核人认定）", flag(c.attestations().get("professionalCompetence"))));
        out.add(found("9.2 身心健康（审核人认定）", flag(c.attestations().get("healthy"))));
        out.add(found("9.2 年龄上限", evaluate("age", vars)));
        DmnDecisionRuleResult language = evaluate("language", vars);
        out.add(found("9.3 外语能力满足条件之一", language));
        vars.put("language", language.get("status"));
        DmnDecisionRuleResult relax = evaluate("relax", vars);
        boolean relaxed = relax != null;
        if (relaxed) {
            out.add(found("9.3 随团组参训人员外语能力可适当放宽", relax));
        }
        out.add(found("9.4 学位、职称、职业资格或企业高管职务满足其一", evaluate("qualification", vars)));
        DmnDecisionRuleResult tier = evaluate("tier", vars);
        out.add(found("14 按培养时间分档资助", tier));
        Object amount = tier.get("amount");

        boolean fail = false;
        boolean review = false;
        for (HandWritten.Found x : out) {
            Status s = relaxed && x.rule().equals("9.3 外语能力满足条件之一") ? Status.PASS : x.status();
            fail |= s == Status.FAIL;
            review |= s == Status.REVIEW;
        }
        Outcome outcome = fail ? Outcome.INELIGIBLE : review ? Outcome.NEEDS_REVIEW : Outcome.ELIGIBLE;
        BigDecimal award = amount == null || outcome == Outcome.INELIGIBLE ? null : new BigDecimal(amount.toString());
        return new HandWritten.Result(outcome, award, out);
    }

    private DmnDecisionRuleResult flag(Object value) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("x", value);
        return evaluate("flag", vars);
    }

    private DmnDecisionRuleResult evaluate(String key, Map<String, Object> vars) {
        return engine.evaluateDecisionTable(decisions.get(key), vars).getFirstResult();
    }

    private static HandWritten.Found found(String rule, DmnDecisionRuleResult r) {
        return new HandWritten.Found(rule, Status.valueOf(r.get("status").toString()));
    }
}
