package com.needlework.query.insurance;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.common.DateRange;
import com.needlework.api.common.Money;
import com.needlework.api.insurance.Authorization;
import com.needlework.api.insurance.AuthorizationId;
import com.needlework.api.insurance.AuthorizationUse;
import com.needlework.api.insurance.BenefitPeriodType;
import com.needlework.api.insurance.CoveragePriority;
import com.needlework.api.patient.PatientId;
import com.needlework.query.insurance.CoverageActivity.BookedVisit;
import com.needlework.query.insurance.CoverageActivity.UsedVisits;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoverageViewTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  private static final LocalDate PLAN_YEAR_START = LocalDate.of(2026, 7, 1);
  private static final PatientId ANN = PatientId.newId();

  private static CoverageRecord julyPlanYear() {
    return Coverages.coverage(
        ANN,
        Coverages.terms(
            Coverages.JULY_PLAN_YEAR, 24, CoveragePriority.PRIMARY, LocalDate.of(2025, 7, 1)));
  }

  @Test
  void showsTheCurrentPlanYearWithItsVisitsAndCostSharing() {
    CoverageRecord coverage = julyPlanYear();
    CoverageActivity activity =
        new CoverageActivity(
            List.of(new UsedVisits(PLAN_YEAR_START, null, 10)),
            List.of(new BookedVisit(TODAY.plusDays(3), PLAN_YEAR_START, null)));
    CoverageView view = CoverageView.of(coverage, "Acme Health", activity, List.of(), null, TODAY);
    assertThat(view.payer().name()).isEqualTo("Acme Health");
    assertThat(view.benefitPeriod())
        .isEqualTo(
            new CoverageView.Period(
                BenefitPeriodType.PLAN_YEAR, "07-01", PLAN_YEAR_START, LocalDate.of(2027, 6, 30)));
    assertThat(view.visitsAllowed()).isEqualTo(24);
    assertThat(view.visitsUsed()).isEqualTo(10);
    assertThat(view.visitsBooked()).isEqualTo(1);
    assertThat(view.visitsRemaining()).isEqualTo(14);
    assertThat(view.costSharing().copay()).isEqualTo(Money.of("30.00"));
    assertThat(view.costSharing().deductibleRemaining()).isEqualTo(Money.of("1249.50"));
    assertThat(view.terminated()).isFalse();
    assertThat(view.effectiveUntil()).isNull();
    assertThat(view.lastEligibility()).isNull();
  }

  @Test
  void endsOnTheLastDayOfATermination() {
    CoverageRecord active = julyPlanYear();
    CoverageRecord terminated = Coverages.terminated(active, LocalDate.of(2026, 12, 31));
    CoverageView view =
        CoverageView.of(terminated, null, CoverageActivity.NONE, List.of(), null, TODAY);
    assertThat(view.terminated()).isTrue();
    assertThat(view.effectiveUntil()).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void showsEachAuthorizationWithItsCountsOldestFirstAndWhetherItExpired() {
    Authorization spring =
        new Authorization(
            AuthorizationId.newId(),
            "AUTH-1",
            6,
            new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31)),
            Set.of("20561", "20560"));
    Authorization autumn = Coverages.authorization("AUTH-2", 12, "2026-09-01", "2026-12-15");
    CoverageView view =
        CoverageView.of(
            julyPlanYear(),
            "Acme Health",
            CoverageActivity.NONE,
            List.of(new AuthorizationUse(autumn, 5, 2), new AuthorizationUse(spring, 6, 0)),
            null,
            TODAY);
    assertThat(view.authorizations())
        .extracting(
            a ->
                a.number()
                    + " "
                    + a.visitsUsed()
                    + "/"
                    + a.visitsBooked()
                    + "/"
                    + a.visitsRemaining()
                    + " "
                    + a.codes()
                    + " "
                    + a.expired())
        .containsExactly("AUTH-1 6/0/0 [20560, 20561] true", "AUTH-2 5/2/7 [] false");
  }

  @Test
  void writesAFebruaryTwentyNinthRenewalAsMonthAndDay() {
    MonthDay leapDay = MonthDay.of(2, 29);
    assertThat(CoverageRecord.RENEWS_ON.format(leapDay)).isEqualTo("02-29");
    assertThat(CoverageRecord.renewsOn("02-29")).isEqualTo(leapDay);
    assertThat(CoverageRecord.renewsOn("07-01")).isEqualTo(MonthDay.of(7, 1));
  }

  @Test
  void neverShowsTheMemberIdInItsTextForm() {
    CoverageView view =
        CoverageView.of(julyPlanYear(), null, CoverageActivity.NONE, List.of(), null, TODAY);
    assertThat(view.toString()).doesNotContain("ACM-1234567");
  }
}
