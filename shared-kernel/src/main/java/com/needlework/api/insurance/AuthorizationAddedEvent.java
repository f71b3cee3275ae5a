package com.needlework.api.insurance;

import com.needlework.api.patient.PatientId;

public record AuthorizationAddedEvent(
    CoverageId coverageId, PatientId patientId, Authorization authorization) {}
