package com.needlework.api.insurance;

import com.needlework.api.patient.PatientId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Adds a patient's coverage. {@code visitsUsedSoFar} are visits of the period containing {@code
 * asOf} the payer already counted (elsewhere, or before this system), so the count starts right.
 */
public record AddCoverageCommand(
    @TargetAggregateIdentifier CoverageId coverageId,
    PatientId patientId,
    CoverageTerms terms,
    int visitsUsedSoFar,
    LocalDate asOf) {}
