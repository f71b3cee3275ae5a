package com.needlework.api.scheduling;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.insurance.VisitCoverage;
import com.needlework.api.patient.PatientId;

/**
 * A visit was cancelled; {@code late} when inside the clinic's late-cancellation window. It names
 * what the visit held, so that whoever wants the freed time knows what it was.
 */
public record VisitCancelledEvent(
    VisitId visitId,
    VisitType visitType,
    PatientId patientId,
    PractitionerId practitionerId,
    RoomId roomId,
    TimeSlot slot,
    String reason,
    boolean late,
    VisitCoverage coverage) {

  @Override
  public String toString() {
    return "VisitCancelledEvent[visitId=%s, visitType=%s, slot=%s, late=%s]"
        .formatted(visitId, visitType, slot, late);
  }
}
