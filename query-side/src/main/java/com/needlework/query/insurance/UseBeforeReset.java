package com.needlework.query.insurance;

import com.needlework.api.patient.PatientId;
import java.time.LocalDate;

/** A patient with covered visits neither used nor booked, lost when the period ends. PHI. */
record UseBeforeReset(
    PatientId patientId, String patientName, String payer, LocalDate periodEnd, int visitsToUse) {

  @Override
  public String toString() {
    return "UseBeforeReset[patientId=%s, periodEnd=%s]".formatted(patientId, periodEnd);
  }
}
