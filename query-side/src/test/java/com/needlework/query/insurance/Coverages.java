package com.needlework.query.insurance;

import com.needlework.api.common.DateRange;
import com.needlework.api.common.Money;
import com.needlework.api.insurance.Authorization;
import com.needlework.api.insurance.AuthorizationId;
import com.needlework.api.insurance.BenefitPeriod;
import com.needlework.api.insurance.BenefitPeriodType;
import com.needlework.api.insurance.CostSharing;
import com.needlework.api.insurance.CoverageId;
import com.needlework.api.insurance.CoveragePriority;
import com.needlework.api.insurance.CoverageTerms;
import com.needlework.api.insurance.PayerId;
import com.needlework.api.insurance.SubscriberRelation;
import com.needlework.api.patient.PatientId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/** Builds coverages and authorizations for the tests. */
final class Coverages {

  static final PayerId ACME = PayerId.newId();
  static final BenefitPeriod JULY_PLAN_YEAR =
      new BenefitPeriod(BenefitPeriodType.PLAN_YEAR, MonthDay.of(7, 1));

  private Coverages() {}

  static CoverageTerms terms(
      BenefitPeriod period, int visitsAllowed, CoveragePriority priority, LocalDate from) {
    return new CoverageTerms(
        ACME,
        "ACM-1234567",
        SubscriberRelation.SELF,
        priority,
        period,
        visitsAllowed,
        new CostSharing(
            Money.of("30.00"), new BigDecimal("20"), Money.of("1500.00"), Money.of("250.50")),
        from,
        null);
  }

  /** A primary calendar-year coverage effective since 2026-01-01, tracked from the start. */
  static CoverageRecord calendarYear(PatientId patient, int visitsAllowed) {
    return coverage(
        patient,
        terms(
            BenefitPeriod.calendarYear(),
            visitsAllowed,
            CoveragePriority.PRIMARY,
            LocalDate.of(2026, 1, 1)));
  }

  static CoverageRecord coverage(PatientId patient, CoverageTerms terms) {
    return new CoverageRecord(
        CoverageId.newId(),
        patient,
        terms,
        null,
        terms.benefitPeriod().containing(terms.effectiveFrom()),
        0);
  }

  /** The same coverage, terminated: {@code lastDay} is its last covered day. */
  static CoverageRecord terminated(CoverageRecord coverage, LocalDate lastDay) {
    return new CoverageRecord(
        coverage.coverageId(),
        coverage.patientId(),
        coverage.terms(),
        lastDay,
        coverage.usedSoFarPeriod(),
        coverage.visitsUsedSoFar());
  }

  /** The same coverage, with {@code used} visits the payer counted in {@code period} before. */
  static CoverageRecord usedBeforeTracking(CoverageRecord coverage, DateRange period, int used) {
    return new CoverageRecord(
        coverage.coverageId(),
        coverage.patientId(),
        coverage.terms(),
        coverage.lastDay(),
        period,
        used);
  }

  static Authorization authorization(String number, int visits, String from, String to) {
    return new Authorization(
        AuthorizationId.newId(),
        number,
        visits,
        new DateRange(LocalDate.parse(from), LocalDate.parse(to)),
        Set.of());
  }
}
