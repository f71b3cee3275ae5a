package com.needlework.command.scheduling;

import com.needlework.api.common.DateRange;
import com.needlework.api.insurance.CoverageStanding;
import com.needlework.api.insurance.CoveredVisits;
import com.needlework.api.insurance.VisitCoverage;
import com.needlework.api.patient.PatientId;
import com.needlework.command.insurance.BenefitRecords;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Patients' insurance for fixture tests, nothing used or booked; without coverage they pay. */
class InMemoryBenefitRecords implements BenefitRecords {

  private final Map<PatientId, List<CoverageOnFile>> coverages = new HashMap<>();

  void insure(PatientId patient, CoverageOnFile coverage) {
    coverages.computeIfAbsent(patient, p -> new ArrayList<>()).add(coverage);
  }

  /** How a visit of a patient without coverage is paid. */
  static VisitCoverage uninsured(Instant start) {
    return VisitCoverage.selfPay(
        "No coverage is effective on "
            + LocalDate.ofInstant(start, InMemoryClinicCalendar.LOS_ANGELES));
  }

  @Override
  public List<CoverageOnFile> coverages(PatientId patientId) {
    return coverages.getOrDefault(patientId, List.of());
  }

  @Override
  public CoverageStanding holdStanding(CoverageOnFile coverage, LocalDate day) {
    DateRange period = coverage.benefitPeriod().containing(day);
    return new CoverageStanding(
        coverage.coverageId(),
        period,
        new CoveredVisits(coverage.visitsAllowed(), 0, 0),
        List.of());
  }
}
