package com.needlework.query.patient;

import com.needlework.api.patient.PatientId;
import com.needlework.api.prospect.ProspectId;
import java.time.LocalDate;

/** A patient as stored: details (PHI) and current care. */
public record PatientRecord(
    PatientId patientId,
    String name,
    LocalDate dateOfBirth,
    String phone,
    String email,
    ProspectId convertedFrom,
    CareRecord care) {

  @Override
  public String toString() {
    return "PatientRecord[patientId=%s]".formatted(patientId);
  }
}
