package com.needlework.api.billing;

import com.needlework.api.common.Money;
import com.needlework.api.patient.PatientId;
import java.time.Instant;
import java.util.List;

/** A write-off or an adjustment lowering what the patient owes, with its reason. */
public record AdjustmentRecordedEvent(
    AccountId accountId,
    PatientId patientId,
    AdjustmentId adjustmentId,
    AdjustmentKind kind,
    Money amount,
    String reason,
    InvoiceNumber requestedInvoice,
    String recordedBy,
    Instant recordedAt,
    List<Allocation> allocations) {}
