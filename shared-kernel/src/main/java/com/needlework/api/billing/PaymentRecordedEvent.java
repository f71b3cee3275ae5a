package com.needlework.api.billing;

import com.needlework.api.common.Money;
import com.needlework.api.patient.PatientId;
import java.time.Instant;
import java.util.List;

/** A payment taken; {@code allocations} say which invoices it paid, the rest is credit. */
public record PaymentRecordedEvent(
    AccountId accountId,
    PatientId patientId,
    PaymentId paymentId,
    Money amount,
    PaymentMethod method,
    String reference,
    InvoiceNumber requestedInvoice,
    String takenBy,
    Instant receivedAt,
    List<Allocation> allocations) {}
