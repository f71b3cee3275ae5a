package com.needlework.query.insurance;

import com.needlework.api.common.Refusal;
import com.needlework.api.insurance.Authorization;
import com.needlework.api.insurance.Benefits;
import com.needlework.api.insurance.CoverageId;
import com.needlework.api.insurance.PayerId;
import com.needlework.api.patient.PatientId;
import com.needlework.query.clinic.ClinicClock;
import com.needlework.query.insurance.CoverageView.LastEligibility;
import com.needlework.query.patient.PatientRecords;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Answers a patient's coverages and the benefit-deadline worklists as of the clinic's today, from
 * the coverage, payer, schedule and patients read models.
 */
@Component
class InsuranceQueries {

  private final CoverageRecords coverages;
  private final PayerRecords payers;
  private final PatientRecords patients;
  private final ClinicClock clock;

  InsuranceQueries(
      CoverageRecords coverages, PayerRecords payers, PatientRecords patients, ClinicClock clock) {
    this.coverages = coverages;
    this.payers = payers;
    this.patients = patients;
    this.clock = clock;
  }

  /** The patient's coverages in the order they pay; refused as not found for an unknown patient. */
  List<CoverageView> coveragesOf(PatientId patient) {
    patients.requireKnown(patient);
    ZoneId zone = clock.zone();
    LocalDate today = clock.today();
    Map<CoverageId, CoverageActivity> activity = coverages.activity(patient, zone);
    Map<CoverageId, List<Authorization>> authorizations = coverages.authorizations(patient);
    Map<CoverageId, LastEligibility> eligibility = coverages.eligibility(patient, zone);
    Map<PayerId, String> payerNames = payers.names();
    return coverages.coverages(patient).stream()
        .sorted(Benefits.payingOrder())
        .map(
            coverage -> {
              CoverageActivity used =
                  activity.getOrDefault(coverage.coverageId(), CoverageActivity.NONE);
              return CoverageView.of(
                  coverage,
                  payerNames.get(coverage.terms().payerId()),
                  used,
                  used.authorizationUses(
                      authorizations.getOrDefault(coverage.coverageId(), List.of())),
                  eligibility.get(coverage.coverageId()),
                  today);
            })
        .toList();
  }

  /** One coverage as its patient's coverages show it; refused as not found for an unknown one. */
  CoverageView coverage(CoverageId coverageId) {
    PatientId patient =
        coverages.patientOf(coverageId).orElseThrow(() -> Refusal.notFound("coverage", coverageId));
    return coveragesOf(patient).stream()
        .filter(view -> view.coverageId().equals(coverageId))
        .findFirst()
        .orElseThrow(() -> Refusal.notFound("coverage", coverageId));
  }

  List<DeadlineEntry> deadlines(int within) {
    requireDays(within);
    ZoneId zone = clock.zone();
    LocalDate today = clock.today();
    return BenefitWorklists.deadlines(
        patients.activePlans(today), benefitsOn(today, zone), today, within);
  }

  List<UseBeforeReset> useBeforeReset(int within) {
    requireDays(within);
    ZoneId zone = clock.zone();
    LocalDate today = clock.today();
    return BenefitWorklists.useBeforeReset(benefitsOn(today, zone).values(), today, within);
  }

  private Map<PatientId, PatientBenefits> benefitsOn(LocalDate today, ZoneId zone) {
    return BenefitWorklists.benefitsOn(
        today,
        coverages.coverages(null),
        coverages.activity(null, zone),
        coverages.authorizations(null),
        payers.names(),
        coverages.coveredPatientNames());
  }

  private static void requireDays(int within) {
    if (within < BenefitWorklists.MIN_DAYS || within > BenefitWorklists.MAX_DAYS) {
      throw Refusal.invalid(
          "'within' is a number of days from "
              + BenefitWorklists.MIN_DAYS
              + " to "
              + BenefitWorklists.MAX_DAYS
              + ", not "
              + within);
    }
  }
}
