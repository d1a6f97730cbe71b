package io.github.talentrules.bench;

import io.github.talentrules.Case;
import io.github.talentrules.Outcome;
import io.github.talentrules.Status;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The yardstick: 中青年人才国际化培养项目 (art. 9, 14, 24) written by hand in plain Java, with the
 * same findings as the rule pack. It lives only here, to measure the engine against the practical
 * limit; the library never answers a case this way.
 */
final class HandWritten {

    /** One finding: the rule's name and its status. */
    record Found(String rule, Status status) {
    }

    /** What the yardstick decides: the same outcome, amount and findings the engine gives. */
    record Result(Outcome outcome, BigDecimal amount, List<Found> findings) {
    }

    private static final LocalDate FROM = LocalDate.of(2024, 2, 6);
    private static final LocalDate UNTIL = LocalDate.of(2027, 2, 5);
    private static final List<String> DEGREES = List.of("NONE", "BACHELOR", "MASTER", "DOCTORATE");
    private static final List<String> TITLES = List.of("NONE", "JUNIOR", "INTERMEDIATE", "ASSOCIATE_SENIOR", "SENIOR");
    private static final List<String> SKILLS = List.of("NONE", "LEVEL_5", "LEVEL_4", "LEVEL_3", "TECHNICIAN", "SENIOR_TECHNICIAN");

    private HandWritten() {
    }

    static Result decide(Case c) {
        Map<String, Object> f = c.facts();
        Map<String, Boolean> a = c.attestations();
        List<Found> out = new ArrayList<>(12);
        out.add(new Found("0 基准日在文件施行期内", status(!c.asOf().isBefore(FROM) && !c.asOf().isAfter(UNTIL) ? 1 : 0)));
        out.add(new Found("9 申报人为我市一线工作人才", flag(f.get("employedInZhengzhou"))));
        Object nat = f.get("nationality");
        out.add(new Found("9.1 拥有中国国籍", status(nat == null ? -1 : "CN".equals(nat) ? 1 : 0)));
        out.add(new Found("9.1 政治立场与品德（审核人认定）", flag(a.get("politicalAndMoralStanding"))));
        out.add(new Found("9.1 事业心、专业基础与创新能力（审核人认定）", flag(a.get("professionalCompetence"))));
        out.add(new Found("9.2 身心健康（审核人认定）", flag(a.get("healthy"))));
        LocalDate born = (LocalDate) f.get("birthDate");
        out.add(new Found("9.2 年龄上限", status(born == null ? -1 : ChronoUnit.YEARS.between(born, c.asOf()) <= 55 ? 1 : 0)));
        int language = or(truth(f.get("foreignLanguageQualified")), atLeast(f.get("abroadContinuousMonths"), 12));
        out.add(new Found("9.3 外语能力满足条件之一", status(language)));
        boolean relaxed = language != 1 && Boolean.TRUE.equals(f.get("groupTrainee"));
        if (relaxed) {
            out.add(new Found("9.3 随团组参训人员外语能力可适当放宽", Status.REVIEW));
        }
        int qualification = or(or(rank(DEGREES, f.get("degree"), "MASTER"), rank(TITLES, f.get("professionalTitle"), "ASSOCIATE_SENIOR")),
                or(rank(SKILLS, f.get("vocationalQualification"), "TECHNICIAN"), truth(f.get("enterpriseSeniorManager"))));
        out.add(new Found("9.4 学位、职称、职业资格或企业高管职务满足其一", status(qualification)));
        Integer days = (Integer) f.get("trainingDays");
        BigDecimal amount = null;
        Status tier;
        if (days == null || days < 30 || days > 360) {
            tier = Status.REVIEW;   // outside every tier the text states no amount
        } else {
            tier = Status.PASS;
            amount = BigDecimal.valueOf(days <= 90 ? 30_000 : days <= 180 ? 50_000 : 100_000);
        }
        out.add(new Found("14 按培养时间分档资助", tier));

        boolean fail = false;
        boolean review = false;
        for (Found x : out) {
            Status s = relaxed && x.rule().equals("9.3 外语能力满足条件之一") ? Status.PASS : x.status();
            fail |= s == Status.FAIL;
            review |= s == Status.REVIEW;
        }
        Outcome outcome = fail ? Outcome.INELIGIBLE : review ? Outcome.NEEDS_REVIEW : Outcome.ELIGIBLE;
        return new Result(outcome, outcome == Outcome.INELIGIBLE ? null : amount, out);
    }

    /** 1 true, 0 false, -1 unknown. */
    private static int truth(Object b) {
        return b == null ? -1 : (Boolean) b ? 1 : 0;
    }

    private static int atLeast(Object n, int min) {
        return n == null ? -1 : (Integer) n >= min ? 1 : 0;
    }

    private static int rank(List<String> levels, Object v, String min) {
        return v == null ? -1 : levels.indexOf(v) >= levels.indexOf(min) ? 1 : 0;
    }

    private static int or(int x, int y) {
        return x == 1 || y == 1 ? 1 : x == -1 || y == -1 ? -1 : 0;
    }

    private static Status flag(Object b) {
        return status(truth(b));
    }

    private static Status status(int t) {
        return t == 1 ? Status.PASS : t == 0 ? Status.FAIL : Status.REVIEW;
    }
}
