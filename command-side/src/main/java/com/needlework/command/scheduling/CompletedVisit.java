package com.needlework.command.scheduling;

import com.needlework.api.clinic.VisitType;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.insurance.VisitCoverage;
import com.needlework.api.patient.PatientId;
import java.util.Set;

/** What completing a visit answers: whom it was for, how it is paid, what it is billed as. */
public record CompletedVisit(
    PatientId patientId,
    VisitType visitType,
    TimeSlot slot,
    VisitCoverage coverage,
    Set<String> codes) {}
