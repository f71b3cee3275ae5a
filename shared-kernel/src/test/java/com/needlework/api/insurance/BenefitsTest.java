package com.needlework.api.insurance;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.clinic.VisitType;
import com.needlework.api.common.DateRange;
import com.needlework.api.insurance.Benefits.Covered;
import com.needlework.api.insurance.Benefits.Decision;
import com.needlework.api.insurance.Benefits.PayingCoverage;
import com.needlework.api.insurance.Benefits.Refused;
import com.needlework.api.insurance.Benefits.SelfPay;
import com.needlework.api.insurance.Benefits.Uncovered;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BenefitsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
  private static final DateRange YEAR =
      new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
  private static final CoverageId COVERAGE = CoverageId.newId();

  private record Ranked(
      CoverageId coverageId, CoveragePriority priority, LocalDate effectiveFrom, LocalDate until)
      implements RankedCoverage {

    @Override
    public boolean effectiveOn(LocalDate day) {
      return RankedCoverage.effectiveBetween(effectiveFrom, until, day);
    }
  }

  private static Ranked coverage(CoveragePriority priority, String from, String until) {
    return new Ranked(
        CoverageId.newId(),
        priority,
        LocalDate.parse(from),
        until == null ? null : LocalDate.parse(until));
  }

  private static AuthorizationUse authorization(
      String number, int visits, String from, String to, int used, int booked, String... codes) {
    return new AuthorizationUse(
        new Authorization(
            AuthorizationId.newId(),
            number,
            visits,
            new DateRange(LocalDate.parse(from), LocalDate.parse(to)),
            Set.of(codes)),
        used,
        booked);
  }

  private static CoverageStanding standing(
      int allowed, int used, int booked, AuthorizationUse... authorizations) {
    return new CoverageStanding(
        COVERAGE, YEAR, new CoveredVisits(allowed, used, booked), List.of(authorizations));
  }

  private static Decision decide(CoverageStanding standing, VisitType type, VisitCoverage current) {
    return Benefits.decide(
        Optional.of(new PayingCoverage("Cascade Health", false, false, standing)),
        type,
        DAY,
        null,
        current);
  }

  @Test
  void aNewerPrimaryCoverageReplacesTheOlderOneItOverlaps() {
    Ranked older = coverage(CoveragePriority.PRIMARY, "2025-01-01", null);
    Ranked newer = coverage(CoveragePriority.PRIMARY, "2026-06-01", null);
    Ranked secondary = coverage(CoveragePriority.SECONDARY, "2026-11-01", null);

    assertThat(Benefits.payingFirst(List.of(older, secondary, newer), DAY)).contains(newer);
    assertThat(Benefits.payingFirst(List.of(older, newer), LocalDate.of(2026, 5, 31)))
        .contains(older);
  }

  @Test
  void aPrimaryPaysBeforeASecondaryAndASecondaryAloneStillPays() {
    Ranked primary = coverage(CoveragePriority.PRIMARY, "2020-01-01", null);
    Ranked secondary = coverage(CoveragePriority.SECONDARY, "2026-11-01", null);

    assertThat(Benefits.payingFirst(List.of(secondary, primary), DAY)).contains(primary);
    assertThat(Benefits.payingFirst(List.of(secondary), DAY)).contains(secondary);
  }

  @Test
  void onlyACoverageEffectiveOnTheDayPaysThroughItsLastDay() {
    Ranked ended = coverage(CoveragePriority.PRIMARY, "2026-01-01", "2026-12-01");
    Ranked future = coverage(CoveragePriority.PRIMARY, "2026-12-03", null);

    assertThat(Benefits.payingFirst(List.of(ended, future), DAY)).isEmpty();
    assertThat(Benefits.payingFirst(List.of(ended, future), DAY.minusDays(1))).contains(ended);
    assertThat(Benefits.payingOrder().compare(future, ended)).isNegative();
  }

  @Test
  void withoutACoverageThePatientPays() {
    assertThat(Benefits.decide(Optional.empty(), VisitType.EVALUATION, DAY, null, null))
        .isEqualTo(new SelfPay("No coverage is effective on 2026-12-02"));
  }

  private static Decision needlingWith(
      PayingCoverage payer, LocalDate abnSignedOn, VisitCoverage current) {
    return Benefits.decide(
        Optional.of(payer), VisitType.NEEDLING_SESSION, DAY, abnSignedOn, current);
  }

  @Test
  void needlingWithAPayerThatDoesNotCoverItIsACoveredVisitWhoseNeedlingThePatientPays() {
    Decision decision = decide(standing(20, 0, 0), VisitType.NEEDLING_SESSION, null);

    assertThat(decision)
        .isEqualTo(
            new Covered(
                VisitCoverage.covered(COVERAGE, YEAR.start(), null)
                    .because(
                        "Cascade Health does not cover dry needling: the patient pays for the"
                            + " needling, the payer for the treatment given with it")));
    assertThat(
            needlingWith(
                new PayingCoverage("Pacific", true, false, standing(20, 0, 0)), null, null))
        .isEqualTo(new Covered(VisitCoverage.covered(COVERAGE, YEAR.start(), null)));
  }

  @Test
  void theTherapyOfANeedlingSessionUsesAnAuthorizationForTherapyCodesNotOneForNeedling() {
    AuthorizationUse needlingOnly =
        authorization("PA-N", 12, "2026-11-01", "2027-01-31", 0, 0, "20560", "20561");
    AuthorizationUse exercise =
        authorization("PA-X", 12, "2026-11-01", "2027-02-28", 0, 0, "97110");

    assertThat(decide(standing(20, 0, 0, needlingOnly), VisitType.NEEDLING_SESSION, null))
        .isInstanceOf(Uncovered.class);
    assertThat(
            ((Covered)
                    decide(
                        standing(20, 0, 0, needlingOnly, exercise),
                        VisitType.NEEDLING_SESSION,
                        null))
                .coverage()
                .authorizationId())
        .isEqualTo(exercise.authorization().authorizationId());
  }

  @Test
  void medicareNeedsTheSignedAbnBeforeNeedlingIsBooked() {
    PayingCoverage medicare =
        new PayingCoverage("Medicare Part B", false, true, standing(20, 0, 0));

    Decision withoutAbn = needlingWith(medicare, null, null);
    Decision signedLater = needlingWith(medicare, DAY.plusDays(1), null);
    Decision signed = needlingWith(medicare, DAY.minusDays(3), null);

    assertThat(withoutAbn).isInstanceOf(Refused.class);
    assertThat(((Refused) withoutAbn).refusal().breaks(BenefitRule.ABN_REQUIRED)).isTrue();
    assertThat(signedLater).isInstanceOf(Refused.class);
    assertThat(signed).isInstanceOf(Covered.class);
    assertThat(Benefits.decide(Optional.of(medicare), VisitType.EVALUATION, DAY, null, null))
        .isInstanceOf(Covered.class);
  }

  @Test
  void aCoverageWithVisitsLeftPaysInThePeriodOfTheDay() {
    assertThat(decide(standing(20, 18, 1), VisitType.EVALUATION, null))
        .isEqualTo(new Covered(VisitCoverage.covered(COVERAGE, YEAR.start(), null)));
  }

  @Test
  void visitsUsedOrBookedLeaveNoneForAnother() {
    Decision decision = decide(standing(20, 18, 2), VisitType.EVALUATION, null);

    assertThat(decision)
        .isEqualTo(
            new Uncovered(
                BenefitRule.BENEFIT_VISITS_EXHAUSTED,
                "All 20 covered visits of the benefit period 2026-01-01 to 2026-12-31 are used or"
                    + " booked"));
    assertThat(((Uncovered) decision).refusal().breaks(BenefitRule.BENEFIT_VISITS_EXHAUSTED))
        .isTrue();
  }

  @Test
  void aVisitBeingMovedKeepsItsOwnPlaceInItsPeriod() {
    VisitCoverage booked = VisitCoverage.covered(COVERAGE, YEAR.start(), null);

    assertThat(decide(standing(20, 18, 2), VisitType.EVALUATION, booked))
        .isEqualTo(new Covered(booked));
    assertThat(
            decide(
                standing(20, 18, 2),
                VisitType.EVALUATION,
                VisitCoverage.covered(COVERAGE, LocalDate.of(2025, 1, 1), null)))
        .isInstanceOf(Uncovered.class);
  }

  @Test
  void withAuthorizationsOnlyAValidOneForTheVisitsCodesPays() {
    AuthorizationUse needlingOnly =
        authorization("PA-1", 12, "2026-11-01", "2027-01-31", 0, 0, "20560", "20561");
    AuthorizationUse expired = authorization("PA-0", 12, "2026-01-01", "2026-11-30", 0, 0);

    assertThat(decide(standing(20, 0, 0, needlingOnly, expired), VisitType.EVALUATION, null))
        .isEqualTo(
            new Uncovered(
                BenefitRule.AUTHORIZATION_EXPIRED,
                "No authorization of the coverage is valid on 2026-12-02 for this visit"));
    assertThat(Benefits.use(standing(20, 0, 0, needlingOnly, expired), Set.of("20561"), DAY, null))
        .isEqualTo(
            new Covered(
                VisitCoverage.covered(
                    COVERAGE, YEAR.start(), needlingOnly.authorization().authorizationId())));
  }

  @Test
  void theAuthorizationThatExpiresFirstAndHasVisitsLeftPays() {
    AuthorizationUse later = authorization("PA-LATER", 10, "2026-11-01", "2027-03-31", 0, 0);
    AuthorizationUse soonerFull = authorization("PA-FULL", 4, "2026-11-01", "2026-12-20", 3, 1);
    AuthorizationUse sooner = authorization("PA-SOON", 4, "2026-11-01", "2027-01-15", 1, 0);

    Decision decision =
        Benefits.use(standing(20, 0, 0, later, soonerFull, sooner), Set.of("97110"), DAY, null);

    assertThat(decision)
        .isEqualTo(
            new Covered(
                VisitCoverage.covered(
                    COVERAGE, YEAR.start(), sooner.authorization().authorizationId())));
    assertThat(Benefits.expiringFirst(List.of(later, soonerFull, sooner), DAY))
        .contains(soonerFull);
  }

  @Test
  void anAuthorizationWithNothingLeftRefusesUnlessItIsTheVisitsOwn() {
    AuthorizationUse full = authorization("PA-9", 2, "2026-11-01", "2027-01-31", 1, 1);
    VisitCoverage own =
        VisitCoverage.covered(COVERAGE, YEAR.start(), full.authorization().authorizationId());

    assertThat(Benefits.use(standing(20, 1, 1, full), Set.of(), DAY, null))
        .isEqualTo(
            new Uncovered(
                BenefitRule.AUTHORIZATION_EXHAUSTED, "Authorization PA-9 has no visits left"));
    assertThat(Benefits.use(standing(20, 1, 1, full), Set.of(), DAY, own))
        .isEqualTo(new Covered(own));
  }

  @Test
  void countsNeverGoBelowNone() {
    CoveredVisits lowered = new CoveredVisits(4, 6, 1);

    assertThat(lowered.remaining()).isZero();
    assertThat(lowered.unreserved()).isZero();
    assertThat(new CoveredVisits(10, 3, 2).remaining()).isEqualTo(7);
    assertThat(new CoveredVisits(10, 3, 2).unreserved()).isEqualTo(5);
  }
}
