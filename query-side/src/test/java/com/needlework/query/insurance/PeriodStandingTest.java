package com.needlework.query.insurance;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.common.DateRange;
import com.needlework.api.insurance.AuthorizationId;
import com.needlework.api.insurance.BenefitPeriod;
import com.needlework.api.insurance.BenefitPeriodType;
import com.needlework.api.insurance.CoveragePriority;
import com.needlework.api.patient.PatientId;
import com.needlework.query.insurance.CoverageActivity.BookedVisit;
import com.needlework.query.insurance.CoverageActivity.UsedVisits;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodStandingTest {

  private static final PatientId ANN = PatientId.newId();
  private static final BenefitPeriod FEB_29_PLAN_YEAR =
      new BenefitPeriod(BenefitPeriodType.PLAN_YEAR, MonthDay.of(2, 29));

  private static LocalDate day(String date) {
    return LocalDate.parse(date);
  }

  private static DateRange periodOn(BenefitPeriod period, String today) {
    CoverageRecord coverage =
        Coverages.coverage(
            ANN, Coverages.terms(period, 20, CoveragePriority.PRIMARY, day("2020-01-01")));
    return PeriodStanding.of(coverage, CoverageActivity.NONE, day(today)).period();
  }

  private static UsedVisits used(String periodStart, int visits) {
    return new UsedVisits(day(periodStart), null, visits);
  }

  private static BookedVisit booked(String date, String periodStart) {
    return new BookedVisit(day(date), day(periodStart), null);
  }

  @Test
  void aCalendarYearRunsFromJanuaryFirstToDecemberThirtyFirst() {
    assertThat(periodOn(BenefitPeriod.calendarYear(), "2026-12-31"))
        .isEqualTo(new DateRange(day("2026-01-01"), day("2026-12-31")));
    assertThat(periodOn(BenefitPeriod.calendarYear(), "2027-01-01"))
        .isEqualTo(new DateRange(day("2027-01-01"), day("2027-12-31")));
  }

  @Test
  void aJulyFirstPlanYearEndsOnJuneThirtieth() {
    assertThat(periodOn(Coverages.JULY_PLAN_YEAR, "2026-06-30"))
        .isEqualTo(new DateRange(day("2025-07-01"), day("2026-06-30")));
    assertThat(periodOn(Coverages.JULY_PLAN_YEAR, "2026-07-01"))
        .isEqualTo(new DateRange(day("2026-07-01"), day("2027-06-30")));
    assertThat(periodOn(Coverages.JULY_PLAN_YEAR, "2026-12-31"))
        .isEqualTo(new DateRange(day("2026-07-01"), day("2027-06-30")));
  }

  @Test
  void aFebruaryTwentyNinthRenewalFallsOnTheTwentyEighthOutsideLeapYears() {
    assertThat(periodOn(FEB_29_PLAN_YEAR, "2027-02-27"))
        .isEqualTo(new DateRange(day("2026-02-28"), day("2027-02-27")));
    assertThat(periodOn(FEB_29_PLAN_YEAR, "2027-02-28"))
        .isEqualTo(new DateRange(day("2027-02-28"), day("2028-02-28")));
    assertThat(periodOn(FEB_29_PLAN_YEAR, "2028-02-29"))
        .isEqualTo(new DateRange(day("2028-02-29"), day("2029-02-27")));
  }

  @Test
  void countsTheVisitsUsedInTheCurrentPeriodOnly() {
    CoverageRecord coverage = Coverages.calendarYear(ANN, 20);
    CoverageActivity activity =
        new CoverageActivity(
            List.of(
                used("2025-01-01", 7),
                used("2026-01-01", 3),
                new UsedVisits(day("2026-01-01"), AuthorizationId.newId(), 2)),
            List.of());
    PeriodStanding standing = PeriodStanding.of(coverage, activity, day("2026-11-27"));
    assertThat(standing.visits().used()).isEqualTo(5);
    assertThat(standing.visits().allowed()).isEqualTo(20);
    assertThat(standing.visits().remaining()).isEqualTo(15);
  }

  @Test
  void addsTheVisitsThePayerCountedBeforeTrackingOnlyInTheirOwnPeriod() {
    CoverageRecord tracked = Coverages.calendarYear(ANN, 20);
    CoverageRecord coverage =
        Coverages.usedBeforeTracking(
            tracked, new DateRange(day("2026-01-01"), day("2026-12-31")), 6);
    CoverageActivity activity = new CoverageActivity(List.of(used("2026-01-01", 2)), List.of());
    assertThat(PeriodStanding.of(coverage, activity, day("2026-11-27")).visits().used())
        .isEqualTo(8);
    assertThat(PeriodStanding.of(coverage, activity, day("2027-01-04")).visits().used()).isZero();
    assertThat(PeriodStanding.of(coverage, activity, day("2027-01-04")).visits().remaining())
        .isEqualTo(20);
  }

  @Test
  void neverLeavesFewerThanNoVisitsWhenTheLimitWasLoweredBelowWhatIsUsed() {
    CoverageRecord coverage = Coverages.calendarYear(ANN, 4);
    CoverageActivity activity = new CoverageActivity(List.of(used("2026-01-01", 6)), List.of());
    PeriodStanding standing = PeriodStanding.of(coverage, activity, day("2026-11-27"));
    assertThat(standing.visits().remaining()).isZero();
    assertThat(standing.unbooked()).isZero();
  }

  @Test
  void countsTheCoveredVisitsBookedInThePeriodAndThoseFromTodayOn() {
    CoverageRecord coverage = Coverages.calendarYear(ANN, 20);
    CoverageActivity activity =
        new CoverageActivity(
            List.of(used("2026-01-01", 10)),
            List.of(
                booked("2026-11-26", "2026-01-01"),
                booked("2026-11-27", "2026-01-01"),
                booked("2026-12-30", "2026-01-01"),
                booked("2027-01-05", "2027-01-01")));
    PeriodStanding standing = PeriodStanding.of(coverage, activity, day("2026-11-27"));
    assertThat(standing.visits().booked()).isEqualTo(3);
    assertThat(standing.bookedFromToday()).isEqualTo(2);
    assertThat(standing.visits().remaining()).isEqualTo(10);
    assertThat(standing.unbooked()).isEqualTo(8);
  }
}
