package com.needlework.query.patient;

import com.needlework.api.patient.Contraindication;
import java.time.Instant;

/** A clinician's override, with the patient aggregate's sequence number of its event. */
record OverrideRecord(
    long sequence,
    Contraindication contraindication,
    String reason,
    String clinician,
    Instant overriddenAt) {

  @Override
  public String toString() {
    return "OverrideRecord[sequence=%d, contraindication=%s]".formatted(sequence, contraindication);
  }
}
