package com.needlework.api.insurance;

import com.needlework.api.patient.PatientId;
import java.time.LocalDate;

public record CoverageTerminatedEvent(
    CoverageId coverageId, PatientId patientId, LocalDate lastDay) {}
