package com.needlework.api.insurance;

import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.VisitId;
import java.time.LocalDate;

public record CoveredVisitReturnedEvent(
    CoverageId coverageId,
    PatientId patientId,
    VisitId visitId,
    LocalDate periodStart,
    AuthorizationId authorizationId) {}
