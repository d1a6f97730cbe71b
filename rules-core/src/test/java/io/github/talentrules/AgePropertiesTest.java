package io.github.talentrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Ages in completed years on the reference date, on seeded random dates and around birthdays and
 * 29 February, through the demo pack's rule "年龄在40周岁以下" (40 admitted, 41 not): a case that meets
 * every other condition is ELIGIBLE exactly when the age counted by hand is 40 or less. The demo
 * document is in force in 2024 only; a copy in force until 2199 lets the reference date range over
 * the years (29 February needs years that are not leap years).
 */
class AgePropertiesTest {
    static final TalentRules RULES = longLived();

    static TalentRules longLived() {
        try {
            Path dir = Files.createTempDirectory("demo-pack");
            DemoPack.copyTo(dir);
            Path pack = dir.resolve("pack.yaml");
            String yaml = Files.readString(pack);
            if (!yaml.contains("until: 2024-12-31")) {
                throw new AssertionError("the demo pack's document is no longer in force until 2024-12-31: update this test");
            }
            Files.writeString(pack, yaml.replace("until: 2024-12-31", "until: 2199-12-31"));
            return TalentRules.builder().packFolder(dir).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo pack's parameter holds from 2024-01-01. */
    static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    static final int MAX_AGE = ((Number) RULES.parameters("demo").get("grant.max-age").valueOn(FIRST)).intValue();

    /** Years completed: a birthday not yet reached this year does not count; 29 February's is reached on 1 March. */
    static int completedYears(LocalDate birth, LocalDate on) {
        int years = on.getYear() - birth.getYear();
        boolean reached = on.getMonthValue() > birth.getMonthValue()
                || on.getMonthValue() == birth.getMonthValue() && on.getDayOfMonth() >= birth.getDayOfMonth();
        return reached ? years : years - 1;
    }

    static Outcome outcome(LocalDate birth, LocalDate asOf) {
        Case c = Case.builder("demo.grant", asOf).fact("birthDate", birth).fact("degree", "MASTER")
                .fact("hasPlatform", true).fact("confirmed", true).attest("excellent", true).build();
        Decision d = RULES.decide(c);
        if (d.outcome() == Outcome.INELIGIBLE && !d.failedRules().equals(java.util.List.of("2.1 年龄在40周岁以下"))) {
            throw new AssertionError("born " + birth + ", on " + asOf + ": failed " + d.failedRules());
        }
        return d.outcome();
    }

    @Test
    void randomDatesAreEligibleExactlyWhenTheAgeIsAtMostTheLimit() {
        long seed = 15_7L;
        Random r = new Random(seed);
        for (int i = 0; i < 400; i++) {
            LocalDate asOf = FIRST.plusDays(r.nextInt(365 * 150));
            LocalDate birth = asOf.minusYears(MAX_AGE - 3 + r.nextInt(7)).minusDays(r.nextInt(730) - 365);
            int age = completedYears(birth, asOf);
            assertThat(outcome(birth, asOf)).as("seed %d: born %s, on %s, age %d", seed, birth, asOf, age)
                    .isEqualTo(age <= MAX_AGE ? Outcome.ELIGIBLE : Outcome.INELIGIBLE);
        }
    }

    @Test
    void theDayBeforeTheBirthdayAndTheBirthdayItself() {
        long seed = 15_8L;
        Random r = new Random(seed);
        for (int i = 0; i < 100; i++) {
            LocalDate birth = LocalDate.of(1985, 1, 1).plusDays(r.nextInt(365 * 40));
            LocalDate last = birth.plusYears(MAX_AGE + 1);
            if (last.minusDays(1).isBefore(FIRST)) {
                continue;
            }
            assertThat(outcome(birth, last.minusDays(1))).as("seed %d: born %s, the day before turning %d", seed, birth, MAX_AGE + 1)
                    .isEqualTo(Outcome.ELIGIBLE);
            assertThat(outcome(birth, last)).as("seed %d: born %s, turning %d", seed, birth, MAX_AGE + 1)
                    .isEqualTo(Outcome.INELIGIBLE);
        }
    }

    @Test
    void bornOnTwentyNinthFebruaryTurnsOlderOnFirstMarchInOtherYears() {
        for (int year = 1984; year <= 2096; year += 4) {
            LocalDate birth = LocalDate.of(year, 2, 29);
            LocalDate turning = birth.plusYears(MAX_AGE + 1);
            if (turning.isBefore(FIRST.plusDays(1))) {
                continue;
            }
            boolean leap = turning.isLeapYear();
            LocalDate day = leap ? LocalDate.of(turning.getYear(), 2, 29) : LocalDate.of(turning.getYear(), 3, 1);
            assertThat(completedYears(birth, day)).isEqualTo(MAX_AGE + 1);
            assertThat(outcome(birth, day.minusDays(1))).as("born %s, on %s", birth, day.minusDays(1)).isEqualTo(Outcome.ELIGIBLE);
            assertThat(outcome(birth, day)).as("born %s, on %s", birth, day).isEqualTo(Outcome.INELIGIBLE);
        }
    }
}
