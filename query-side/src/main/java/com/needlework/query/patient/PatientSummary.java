package com.needlework.query.patient;

import com.needlework.api.patient.PatientId;
import java.time.LocalDate;

/** One patient found by a name search. PHI. */
public record PatientSummary(PatientId patientId, String name, LocalDate dateOfBirth) {

  @Override
  public String toString() {
    return "PatientSummary[patientId=%s]".formatted(patientId);
  }
}
