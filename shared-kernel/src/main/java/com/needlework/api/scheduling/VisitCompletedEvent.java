package com.needlework.api.scheduling;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.insurance.VisitCoverage;
import com.needlework.api.patient.EvaluationComplexity;
import com.needlework.api.patient.PatientId;
import java.time.Instant;

/** A visit took place; an evaluation carries its complexity, a needling session its treatment. */
public record VisitCompletedEvent(
    VisitId visitId,
    VisitType visitType,
    PatientId patientId,
    PractitionerId practitionerId,
    TimeSlot slot,
    Instant completedAt,
    EvaluationComplexity evaluationComplexity,
    NeedlingTreatment needling,
    VisitCoverage coverage) {}
