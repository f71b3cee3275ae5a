package com.needlework.api.patient;

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
    int planNumber) {}
