package com.needlework.api.insurance;

import com.needlework.api.patient.PatientId;
import java.time.Instant;

public record EligibilityReceivedEvent(
    CoverageId coverageId, PatientId patientId, EligibilityReport report, Instant receivedAt) {}
