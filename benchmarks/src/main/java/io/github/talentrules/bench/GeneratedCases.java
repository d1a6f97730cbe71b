package io.github.talentrules.bench;

import io.github.talentrules.Case;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Cases for 中青年人才国际化培养项目 spread over every boundary and branch of its rules: ages
 * around 55, days around every tier, each alternative of the language and qualification items,
 * absent facts and attestations, and reference dates around the in-force period.
 */
final class GeneratedCases {
    static final String PROGRAMME = "zhengzhou.intl-training";
    private static final String[] DEGREES = {"NONE", "BACHELOR", "MASTER", "DOCTORATE"};
    private static final String[] TITLES = {"NONE", "JUNIOR", "INTERMEDIATE", "ASSOCIATE_SENIOR", "SENIOR"};
    private static final String[] SKILLS = {"NONE", "LEVEL_5", "LEVEL_4", "LEVEL_3", "TECHNICIAN", "SENIOR_TECHNICIAN"};
    private static final int[] DAYS = {0, 29, 30, 31, 60, 89, 90, 91, 120, 179, 180, 181, 300, 359, 360, 361, 400};

    private GeneratedCases() {
    }

    static List<Case> generate(int n, long seed) {
        Random r = new Random(seed);
        List<Case> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate asOf = r.nextInt(20) == 0 ? LocalDate.of(2024, 2, 5).plusDays(r.nextInt(3))
                    : r.nextInt(20) == 0 ? LocalDate.of(2027, 2, 4).plusDays(r.nextInt(3))
                    : LocalDate.of(2024, 3, 1).plusDays(r.nextInt(900));
            Case.Builder b = Case.builder(PROGRAMME, asOf).source("generated " + i);
            maybe(r, b, "employedInZhengzhou", r.nextInt(10) != 0);
            maybe(r, b, "nationality", r.nextInt(10) == 0 ? "US" : "CN");
            maybe(r, b, "birthDate", asOf.minusYears(40 + r.nextInt(20)).plusDays(r.nextInt(3) - 1));
            maybe(r, b, "foreignLanguageQualified", r.nextBoolean());
            maybe(r, b, "abroadContinuousMonths", 8 + r.nextInt(8));
            maybe(r, b, "groupTrainee", r.nextBoolean());
            maybe(r, b, "degree", DEGREES[r.nextInt(DEGREES.length)]);
            maybe(r, b, "professionalTitle", TITLES[r.nextInt(TITLES.length)]);
            maybe(r, b, "vocationalQualification", SKILLS[r.nextInt(SKILLS.length)]);
            maybe(r, b, "enterpriseSeniorManager", r.nextInt(4) == 0);
            maybe(r, b, "trainingDays", DAYS[r.nextInt(DAYS.length)]);
            attest(r, b, "politicalAndMoralStanding");
            attest(r, b, "professionalCompetence");
            attest(r, b, "healthy");
            out.add(b.build());
        }
        return out;
    }

    private static void maybe(Random r, Case.Builder b, String fact, Object value) {
        if (r.nextInt(12) != 0) {
            b.fact(fact, value);
        }
    }

    private static void attest(Random r, Case.Builder b, String name) {
        int x = r.nextInt(15);
        if (x > 0) {
            b.attest(name, x != 1);
        }
    }
}
