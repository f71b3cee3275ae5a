package com.needlework.api.patient;

import java.time.Instant;

/** Who overrode which contraindication, why and when. */
public record ContraindicationOverriddenEvent(
    PatientId patientId,
    Contraindication contraindication,
    String reason,
    String clinician,
    Instant overriddenAt) {

  @Override
  public String toString() {
    return "ContraindicationOverriddenEvent[patientId=%s, contraindication=%s, clinician=%s]"
        .formatted(patientId, contraindication, clinician);
  }
}
