package io.github.talentrules.sues;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.Batch;
import io.github.talentrules.Case;
import io.github.talentrules.Decision;
import io.github.talentrules.Finding;
import io.github.talentrules.Language;
import io.github.talentrules.Outcome;
import io.github.talentrules.Status;
import io.github.talentrules.TalentRules;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules over a batch (沪工程外〔2021〕3号 第八条第5项第（6）目 and 第二十五条第4项): a team member applying
 * again under another type, and a second short exchange of one expert within a month.
 */
class SuesBatchTest {
    static final TalentRules RULES = SuesPackTest.RULES;
    static final String TEAM_RULE = "8.5.6 团队成员又申报其他三类项目（批量核对）";
    static final String MONTH_RULE = "25.4 同一名高端外国专家在规定期限内的支持次数上限（批量核对）";
    static final LocalDate AS_OF = LocalDate.of(2024, 3, 1);

    static Case.Builder team(String source, List<String> members) {
        return Case.builder("sues.expert-team", AS_OF).source(source)
                .fact("applicantIsSuesUnit", true).fact("platformType", "JOINT_LAB").fact("disciplineStatus", "ADVANTAGE")
                .fact("unitPlatformLevel", "NATIONAL").fact("agreementSigned", true).fact("agreementSetsDutiesAndFunding", true)
                .fact("chineseMembers", 2 * members.size()).fact("foreignExperts", members.size()).fact("teamLeaders", 1)
                .fact("leaderTitle", "PROFESSOR").fact("allMembersAssociateOrDoctorate", true).fact("allMembersForeign", true)
                .fact("ongoingProvincialProjects", 1).fact("minOnCampusMonthsPerYear", 2).fact("memberIds", members)
                .attest("withinAnnualPlan", true).attest("cooperationFoundation", true).attest("facilities", true)
                .attest("spaceAndEquipment", true).attest("goodConduct", true).attest("priorWorkFitsPlatform", true);
    }

    static Case.Builder teacher(String source, String expertId) {
        return Case.builder("sues.foreign-teacher", AS_OF).source(source)
                .fact("applicantIsSuesUnit", true).fact("onStaff", false).fact("foreignNationality", true)
                .fact("professionalTitle", "PROFESSOR").fact("workMonths", 6).fact("workPermit", true)
                .fact("formalContract", true).fact("fundedTeamMember", false).fact("expertId", expertId)
                .attest("withinAnnualPlan", true).attest("healthy", true).attest("academicCapability", true)
                .attest("goodConduct", true).attest("cleanRecord", true);
    }

    static Case.Builder exchange(String source, String expertId, LocalDate visitStart) {
        return Case.builder("sues.short-exchange", AS_OF).source(source)
                .fact("applicantIsSuesUnit", true).fact("foreignNationality", true).fact("professionalTitle", "PROFESSOR")
                .fact("exchangeForm", "LECTURE").fact("fundedTeamMember", false).fact("supportedWithinMonth", false)
                .fact("expertId", expertId).fact("visitStart", visitStart)
                .attest("withinAnnualPlan", true).attest("healthy", true).attest("academicInfluence", true)
                .attest("goodConduct", true).attest("cleanRecord", true);
    }

    static List<String> rules(Decision d, Status status) {
        return d.findings().stream().filter(f -> f.status() == status).map(Finding::rule).toList();
    }

    @Test
    void aTeamMemberWhoAlsoAppliesAsATeacherIsFlaggedNamingTheTeam() {
        Case t = team("团队申报（第2行）", List.of("A1", "A2", "A3")).build();
        Case member = teacher("教师申报（第3行）", "A2").build();
        Case other = teacher("教师申报（第4行）", "B9").build();

        Batch batch = RULES.decideAll(List.of(t, member, other));

        assertThat(batch.decisions()).extracting(Decision::outcome)
                .containsExactly(Outcome.ELIGIBLE, Outcome.NEEDS_REVIEW, Outcome.ELIGIBLE);
        assertThat(rules(batch.decisions().get(1), Status.REVIEW)).containsExactly(TEAM_RULE);
        assertThat(batch.decisions().get(1).explain(Language.ZH)).contains("团队申报（第2行）");
        assertThat(batch.findings()).isEmpty();
        assertThat(RULES.decide(member).outcome()).as("a single case never runs batch rules").isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void aTeamMemberAppliesForAShortExchangeAndAHighEndPostInTheSameBatch() {
        Case t = team("团队", List.of("A1", "A2", "A3")).build();
        Case visit = exchange("短期交流", "A3", LocalDate.of(2024, 5, 6)).build();
        Batch batch = RULES.decideAll(List.of(visit, t));
        assertThat(rules(batch.decisions().get(0), Status.REVIEW)).containsExactly(TEAM_RULE);
        assertThat(batch.decisions().get(1).outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void aTeacherWhoIsNoTeamMemberIsNotFlaggedAndCasesWithoutIdsAreLeftAlone() {
        Case t = team("团队", List.of("A1", "A2", "A3")).build();
        Case noId = teacher("教师", null).build();
        Batch batch = RULES.decideAll(List.of(t, noId));
        assertThat(batch.decisions()).extracting(Decision::outcome).containsOnly(Outcome.ELIGIBLE);
    }

    /** 一个月内: the later visit on or before the same day a month after the earlier (Civil Code art. 202, 1259). */
    @ParameterizedTest(name = "{0} and {1}: flagged {2}")
    @CsvSource({
        "2024-03-01, 2024-04-01, true",    // the corresponding day: still within the month
        "2024-03-01, 2024-04-02, false",   // the day after: a new month
        "2024-03-01, 2024-03-01, true",    // the same day
        "2024-03-01, 2024-03-31, true",
        "2024-04-01, 2024-03-01, true",    // order in the batch does not matter
        "2024-01-31, 2024-02-29, true",    // month end: a month after 31 January is 29 February
        "2024-01-31, 2024-03-01, false",
        "2024-02-29, 2024-03-29, true",
        "2024-02-29, 2024-03-30, false",
    })
    void oneShortExchangePerExpertWithinAMonth(LocalDate first, LocalDate second, boolean flagged) {
        Case a = exchange("第一次来访", "E1", first).build();
        Case b = exchange("第二次来访", "E1", second).build();

        Batch batch = RULES.decideAll(List.of(a, b));

        Outcome expected = flagged ? Outcome.NEEDS_REVIEW : Outcome.ELIGIBLE;
        assertThat(batch.decisions()).extracting(Decision::outcome).containsExactly(expected, expected);
        if (flagged) {
            assertThat(rules(batch.decisions().get(0), Status.REVIEW)).containsExactly(MONTH_RULE);
            assertThat(batch.decisions().get(0).explain(Language.ZH)).contains("第二次来访");
            assertThat(batch.decisions().get(1).explain(Language.ZH)).contains("第一次来访");
        }
    }

    @Test
    void differentExpertsOnTheSameDayAreNotFlagged() {
        Batch batch = RULES.decideAll(List.of(
                exchange("甲", "E1", LocalDate.of(2024, 3, 5)).build(),
                exchange("乙", "E2", LocalDate.of(2024, 3, 5)).build()));
        assertThat(batch.decisions()).extracting(Decision::outcome).containsOnly(Outcome.ELIGIBLE);
    }

    @Test
    void threeVisitsOfOneExpertInAMonthAreEachFlaggedNamingTheOtherTwo() {
        Batch batch = RULES.decideAll(List.of(
                exchange("一", "E1", LocalDate.of(2024, 3, 1)).build(),
                exchange("二", "E1", LocalDate.of(2024, 3, 10)).build(),
                exchange("三", "E1", LocalDate.of(2024, 3, 20)).build(),
                exchange("四", "E1", LocalDate.of(2024, 5, 20)).build()));
        assertThat(batch.decisions()).extracting(Decision::outcome)
                .containsExactly(Outcome.NEEDS_REVIEW, Outcome.NEEDS_REVIEW, Outcome.NEEDS_REVIEW, Outcome.ELIGIBLE);
        assertThat(batch.decisions().get(1).explain(Language.ZH)).contains("一").contains("三");
    }

    @Test
    void aTeacherAndAShortExchangeOfTheSameExpertAreNotAMonthConflict() {
        Batch batch = RULES.decideAll(List.of(
                teacher("教师", "E1").build(),
                exchange("交流", "E1", LocalDate.of(2024, 3, 5)).build()));
        assertThat(batch.decisions()).extracting(Decision::outcome).containsOnly(Outcome.ELIGIBLE);
    }
}
