package com.needlework.api.insurance;

import com.needlework.api.common.DateRange;
import com.needlework.api.patient.PatientId;

/** A benefit period ran out: unused visits are lost, counting starts again in the next. */
public record BenefitPeriodEndedEvent(
    CoverageId coverageId,
    PatientId patientId,
    DateRange endedPeriod,
    int visitsUnused,
    DateRange nextPeriod) {}
