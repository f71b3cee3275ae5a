package com.needlework.api.patient;

import com.needlework.api.billing.Diagnoses;
import com.needlework.api.scheduling.VisitId;
import java.time.LocalDate;

/** A new episode of care: {@code planNumber} counts the patient's plans, from 1. */
public record EvaluationRecordedEvent(
    PatientId patientId,
    VisitId visitId,
    LocalDate evaluatedOn,
    EvaluationComplexity complexity,
    Screening screening,
    PlanOfCare planOfCare,
    int planNumber,
    Diagnoses diagnoses) {

  /** The diagnoses found; none for an evaluation recorded before diagnoses were. */
  @Override
  public Diagnoses diagnoses() {
    return diagnoses == null ? Diagnoses.NONE : diagnoses;
  }
}
