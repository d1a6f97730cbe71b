package io.github.talentrules.zhengzhou;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talentrules.Case;
import io.github.talentrules.Decision;
import io.github.talentrules.Finding;
import io.github.talentrules.Funding;
import io.github.talentrules.Language;
import io.github.talentrules.Outcome;
import io.github.talentrules.Tranche;
import io.github.talentrules.Tranche.State;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * 郑人社规〔2024〕1号 第六条、第八条、第十四条: 200,000 yuan paid 6:4, each payment in one state as far as
 * the case has got (scenarios check the amounts; this checks the states).
 */
class SocialTalentFundingTest {

    /** A trainee who meets every condition of art. 2 and 4, with the progress facts given. */
    static Case trainee(Map<String, Object> progress) {
        Case.Builder b = Case.builder("zhengzhou.social-talent", LocalDate.of(2025, 6, 1))
                .fact("field", "EDUCATION").fact("employedByMunicipalUnit", true).fact("nationality", "CN")
                .fact("municipalUnitSince", LocalDate.of(2018, 9, 1)).fact("professionalTitle", "ASSOCIATE_SENIOR")
                .fact("birthDate", LocalDate.of(1985, 3, 10)).fact("recognisedHighLevelTalent", false)
                .fact("selectedTalentProgramme", false).fact("famousTeacherDoctorFirstTier", false)
                .fact("civilServiceManagedUnit", false).fact("inProfessionalTechnicalPost", true)
                .attest("patrioticLawAbidingEthical", true).attest("outstandingResearch", true);
        progress.forEach(b::fact);
        return b.build();
    }

    static List<State> states(Decision d) {
        return d.funding().map(Funding::tranches).orElse(List.of()).stream().map(Tranche::state).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        申报阶段，尚未确定                          | ''                                                                  | PENDING  | PENDING
        已确定，单位尚未申请第一期                  | confirmed=true                                                      | PENDING  | PENDING
        已确定，单位已申请第一期                    | confirmed=true,unitAppliedFirstTranche=true                         | DUE      | PENDING
        第一期已拨付，期末考核未进行                | confirmed=true,firstTranchePaid=true                                | PAID     | PENDING
        第一期已拨付，期末考核合格                  | confirmed=true,firstTranchePaid=true,finalAssessmentPassed=true     | PAID     | DUE
        两期均已拨付                                | confirmed=true,firstTranchePaid=true,finalAssessmentPassed=true,secondTranchePaid=true | PAID | PAID
        第一期已拨付，年度考核不合格                | confirmed=true,firstTranchePaid=true,annualAssessmentFailed=true    | PAID     | STOPPED
        第一期已拨付，期末考核不合格                | confirmed=true,firstTranchePaid=true,finalAssessmentPassed=false    | PAID     | STOPPED
        第一期未拨付时年度考核不合格                | confirmed=true,unitAppliedFirstTranche=true,annualAssessmentFailed=true | STOPPED | STOPPED
        """)
    void eachPaymentHasOneState(String name, String progress, State first, State second) {
        Decision d = ZhengzhouPackTest.RULES.decide(trainee(parse(progress)));
        assertThat(d.outcome()).as(name).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.funding().flatMap(Funding::amount)).as(name).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("200000"));
        assertThat(states(d)).as(name).containsExactly(first, second);
    }

    @Test
    void aFailedAssessmentStopsThePaymentNotTheTraineeAndTheSummarySaysWhatIsPaid() {
        Decision d = ZhengzhouPackTest.RULES.decide(trainee(parse("confirmed=true,firstTranchePaid=true,annualAssessmentFailed=true")));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.summary(Language.ZH)).isEqualTo("符合条件；已拨付 120000元（12万元），停止拨付 80000元（8万元）；有关优惠政策终止");
        assertThat(d.summary(Language.EN)).isEqualTo("eligible; paid 120,000 yuan, stopped 80,000 yuan; the related preferential policies end");
        assertThat(d.funding().flatMap(Funding::payable)).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("120000"));
        Decision passed = ZhengzhouPackTest.RULES.decide(trainee(parse("confirmed=true,firstTranchePaid=true,finalAssessmentPassed=true")));
        assertThat(passed.summary(Language.ZH)).isEqualTo("符合条件；已拨付 120000元（12万元），应拨付 80000元（8万元）");
    }

    @Test
    void fraudCancelsTheTraineeAndTheUnitReturnsWhatWasPaid() {
        Decision d = ZhengzhouPackTest.RULES.decide(trainee(parse("confirmed=true,firstTranchePaid=true,fraudConfirmed=true")));
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(d.failedArticles()).containsExactly("第十四条");
        // The payments' findings say what is returned and what is no longer paid.
        List<Tranche> payments = d.findings().stream().map(Finding::funding).flatMap(java.util.Optional::stream)
                .flatMap(f -> f.tranches().stream()).toList();
        assertThat(payments).extracting(Tranche::state).containsExactly(State.RECLAIMED, State.STOPPED);
        assertThat(payments.get(0).amount()).isEqualByComparingTo("120000");
        assertThat(payments.get(1).amount()).isEqualByComparingTo("80000");
        // An INELIGIBLE decision awards nothing; its funding keeps only the payment the unit returns.
        Funding f = d.funding().orElseThrow();
        assertThat(f.amount()).isEmpty();
        assertThat(f.tranches()).extracting(Tranche::state).containsExactly(State.RECLAIMED);
        assertThat(f.tranches().get(0).amount()).isEqualByComparingTo("120000");
        assertThat(d.summary(Language.ZH)).isEqualTo("不符合条件（第十四条）；应退回 120000元（12万元）");
    }

    @Test
    void fraudBeforeAnyPaymentLeavesNothingToReturn() {
        Decision d = ZhengzhouPackTest.RULES.decide(trainee(parse("confirmed=true,unitAppliedFirstTranche=true,fraudConfirmed=true")));
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(d.funding()).isEmpty();
        List<Tranche> payments = d.findings().stream().map(Finding::funding).flatMap(java.util.Optional::stream)
                .flatMap(f -> f.tranches().stream()).toList();
        assertThat(payments).extracting(Tranche::state).containsExactly(State.STOPPED, State.STOPPED);
    }

    @Test
    void fraudAfterBothPaymentsReturnsAll200000Yuan() {
        Decision d = ZhengzhouPackTest.RULES.decide(trainee(parse(
                "confirmed=true,firstTranchePaid=true,finalAssessmentPassed=true,secondTranchePaid=true,fraudConfirmed=true")));
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        List<Tranche> payments = d.findings().stream().map(Finding::funding).flatMap(java.util.Optional::stream)
                .flatMap(f -> f.tranches().stream()).toList();
        assertThat(payments).extracting(Tranche::state).containsExactly(State.RECLAIMED, State.RECLAIMED);
        assertThat(d.funding().orElseThrow().tranches()).extracting(Tranche::state)
                .containsExactly(State.RECLAIMED, State.RECLAIMED);
    }

    private static Map<String, Object> parse(String progress) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (String kv : progress.split(",")) {
            if (!kv.isBlank()) {
                String[] p = kv.trim().split("=");
                m.put(p[0], Boolean.parseBoolean(p[1]));
            }
        }
        return m;
    }
}
