package com.needlework.api.insurance;

import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.VisitId;
import java.time.LocalDate;

/**
 * A visit booked under the coverage took place, but none of its charge lines is billed to it (such
 * as needling alone, which the payer does not cover): it uses none of the coverage's visits.
 */
public record CoveredVisitNotBilledEvent(
    CoverageId coverageId,
    PatientId patientId,
    VisitId visitId,
    LocalDate serviceDate,
    String reason) {}
