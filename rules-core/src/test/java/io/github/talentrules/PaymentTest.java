package io.github.talentrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.talentrules.explain.Explanation;
import io.github.talentrules.explain.Money;
import io.github.talentrules.explain.Glossary;
import io.github.talentrules.pack.RulePack;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Money is not eligibility: a condition about money changes the amount, a payment's state or asks for
 * review of a budget line; the case stays as eligible as its other conditions make it. The money pack
 * of the tests has one rule per payment helper.
 */
class PaymentTest {
    private static final Path FOLDER = Path.of("src/test/resources/packs/money");
    private static final TalentRules RULES = TalentRules.builder().packFolder(FOLDER).build();
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    @TempDir
    Path dir;

    private static Case.Builder project() {
        return Case.builder("money.project", AS_OF).fact("registered", true);
    }

    private static Case.Builder visit() {
        return Case.builder("money.visit", AS_OF).fact("registered", true);
    }

    private static Finding finding(Decision d, String rule) {
        return d.findings().stream().filter(f -> f.rule().equals(rule)).findFirst().orElseThrow();
    }

    private static BigDecimal yuan(long n) {
        return BigDecimal.valueOf(n);
    }

    @ParameterizedTest(name = "request {0} → reduction {1}")
    @CsvSource({"599999, ", "600000, ", "600001, 1", "700000, 100000"})
    void aRequestAboveTheCapIsFundedAtMostTheCapAndTheFindingSaysByHowMuch(long request, Long reduction) {
        Decision d = RULES.decide(project().fact("requestedFunding", request).build());

        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        Funding f = d.funding().orElseThrow();
        assertThat(f.cap()).contains(yuan(600000));
        assertThat(f.requested()).contains(yuan(request));
        assertThat(f.reduction()).isEqualTo(java.util.Optional.ofNullable(reduction).map(BigDecimal::valueOf));
        Finding asked = finding(d, "2 申请额超过60万元的按60万元核减");
        assertThat(asked.status()).isEqualTo(Status.PASS);
        if (reduction != null) {
            assertThat(asked.note()).contains(Note.OVER_LIMIT);
            assertThat(Explanation.message(asked, d.asOf(), glossary(d), Language.ZH)).contains("超出 " + Money.text(yuan(reduction), Language.ZH));
        }
    }

    @Test
    void theSummaryStatesTheRequestTheReductionAndTheMostThatIsPaid() {
        Decision d = RULES.decide(project().fact("requestedFunding", 700000).build());

        assertThat(d.summary(Language.ZH)).isEqualTo("符合条件；申请 700000元（70万元），核减 100000元（10万元），资助 最高 600000元（60万元）");
        assertThat(d.summary(Language.EN)).isEqualTo("eligible; asked 700,000 yuan, cut by 100,000 yuan, funding at most 600,000 yuan");
    }

    @ParameterizedTest(name = "approved {0} → {1}, paid {2}")
    @CsvSource({"600000, ELIGIBLE, 600000", "600001, NEEDS_REVIEW, 600000"})
    void anApprovalAboveTheCapIsAnErrorOfTheApprovalAndNoMoreThanTheCapIsPaid(long approved, Outcome outcome, long paid) {
        Decision d = RULES.decide(project().fact("approvedFunding", approved).build());

        assertThat(d.outcome()).isEqualTo(outcome);
        assertThat(d.funding().orElseThrow().amount()).contains(yuan(paid));
        if (outcome == Outcome.NEEDS_REVIEW) {
            assertThat(d.funding().orElseThrow().reduction()).contains(yuan(1));
            assertThat(finding(d, "2 批准额度不超过60万元").note()).contains(Note.APPROVAL_OVER_LIMIT);
            assertThat(d.explain(Language.ZH)).contains("属批准错误");
        }
    }

    @ParameterizedTest(name = "abroad {0} of 600000 → {1}")
    @CsvSource({"119999, ELIGIBLE", "120000, ELIGIBLE", "120001, NEEDS_REVIEW"})
    void aBudgetLineOverItsShareAsksToReviseTheBudgetWithTheMostAllowedAndTheExcess(long abroad, Outcome outcome) {
        Decision d = RULES.decide(project().fact("approvedFunding", 600000).fact("abroadBudget", abroad).build());

        assertThat(d.outcome()).isEqualTo(outcome);
        assertThat(d.funding().orElseThrow().amount()).contains(yuan(600000));
        String message = Explanation.message(finding(d, "2 赴国外经费不超过资助经费的20%"), d.asOf(), glossary(d), Language.ZH);
        assertThat(message).contains("允许的最高额 120000元（12万元）");
        if (outcome == Outcome.NEEDS_REVIEW) {
            assertThat(message).contains("超出 1元");
            assertThat(finding(d, "2 赴国外经费不超过资助经费的20%").note()).contains(Note.OVER_SHARE);
        }
    }

    @Test
    void papersNotYetFiledLeaveThePaymentPendingNotTheCaseIneligible() {
        Case.Builder settled = project().fact("approvedFunding", 500000).fact("actualExpenditure", 450000);
        Decision unfiled = RULES.decide(settled.fact("settlementSubmitted", false).build());
        Decision unknown = RULES.decide(project().fact("approvedFunding", 500000).fact("actualExpenditure", 450000).build());
        Decision filed = RULES.decide(project().fact("approvedFunding", 500000).fact("actualExpenditure", 450000)
                .fact("settlementSubmitted", true).build());

        assertThat(unfiled.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(unfiled.funding().orElseThrow().tranches()).singleElement().satisfies(t -> {
            assertThat(t.amount()).isEqualByComparingTo("450000");
            assertThat(t.state()).isEqualTo(Tranche.State.PENDING);
        });
        assertThat(unknown.funding().orElseThrow().tranches()).extracting(Tranche::state).containsExactly(Tranche.State.PENDING);
        assertThat(filed.funding().orElseThrow().tranches()).extracting(Tranche::state).containsExactly(Tranche.State.DUE);
        assertThat(unfiled.summary(Language.ZH)).isEqualTo("符合条件；待拨付 450000元（45万元）");
    }

    @ParameterizedTest(name = "costs {0}, approved 500000, earlier {1} → paid {2}, cut {3}")
    @CsvSource({
        "450000,       , 450000,      ",
        "500000,       , 500000,      ",
        "500001,       , 500000,     1",
        "250000, 300000, 200000, 50000",   // the total stays within the approval over the years
        "200000, 300000, 200000,      ",
        "100000, 500000,      0, 100000",  // the approval is used up: nothing more is paid
    })
    void aSettlementPaysTheCostsUpToWhatTheApprovalLeaves(long costs, Long earlier, long paid, Long cut) {
        Case.Builder c = project().fact("approvedFunding", 500000).fact("actualExpenditure", costs).fact("settlementSubmitted", true);
        if (earlier != null) {
            c.fact("paidInEarlierYears", earlier);
        }
        Decision d = RULES.decide(c.build());

        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.funding().orElseThrow().amount()).contains(yuan(paid));
        assertThat(d.funding().orElseThrow().reduction()).isEqualTo(java.util.Optional.ofNullable(cut).map(BigDecimal::valueOf));
    }

    @Test
    void aSettlementWithoutTheApprovalWaitsForIt() {
        Decision d = RULES.decide(project().fact("actualExpenditure", 450000).fact("settlementSubmitted", true).build());

        assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(d.missing()).containsExactly("facts.approvedFunding");
    }

    @ParameterizedTest(name = "year {0} → {1}")
    @CsvSource({"1, ELIGIBLE", "2, ELIGIBLE", "3, NEEDS_REVIEW"})
    void aPaymentOutsideTheScheduleAsksForReview(int year, Outcome outcome) {
        Decision d = RULES.decide(project().fact("paymentYear", year).build());

        assertThat(d.outcome()).isEqualTo(outcome);
        assertThat(d.failedRules()).isEmpty();
    }

    @ParameterizedTest(name = "completed {0} → {1}")
    @CsvSource({"2026-06-01, ELIGIBLE", "2026-06-02, NEEDS_REVIEW", "2026-10-01, NEEDS_REVIEW"})
    void anExecutionPeriodOverrunAsksForANewApplicationForWhatContinues(LocalDate completed, Outcome outcome) {
        Decision d = RULES.decide(new Case("money.project", LocalDate.of(2026, 11, 1), project().fact("planIssuedOn", LocalDate.of(2024, 6, 1))
                .fact("completedOn", completed).build().facts(), java.util.Map.of(), "case"));

        assertThat(d.outcome()).isEqualTo(outcome);
        if (outcome == Outcome.NEEDS_REVIEW) {
            assertThat(finding(d, "4 2年内执行完毕，逾期应重新申报").note()).contains(Note.NEW_APPLICATION);
        }
    }

    @ParameterizedTest(name = "{0} months → {1}–{2}")
    @CsvSource({"1, 50000, 100000", "2, 100000, 200000", "3, 100000, 200000"})
    void aRateForSomeMonthsGivesTheTotalForTheMonthsFundedAtMostTheLongestPeriod(int months, long min, long max) {
        Decision d = RULES.decide(visit().fact("fundedMonths", months).build());

        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        Funding f = d.funding().orElseThrow();
        assertThat(f.unit()).isEqualTo("yuan");
        assertThat(f.min()).contains(yuan(min));
        assertThat(f.max()).contains(yuan(max));
        assertThat(finding(d, "5 5-10万元/月，最长2个月").note()).isEqualTo(months > 2 ? java.util.Optional.of(Note.OVER_LIMIT) : java.util.Optional.empty());
    }

    @Test
    void withoutTheMonthsTheRateIsMonthly() {
        Funding f = RULES.decide(visit().build()).funding().orElseThrow();

        assertThat(f.unit()).isEqualTo("yuan/month");
        assertThat(f.max()).contains(yuan(100000));
    }

    @ParameterizedTest(name = "request {0} for 2 months → reduction {1}")
    @CsvSource({"199999, ", "200000, ", "200001, 1", "500000, 300000"})
    void aRequestIsCheckedAgainstTheRateTimesTheMonths(long request, Long reduction) {
        Decision d = RULES.decide(visit().fact("fundedMonths", 2).fact("requestedFunding", request).build());

        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.funding().orElseThrow().reduction()).isEqualTo(java.util.Optional.ofNullable(reduction).map(BigDecimal::valueOf));
    }

    @Test
    void aRequestWithoutTheMonthsWaitsForThem() {
        Decision d = RULES.decide(visit().fact("requestedFunding", 500000).build());

        assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(d.missing()).containsExactly("facts.fundedMonths");
    }

    @ParameterizedTest(name = "{0} round trips → {1}")
    @CsvSource({"1, ELIGIBLE", "2, ELIGIBLE", "3, NEEDS_REVIEW"})
    void whatIsOverAReimbursementLimitIsNotPaid(int trips, Outcome outcome) {
        Decision d = RULES.decide(visit().fact("roundTrips", trips).build());

        assertThat(d.outcome()).isEqualTo(outcome);
        if (outcome == Outcome.NEEDS_REVIEW) {
            Finding f = finding(d, "5 最多报销2次往返机票");
            assertThat(f.note()).contains(Note.OVER_LIMIT);
            assertThat(Explanation.message(f, d.asOf(), glossary(d), Language.ZH)).endsWith("超出 1（超出规定限额的部分不予支付）");
        }
    }

    @ParameterizedTest(name = "unit costs from the fund: {0} → {1}")
    @CsvSource({"false, ELIGIBLE", "true, NEEDS_REVIEW"})
    void aCostTheFundsMayNotPayIsStruck(boolean charged, Outcome outcome) {
        Decision d = RULES.decide(visit().fact("unitCostsFromFund", charged).build());

        assertThat(d.outcome()).isEqualTo(outcome);
        if (charged) {
            assertThat(finding(d, "5 协助人员费用不得从资金中支出").note()).contains(Note.STRUCK);
        }
    }

    @Test
    void aCategoryTheTextDoesNotNameAsksForReviewNamingIt() {
        Decision listed = RULES.decide(project().fact("budgetCategories", java.util.List.of("TRAVEL", "SALARY")).build());
        Decision unlisted = RULES.decide(project().fact("budgetCategories", java.util.List.of("TRAVEL", "EQUIPMENT")).build());

        assertThat(listed.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(unlisted.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(Explanation.message(finding(unlisted, "2 开支类别"), unlisted.asOf(), glossary(unlisted), Language.ZH)).contains("未列明的类别 {EQUIPMENT}");
    }

    @ParameterizedTest(name = "{0} days → {1}")
    @CsvSource({"29, NEEDS_REVIEW", "30, ELIGIBLE", "180, ELIGIBLE", "181, NEEDS_REVIEW"})
    void outsideTheTiersTheTextStatesNoAmountAndAReviewerDecides(int days, Outcome outcome) {
        Decision d = RULES.decide(Case.builder("money.trainee", AS_OF).fact("registered", true).fact("trainingDays", days).build());

        assertThat(d.outcome()).isEqualTo(outcome);
        if (outcome == Outcome.NEEDS_REVIEW) {
            assertThat(finding(d, "6 按培养天数分档资助").note()).contains(Note.DOCUMENT_SILENT);
        }
    }

    @Test
    void aFailedAssessmentStopsWhatIsUnpaidAndTheSummarySaysWhatIsPaidAndStopped() throws Exception {
        Decision d = RULES.decide(Case.builder("money.talent", AS_OF).fact("registered", true).fact("firstPaid", true)
                .fact("assessmentFailed", true).build());

        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        Funding f = d.funding().orElseThrow();
        assertThat(f.amount()).contains(yuan(200000));
        assertThat(f.total(Tranche.State.PAID)).isEqualByComparingTo("120000");
        assertThat(f.total(Tranche.State.STOPPED)).isEqualByComparingTo("80000");
        assertThat(f.payable()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("120000"));
        assertThat(d.summary(Language.ZH)).isEqualTo("符合条件；已拨付 120000元（12万元），停止拨付 80000元（8万元）；有关优惠政策终止");
        assertThat(d.summary(Language.EN)).isEqualTo("eligible; paid 120,000 yuan, stopped 80,000 yuan; the related preferential policies end");
        JsonNode j = new ObjectMapper().readTree(d.toJson(Language.EN));
        assertThat(j.at("/funding/payable").decimalValue()).isEqualByComparingTo("120000");
        assertThat(j.at("/funding/amount").decimalValue()).isEqualByComparingTo("200000");
    }

    @Test
    void whereTheTextTakesEligibilityAwayTheCaseIsIneligibleAndOnlyTheMoneyToReturnIsShown() {
        Decision d = RULES.decide(Case.builder("money.talent", AS_OF).fact("registered", true).fact("firstPaid", true)
                .fact("fraudConfirmed", true).build());

        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(d.funding().orElseThrow().tranches()).extracting(Tranche::state).containsExactly(Tranche.State.RECLAIMED);
        assertThat(d.summary(Language.ZH)).isEqualTo("不符合条件（第七条）；应退回 120000元（12万元）");
    }

    @ParameterizedTest(name = "plan {0}, judged {1} → {2}")
    @CsvSource({
        "2025-06-20, 2026-12-31, ELIGIBLE",      // the last day in force
        "2025-06-20, 2027-01-01, ELIGIBLE",      // after: the plan was issued under the document
        "2026-12-31, 2028-06-01, ELIGIBLE",
        "2023-12-31, 2024-06-01, INELIGIBLE",    // a plan issued before the document
        "          , 2027-01-01, INELIGIBLE",    // no plan: judged on the reference date
    })
    void aPaymentUnderAnApprovalFollowsTheDocumentInForceWhenThePlanWasIssued(LocalDate plan, LocalDate asOf, Outcome outcome) {
        Case.Builder c = Case.builder("money.project", asOf).fact("registered", true);
        if (plan != null) {
            c.fact("planIssuedOn", plan);
        }
        Decision d = RULES.decide(c.build());

        assertThat(d.outcome()).isEqualTo(outcome);
        Finding inForce = finding(d, "0 基准日在文件施行期内");
        boolean outlives = plan != null && outcome == Outcome.ELIGIBLE && asOf.isAfter(LocalDate.of(2026, 12, 31));
        assertThat(inForce.note().isPresent()).isEqualTo(outlives);
        if (outlives) {
            assertThat(inForce.note()).contains(Note.OUTLIVES_DOCUMENT);
            assertThat(d.summary(Language.ZH)).endsWith("；" + Note.OUTLIVES_DOCUMENT.text(Language.ZH));
        }
    }

    @Test
    void noPaymentHelperEverMakesACaseIneligible() {
        Stream<Case> cases = Stream.of(
                project().fact("requestedFunding", 10_000_000).build(),
                project().fact("approvedFunding", 10_000_000).fact("abroadBudget", 9_000_000).fact("paymentYear", 9)
                        .fact("budgetCategories", java.util.List.of("EQUIPMENT")).fact("actualExpenditure", 20_000_000).build(),
                visit().fact("fundedMonths", 12).fact("requestedFunding", 10_000_000).fact("roundTrips", 9).fact("unitCostsFromFund", true).build(),
                Case.builder("money.trainee", AS_OF).fact("registered", true).fact("trainingDays", 1).build());
        cases.map(RULES::decide).forEach(d -> {
            assertThat(d.outcome()).as(d.toString()).isNotEqualTo(Outcome.INELIGIBLE);
            assertThat(d.findings()).as(d.toString()).noneMatch(f -> f.status() == Status.FAIL);
        });
    }

    @Test
    void aRuleThatCouldFailACaseOnAFactAboutPaymentIsRefused() throws IOException {
        Path p = copy();
        replace(p.resolve("rules/money.drl"), "Pay.approvedUpTo(drools, $f, \"approvedFunding\", $p, \"project.cap\");",
                "Check.atMost(drools, $f, \"approvedFunding\", $p, \"project.cap\");");

        assertThatThrownBy(() -> TalentRules.builder().packFolder(p).build()).isInstanceOf(InvalidPackException.class)
                .hasMessageContaining("rules/money.drl:")
                .hasMessageContaining("rule '2 批准额度不超过60万元' can make a case ineligible on 'approvedFunding', a fact about payment");
    }

    @Test
    void aFactAPaymentHelperReadsIsAboutPaymentToo() throws IOException {
        Path p = copy();
        replace(p.resolve("rules/money.drl"), "Pay.pendingUntil(drools, $f, \"settlementSubmitted\");",
                "Check.isTrue(drools, $f, \"settlementSubmitted\");");
        replace(p.resolve("rules/money.drl"), "Pay.struck(drools, $f, \"unitCostsFromFund\");",
                "Pay.pendingUntil(drools, $f, \"settlementSubmitted\");");
        replace(p.resolve("pack.yaml"), "facts: [registered, requestedFunding, fundedMonths,", "facts: [registered, settlementSubmitted, requestedFunding, fundedMonths,");

        assertThatThrownBy(() -> TalentRules.builder().packFolder(p).build()).isInstanceOf(InvalidPackException.class)
                .hasMessageContaining("can make a case ineligible on 'settlementSubmitted'");
    }

    @Test
    void aSoftConditionOnMoneyOnlyAsksForReviewAndIsAccepted() throws IOException {
        Path p = copy();
        replace(p.resolve("rules/money.drl"), "@article(\"第二条\") @programme(\"money.project\") @en(\"The approval is at most 600,000 yuan\")",
                "@article(\"第二条\") @programme(\"money.project\") @soft @en(\"The approval is at most 600,000 yuan\")");
        replace(p.resolve("rules/money.drl"), "Pay.approvedUpTo(drools, $f, \"approvedFunding\", $p, \"project.cap\");",
                "Check.atMost(drools, $f, \"approvedFunding\", $p, \"project.cap\");");

        assertThat(TalentRules.builder().packFolder(p).build().packs()).extracting(RulePack::id).contains("money");
    }

    @Test
    void withoutTheTextsWordsTakingEligibilityAwayARuleMayNotFailOnMoney() throws IOException {
        Path p = copy();
        replace(p.resolve("articles/money.yaml"), "    ineligible: 取消资格，退回已拨付的资金\n", "");

        assertThatThrownBy(() -> TalentRules.builder().packFolder(p).build()).isInstanceOf(InvalidPackException.class)
                .hasMessageContaining("rule '7 套取资金的取消资格' can make a case ineligible on 'fraudConfirmed'");
        assertThat(RULES.packs().stream().filter(x -> x.id().equals("money")).findFirst().orElseThrow().articles())
                .filteredOn(a -> a.article().equals("第七条")).singleElement()
                .satisfies(a -> assertThat(a.ineligible()).contains("取消资格，退回已拨付的资金"));
    }

    @Test
    void aDocumentsApprovalDateMustBeADateFact() throws IOException {
        Path p = copy();
        replace(p.resolve("pack.yaml"), "approvedOn: planIssuedOn", "approvedOn: registered");

        assertThatThrownBy(() -> TalentRules.builder().packFolder(p).build()).isInstanceOf(InvalidPackException.class)
                .hasMessageContaining("documents[0].inForce.approvedOn: names 'registered', which is not a date fact of the pack");
    }

    private Path copy() {
        Path target = dir.resolve("money");
        try (Stream<Path> files = Files.walk(FOLDER)) {
            for (Path f : files.toList()) {
                Path to = target.resolve(FOLDER.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private static Glossary glossary(Decision d) {
        return new Glossary(d.programme(), RULES.parameters("money"), RULES.rules("money"));
    }

    @Test
    void aTotalCountsWhatWillBePaidNeverACapTheSameInAnImpactAsInASheet() {
        Decision capOnly = RULES.decide(project().build());
        Decision paid = RULES.decide(project().fact("approvedFunding", yuan(500_000)).build());
        assertThat(capOnly.funding().orElseThrow().cap()).contains(yuan(600_000));

        assertThat(io.github.talentrules.explain.Money.counted(capOnly)).isEmpty();
        assertThat(io.github.talentrules.explain.Money.counted(paid)).contains(yuan(500_000));
        var totals = io.github.talentrules.analysis.Impact.of(java.util.List.of(capOnly, paid), java.util.List.of(capOnly, paid)).byProgramme().get(0);
        assertThat(totals.fundingBefore()).as("the cap of 600000 is the most that may be given, not what is given")
                .isEqualByComparingTo("500000");
    }
}
