package io.github.talentrules.bench;

import io.github.talentrules.Case;
import io.github.talentrules.Outcome;
import io.github.talentrules.Status;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * 中青年人才国际化培养项目 in Easy Rules 4.1.0, as a user of that library would write it: one rule per
 * finding, priorities for the order, the outcome aggregated after. Gives the same findings as the pack.
 */
final class WithEasyRules {
    private static final LocalDate FROM = LocalDate.of(2024, 2, 6);
    private static final LocalDate UNTIL = LocalDate.of(2027, 2, 5);
    private static final List<String> DEGREES = List.of("NONE", "BACHELOR", "MASTER", "DOCTORATE");
    private static final List<String> TITLES = List.of("NONE", "JUNIOR", "INTERMEDIATE", "ASSOCIATE_SENIOR", "SENIOR");
    private static final List<String> SKILLS = List.of("NONE", "LEVEL_5", "LEVEL_4", "LEVEL_3", "TECHNICIAN", "SENIOR_TECHNICIAN");

    private final Rules rules = new Rules();
    private final DefaultRulesEngine engine = new DefaultRulesEngine();

    WithEasyRules() {
        add(1, "0 基准日在文件施行期内", c -> tri(!c.asOf().isBefore(FROM) && !c.asOf().isAfter(UNTIL)));
        add(2, "9 申报人为我市一线工作人才", c -> flag(c.facts().get("employedInZhengzhou")));
        add(3, "9.1 拥有中国国籍", c -> c.facts().get("nationality") == null ? -1 : tri("CN".equals(c.facts().get("nationality"))));
        add(4, "9.1 政治立场与品德（审核人认定）", c -> flag(c.attestations().get("politicalAndMoralStanding")));
        add(5, "9.1 事业心、专业基础与创新能力（审核人认定）", c -> flag(c.attestations().get("professionalCompetence")));
        add(6, "9.2 身心健康（审核人认定）", c -> flag(c.attestations().get("healthy")));
        add(7, "9.2 年龄上限", c -> {
            LocalDate born = (LocalDate) c.facts().get("birthDate");
            return born == null ? -1 : tri(ChronoUnit.YEARS.between(born, c.asOf()) <= 55);
        });
        add(8, "9.3 外语能力满足条件之一", c -> or(flag(c.facts().get("foreignLanguageQualified")),
                c.facts().get("abroadContinuousMonths") == null ? -1 : tri((Integer) c.facts().get("abroadContinuousMonths") >= 12)));
        rules.register(new RuleBuilder().name("9.3 随团组参训人员外语能力可适当放宽").priority(9)
                .when(f -> {
                    State s = f.get("state");
                    return s.language != 1 && Boolean.TRUE.equals(s.c.facts().get("groupTrainee"));
                })
                .then(f -> {
                    State s = f.get("state");
                    s.found.add(new HandWritten.Found("9.3 随团组参训人员外语能力可适当放宽", Status.REVIEW));
                    s.relaxed = true;
                }).build());
        add(10, "9.4 学位、职称、职业资格或企业高管职务满足其一", c -> or(or(rank(DEGREES, c.facts().get("degree"), "MASTER"),
                rank(TITLES, c.facts().get("professionalTitle"), "ASSOCIATE_SENIOR")),
                or(rank(SKILLS, c.facts().get("vocationalQualification"), "TECHNICIAN"), flag(c.facts().get("enterpriseSeniorManager")))));
        rules.register(new RuleBuilder().name("14 按培养时间分档资助").priority(11).when(f -> true).then(f -> {
            State s = f.get("state");
            Integer days = (Integer) s.c.facts().get("trainingDays");
            Status st = days == null || days < 30 || days > 360 ? Status.REVIEW : Status.PASS;
            if (st == Status.PASS) {
                s.amount = BigDecimal.valueOf(days <= 90 ? 30_000 : days <= 180 ? 50_000 : 100_000);
            }
            s.found.add(new HandWritten.Found("14 按培养时间分档资助", st));
        }).build());
    }

    private interface Condition {
        int test(Case c);
    }

    private static final class State {
        final Case c;
        final List<HandWritten.Found> found = new ArrayList<>(12);
        int language;
        boolean relaxed;
        BigDecimal amount;

        State(Case c) {
            this.c = c;
        }
    }

    private void add(int priority, String name, Condition condition) {
        Rule r = new RuleBuilder().name(name).priority(priority).when(f -> true).then(f -> {
            State s = f.get("state");
            int t = condition.test(s.c);
            if (name.startsWith("9.3 外语")) {
                s.language = t;
            }
            s.found.add(new HandWritten.Found(name, t == 1 ? Status.PASS : t == 0 ? Status.FAIL : Status.REVIEW));
        }).build();
        rules.register(r);
    }

    HandWritten.Result decide(Case c) {
        State s = new State(c);
        Facts facts = new Facts();
        facts.put("state", s);
        engine.fire(rules, facts);
        boolean fail = false;
        boolean review = false;
        for (HandWritten.Found x : s.found) {
            Status st = s.relaxed && x.rule().equals("9.3 外语能力满足条件之一") ? Status.PASS : x.status();
            fail |= st == Status.FAIL;
            review |= st == Status.REVIEW;
        }
        Outcome outcome = fail ? Outcome.INELIGIBLE : review ? Outcome.NEEDS_REVIEW : Outcome.ELIGIBLE;
        return new HandWritten.Result(outcome, outcome == Outcome.INELIGIBLE ? null : s.amount, s.found);
    }

    private static int tri(boolean b) {
        return b ? 1 : 0;
    }

    private static int flag(Object b) {
        return b == null ? -1 : (Boolean) b ? 1 : 0;
    }

    private static int rank(List<String> levels, Object v, String min) {
        return v == null ? -1 : tri(levels.indexOf(v) >= levels.indexOf(min));
    }

    private static int or(int x, int y) {
        return x == 1 || y == 1 ? 1 : x == -1 || y == -1 ? -1 : 0;
    }

}
