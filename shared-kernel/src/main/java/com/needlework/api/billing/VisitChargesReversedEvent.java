package com.needlework.api.billing;

import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.VisitId;

/** A visit's charges are taken back (its completion was reversed). */
public record VisitChargesReversedEvent(
    AccountId accountId, PatientId patientId, VisitId visitId, String reason) {}
