package com.needlework.command.scheduling;

import com.needlework.api.billing.FeeKind;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.patient.PatientId;
import java.util.Optional;

/**
 * A visit the patient did not come to, and the clinic's policy fee it owes: a no-show, or a
 * cancellation inside the late-cancellation window, of a patient's evaluation or needling session.
 * A discovery call is free whatever happens to it.
 */
public record MissedVisit(PatientId patientId, VisitType visitType, FeeKind kind) {

  static MissedVisit cancelled(PatientId patient, VisitType type, boolean late) {
    return new MissedVisit(patient, type, late ? FeeKind.LATE_CANCELLATION : null);
  }

  static MissedVisit noShow(PatientId patient, VisitType type) {
    return new MissedVisit(patient, type, FeeKind.NO_SHOW);
  }

  /** The fee the missed visit owes, if any. */
  public Optional<FeeKind> feeOwed() {
    return patientId == null || visitType == VisitType.DISCOVERY_CALL
        ? Optional.empty()
        : Optional.ofNullable(kind);
  }
}
