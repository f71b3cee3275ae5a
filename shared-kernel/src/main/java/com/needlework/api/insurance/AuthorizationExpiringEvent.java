package com.needlework.api.insurance;

import com.needlework.api.patient.PatientId;
import java.time.LocalDate;

/** An authorization ends soon with visits left: book them, or ask the payer to extend it. */
public record AuthorizationExpiringEvent(
    CoverageId coverageId,
    PatientId patientId,
    AuthorizationId authorizationId,
    LocalDate validUntil,
    int visitsLeft) {}
