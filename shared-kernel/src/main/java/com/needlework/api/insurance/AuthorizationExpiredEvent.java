package com.needlework.api.insurance;

import com.needlework.api.patient.PatientId;
import java.time.LocalDate;

public record AuthorizationExpiredEvent(
    CoverageId coverageId,
    PatientId patientId,
    AuthorizationId authorizationId,
    LocalDate validUntil,
    int visitsLeft) {}
