package com.needlework.api.billing;

import com.needlework.api.common.Money;
import com.needlework.api.patient.PatientId;

/** An invoice no longer stands; what was paid on it ({@code released}) becomes credit. */
public record InvoiceVoidedEvent(
    AccountId accountId,
    PatientId patientId,
    InvoiceNumber number,
    Money released,
    String reason) {}
