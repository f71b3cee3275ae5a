package com.needlework.command.scheduling;

import com.needlework.api.insurance.VisitCoverage;
import com.needlework.api.patient.PatientId;

/** What un-completing a visit answers: whose account is re-billed and how the visit was paid. */
public record ReversedVisit(PatientId patientId, VisitCoverage coverage) {}
