package com.needlework.api.billing;

import com.needlework.api.patient.PatientId;

/** A fee staff chose not to charge after all, with their reason; its invoice is voided. */
public record FeeWaivedEvent(
    AccountId accountId, PatientId patientId, FeeId feeId, String reason, String waivedBy) {}
