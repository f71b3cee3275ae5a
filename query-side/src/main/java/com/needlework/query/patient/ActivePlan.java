package com.needlework.query.patient;

import com.needlework.api.patient.PatientId;
import java.time.LocalDate;

/**
 * A patient whose plan of care is still certified, with the sessions the plan allows that are not
 * booked yet. PHI (the name).
 */
public record ActivePlan(
    PatientId patientId, String name, LocalDate certifiedUntil, int sessionsLeft) {

  @Override
  public String toString() {
    return "ActivePlan[patientId=%s]".formatted(patientId);
  }
}
