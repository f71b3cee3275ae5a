package com.needlework.api.scheduling;

import com.needlework.api.clinic.VisitType;
import com.needlework.api.insurance.VisitCoverage;
import com.needlework.api.patient.PatientId;

public record VisitCompletionReversedEvent(
    VisitId visitId,
    VisitType visitType,
    PatientId patientId,
    VisitCoverage coverage,
    String reason) {}
