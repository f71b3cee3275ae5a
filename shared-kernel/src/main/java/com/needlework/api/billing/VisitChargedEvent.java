package com.needlework.api.billing;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.insurance.CoverageId;
import com.needlework.api.insurance.PayerId;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.VisitId;
import java.time.LocalDate;

/**
 * A completed visit's coded charges: its lines, who pays each, the diagnoses they point to and the
 * estimate of what the patient and the payer will pay. The coverage and payer are null for a wholly
 * self-pay visit.
 */
public record VisitChargedEvent(
    AccountId accountId,
    PatientId patientId,
    VisitId visitId,
    PractitionerId practitionerId,
    LocalDate serviceDate,
    CoverageId coverageId,
    PayerId payerId,
    Diagnoses diagnoses,
    Charges charges,
    ChargeEstimate estimate) {}
