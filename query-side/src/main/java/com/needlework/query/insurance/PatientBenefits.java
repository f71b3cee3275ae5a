package com.needlework.query.insurance;

import com.needlework.api.insurance.AuthorizationUse;
import com.needlework.api.patient.PatientId;

/**
 * A patient's coverage that pays first today, where its benefit period stands, and its
 * authorization valid today that expires first (null when it has none). PHI (the name).
 */
record PatientBenefits(
    PatientId patientId,
    String patientName,
    String payerName,
    PeriodStanding period,
    AuthorizationUse firstExpiring) {

  @Override
  public String toString() {
    return "PatientBenefits[patientId=%s]".formatted(patientId);
  }
}
