package com.needlework.api.billing;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.insurance.VisitCoverage;
import com.needlework.api.patient.EvaluationComplexity;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.NeedlingTreatment;
import com.needlework.api.scheduling.VisitId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Codes and posts a completed visit's charges; answers the {@link Charges}. The diagnoses are the
 * evaluation's when the visit is one, or null for the patient's current ones.
 */
public record ChargeVisitCommand(
    @TargetAggregateIdentifier AccountId accountId,
    PatientId patientId,
    VisitId visitId,
    PractitionerId practitionerId,
    VisitType visitType,
    LocalDate serviceDate,
    EvaluationComplexity complexity,
    NeedlingTreatment needling,
    Diagnoses diagnoses,
    VisitCoverage coverage) {}
