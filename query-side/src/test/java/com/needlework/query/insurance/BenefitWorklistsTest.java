package com.needlework.query.insurance;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.common.DateRange;
import com.needlework.api.insurance.Authorization;
import com.needlework.api.insurance.AuthorizationUse;
import com.needlework.api.insurance.BenefitPeriod;
import com.needlework.api.insurance.Benefits;
import com.needlework.api.insurance.CoverageId;
import com.needlework.api.insurance.CoveragePriority;
import com.needlework.api.insurance.CoveredVisits;
import com.needlework.api.patient.PatientId;
import com.needlework.query.insurance.CoverageActivity.BookedVisit;
import com.needlework.query.insurance.CoverageActivity.UsedVisits;
import com.needlework.query.patient.ActivePlan;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenefitWorklistsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  private static final LocalDate NEW_YEARS_EVE = LocalDate.of(2026, 12, 31);
  private static final PatientId ANN = PatientId.newId();
  private static final PatientId BEN = PatientId.newId();
  private static final PatientId CARLA = PatientId.newId();

  private static ActivePlan plan(PatientId patient, String name, String certifiedUntil, int left) {
    return new ActivePlan(patient, name, LocalDate.parse(certifiedUntil), left);
  }

  /** Benefits of a calendar-year coverage with visits used and booked (from today on). */
  private static PatientBenefits calendarYear(
      PatientId patient, String name, int allowed, int used, int booked) {
    return calendarYear(patient, name, allowed, used, booked, null);
  }

  private static PatientBenefits calendarYear(
      PatientId patient,
      String name,
      int allowed,
      int used,
      int booked,
      AuthorizationUse authorization) {
    return new PatientBenefits(
        patient,
        name,
        "Acme Health",
        new PeriodStanding(
            new DateRange(LocalDate.of(2026, 1, 1), NEW_YEARS_EVE),
            new CoveredVisits(allowed, used, booked),
            booked),
        authorization);
  }

  private static PatientBenefits julyPlanYear(PatientId patient, String name, int allowed) {
    return new PatientBenefits(
        patient,
        name,
        "Pacific Mutual",
        new PeriodStanding(
            new DateRange(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30)),
            new CoveredVisits(allowed, 0, 0),
            0),
        null);
  }

  @Test
  void listsEachPatientWithAnActivePlanByTheNearestOfTheirDeadlines() {
    AuthorizationUse expiresMidDecember =
        new AuthorizationUse(
            Coverages.authorization("AUTH-7", 12, "2026-09-01", "2026-12-15"), 9, 1);
    List<DeadlineEntry> entries =
        BenefitWorklists.deadlines(
            List.of(
                plan(ANN, "Ann Smith", "2027-01-20", 4),
                plan(BEN, "Ben Okafor", "2027-01-10", 6),
                plan(CARLA, "Carla Mendes", "2026-12-05", 1)),
            Map.of(
                ANN, calendarYear(ANN, "Ann Smith", 20, 12, 3),
                BEN, calendarYear(BEN, "Ben Okafor", 12, 2, 0, expiresMidDecember)),
            TODAY,
            60);
    assertThat(entries)
        .extracting(e -> e.patientName() + " " + e.nearestDeadline())
        .containsExactly(
            "Carla Mendes 2026-12-05", "Ben Okafor 2026-12-15", "Ann Smith 2026-12-31");
    DeadlineEntry ann = entries.get(2);
    assertThat(ann.payer()).isEqualTo("Acme Health");
    assertThat(ann.periodEnd()).isEqualTo(NEW_YEARS_EVE);
    assertThat(ann.coveredVisitsRemaining()).isEqualTo(8);
    assertThat(ann.visitsBookedBeforePeriodEnd()).isEqualTo(3);
    assertThat(ann.underScheduledVisits()).isEqualTo(4);
    assertThat(ann.authorizationExpires()).isNull();
    assertThat(ann.authorizationVisitsRemaining()).isNull();
    assertThat(ann.certifiedUntil()).isEqualTo(LocalDate.of(2027, 1, 20));
    DeadlineEntry ben = entries.get(1);
    assertThat(ben.authorizationExpires()).isEqualTo(LocalDate.of(2026, 12, 15));
    assertThat(ben.authorizationVisitsRemaining()).isEqualTo(3);
  }

  @Test
  void showsASelfPayPatientByTheirPlanAloneWithoutPayer() {
    List<DeadlineEntry> entries =
        BenefitWorklists.deadlines(
            List.of(plan(CARLA, "Carla Mendes", "2026-12-05", 2)), Map.of(), TODAY, 60);
    assertThat(entries).hasSize(1);
    DeadlineEntry carla = entries.get(0);
    assertThat(carla.payer()).isNull();
    assertThat(carla.periodEnd()).isNull();
    assertThat(carla.coveredVisitsRemaining()).isNull();
    assertThat(carla.visitsBookedBeforePeriodEnd()).isNull();
    assertThat(carla.underScheduledVisits()).isEqualTo(2);
    assertThat(carla.nearestDeadline()).isEqualTo(LocalDate.of(2026, 12, 5));
  }

  @Test
  void leavesOutPatientsWhoseNearestDeadlineLiesBeyondTheWindow() {
    List<ActivePlan> plans =
        List.of(
            plan(ANN, "Ann Smith", "2027-02-01", 4), plan(CARLA, "Carla Mendes", "2027-01-26", 2));
    Map<PatientId, PatientBenefits> benefits = Map.of(ANN, julyPlanYear(ANN, "Ann Smith", 30));
    assertThat(BenefitWorklists.deadlines(plans, benefits, TODAY, 60))
        .extracting(DeadlineEntry::patientName)
        .containsExactly("Carla Mendes");
    assertThat(BenefitWorklists.deadlines(plans, benefits, TODAY, 66))
        .extracting(DeadlineEntry::patientName)
        .containsExactly("Carla Mendes", "Ann Smith");
    assertThat(BenefitWorklists.deadlines(plans, benefits, TODAY, 1)).isEmpty();
  }

  @Test
  void ordersPatientsWithTheSameDeadlineByName() {
    List<DeadlineEntry> entries =
        BenefitWorklists.deadlines(
            List.of(
                plan(BEN, "ben okafor", "2026-12-20", 1), plan(ANN, "Ann Smith", "2026-12-20", 1)),
            Map.of(),
            TODAY,
            60);
    assertThat(entries)
        .extracting(DeadlineEntry::patientName)
        .containsExactly("Ann Smith", "ben okafor");
  }

  @Test
  void listsPatientsWithCoveredVisitsNeitherUsedNorBookedBeforeTheirReset() {
    List<UseBeforeReset> entries =
        BenefitWorklists.useBeforeReset(
            List.of(
                calendarYear(ANN, "Ann Smith", 20, 12, 3),
                calendarYear(BEN, "Ben Okafor", 12, 10, 2),
                calendarYear(CARLA, "Carla Mendes", 12, 12, 0),
                julyPlanYear(PatientId.newId(), "Dev Patel", 30)),
            TODAY,
            45);
    assertThat(entries)
        .extracting(e -> e.patientName() + " " + e.visitsToUse() + " " + e.periodEnd())
        .containsExactly("Ann Smith 5 2026-12-31");
    assertThat(entries.get(0).payer()).isEqualTo("Acme Health");
  }

  @Test
  void listsTheSoonestResetFirst() {
    List<UseBeforeReset> entries =
        BenefitWorklists.useBeforeReset(
            List.of(julyPlanYear(BEN, "Ben Okafor", 30), calendarYear(ANN, "Ann Smith", 20, 0, 0)),
            TODAY,
            BenefitWorklists.MAX_DAYS);
    assertThat(entries)
        .extracting(e -> e.patientName() + " " + e.periodEnd() + " " + e.visitsToUse())
        .containsExactly("Ann Smith 2026-12-31 20", "Ben Okafor 2027-06-30 30");
  }

  /** A coverage of Ann's for the calendar year, 20 visits allowed. */
  private static CoverageRecord annsCalendarYear(CoveragePriority priority, LocalDate from) {
    return Coverages.coverage(
        ANN, Coverages.terms(BenefitPeriod.calendarYear(), 20, priority, from));
  }

  @Test
  void paysFirstWithThePrimaryCoverageEffectiveThatDay() {
    CoverageRecord secondary = annsCalendarYear(CoveragePriority.SECONDARY, TODAY.minusYears(1));
    CoverageRecord oldPrimary = annsCalendarYear(CoveragePriority.PRIMARY, TODAY.minusYears(2));
    CoverageRecord newPrimary = annsCalendarYear(CoveragePriority.PRIMARY, TODAY.minusMonths(1));
    CoverageRecord notYetEffective = annsCalendarYear(CoveragePriority.PRIMARY, TODAY.plusDays(1));
    assertThat(
            Benefits.payingFirst(
                List.of(secondary, oldPrimary, newPrimary, notYetEffective), TODAY))
        .contains(newPrimary);
    assertThat(Benefits.payingFirst(List.of(secondary, notYetEffective), TODAY))
        .contains(secondary);
    assertThat(Benefits.payingFirst(List.of(notYetEffective), TODAY)).isEmpty();
  }

  @Test
  void paysWithNoCoverageAfterItsTerminationTookEffect() {
    CoverageRecord active = Coverages.calendarYear(ANN, 20);
    CoverageRecord terminated = Coverages.terminated(active, TODAY.minusDays(1));
    assertThat(Benefits.payingFirst(List.of(terminated), TODAY)).isEmpty();
    assertThat(Benefits.payingFirst(List.of(terminated), TODAY.minusDays(1))).contains(terminated);
  }

  @Test
  void takesTheAuthorizationValidTodayThatExpiresFirst() {
    AuthorizationUse expired =
        new AuthorizationUse(Coverages.authorization("OLD", 10, "2026-01-01", "2026-11-26"), 2, 0);
    AuthorizationUse later =
        new AuthorizationUse(
            Coverages.authorization("LATER", 10, "2026-11-01", "2027-02-01"), 2, 0);
    AuthorizationUse sooner =
        new AuthorizationUse(
            Coverages.authorization("SOONER", 10, "2026-10-01", "2026-12-20"), 2, 0);
    AuthorizationUse notYetValid =
        new AuthorizationUse(Coverages.authorization("NEXT", 10, "2026-11-28", "2026-12-01"), 0, 0);
    assertThat(Benefits.expiringFirst(List.of(expired, later, sooner, notYetValid), TODAY))
        .contains(sooner);
    assertThat(Benefits.expiringFirst(List.of(expired, notYetValid), TODAY)).isEmpty();
  }

  @Test
  void gathersEachPatientsBenefitsFromTheCoverageThatPaysFirst() {
    CoverageRecord primary = Coverages.calendarYear(ANN, 20);
    CoverageRecord secondary =
        Coverages.coverage(
            ANN,
            Coverages.terms(
                Coverages.JULY_PLAN_YEAR,
                30,
                CoveragePriority.SECONDARY,
                LocalDate.of(2026, 1, 1)));
    Authorization authorization = Coverages.authorization("AUTH-1", 10, "2026-10-01", "2026-12-20");
    Map<CoverageId, CoverageActivity> activity =
        Map.of(
            primary.coverageId(),
            new CoverageActivity(
                List.of(
                    new UsedVisits(LocalDate.of(2026, 1, 1), authorization.authorizationId(), 4)),
                List.of(
                    new BookedVisit(
                        LocalDate.of(2026, 12, 2),
                        LocalDate.of(2026, 1, 1),
                        authorization.authorizationId()))),
            secondary.coverageId(),
            new CoverageActivity(
                List.of(new UsedVisits(LocalDate.of(2026, 7, 1), null, 9)), List.of()));
    Map<PatientId, PatientBenefits> benefits =
        BenefitWorklists.benefitsOn(
            TODAY,
            List.of(secondary, primary),
            activity,
            Map.of(primary.coverageId(), List.of(authorization)),
            Map.of(Coverages.ACME, "Acme Health"),
            Map.of(ANN, "Ann Smith"));
    PatientBenefits ann = benefits.get(ANN);
    assertThat(benefits).containsOnlyKeys(ANN);
    assertThat(ann.patientName()).isEqualTo("Ann Smith");
    assertThat(ann.payerName()).isEqualTo("Acme Health");
    assertThat(ann.period().visits().used()).isEqualTo(4);
    assertThat(ann.period().bookedFromToday()).isEqualTo(1);
    assertThat(ann.firstExpiring().authorization().number()).isEqualTo("AUTH-1");
    assertThat(ann.firstExpiring().visits().remaining()).isEqualTo(6);
    assertThat(ann.firstExpiring().booked()).isEqualTo(1);
  }
}
