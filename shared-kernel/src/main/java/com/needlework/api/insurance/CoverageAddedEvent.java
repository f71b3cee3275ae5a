package com.needlework.api.insurance;

import com.needlework.api.common.DateRange;
import com.needlework.api.patient.PatientId;

public record CoverageAddedEvent(
    CoverageId coverageId,
    PatientId patientId,
    CoverageTerms terms,
    DateRange usedSoFarPeriod,
    int visitsUsedSoFar) {}
