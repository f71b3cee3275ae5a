package com.needlework.api.insurance;

import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.VisitId;
import java.time.LocalDate;

/**
 * A visit took place that the coverage cannot pay as it stands (limit or authorization used up).
 */
public record CoveredVisitNeedsAttentionEvent(
    CoverageId coverageId,
    PatientId patientId,
    VisitId visitId,
    LocalDate serviceDate,
    String reason) {}
