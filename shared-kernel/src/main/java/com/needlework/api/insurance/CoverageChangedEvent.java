package com.needlework.api.insurance;

import com.needlework.api.patient.PatientId;

public record CoverageChangedEvent(
    CoverageId coverageId, PatientId patientId, CoverageTerms terms) {}
