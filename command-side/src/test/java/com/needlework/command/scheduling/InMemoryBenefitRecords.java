package com.needlework.command.scheduling;

import com.needlework.api.insurance.VisitCoverage;
import com.needlework.api.patient.PatientId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Patients' insurance for fixture tests; a patient without coverage pays themselves. */
class InMemoryBenefitRecords implements BenefitRecords {

  private final Map<PatientId, List<CoverageSnapshot>> coverages = new HashMap<>();

  void insure(PatientId patient, CoverageSnapshot coverage) {
    coverages.computeIfAbsent(patient, p -> new ArrayList<>()).add(coverage);
  }

  /** How a visit of a patient without coverage is paid. */
  static VisitCoverage uninsured(Instant start) {
    return VisitCoverage.selfPay(
        "No coverage is effective on "
            + LocalDate.ofInstant(start, InMemoryClinicCalendar.LOS_ANGELES));
  }

  @Override
  public List<CoverageSnapshot> coveragesOn(PatientId patientId, LocalDate date) {
    return coverages.getOrDefault(patientId, List.of()).stream()
        .filter(c -> c.period().contains(date))
        .toList();
  }
}
