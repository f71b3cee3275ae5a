package com.needlework.command.scheduling;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.insurance.VisitCoverage;
import com.needlework.api.patient.EvaluationComplexity;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.NeedlingTreatment;

/** What completing a visit answers: whom it was for, who treated, what was done, how it is paid. */
public record CompletedVisit(
    PatientId patientId,
    PractitionerId practitionerId,
    VisitType visitType,
    TimeSlot slot,
    EvaluationComplexity complexity,
    NeedlingTreatment needling,
    VisitCoverage coverage) {}
