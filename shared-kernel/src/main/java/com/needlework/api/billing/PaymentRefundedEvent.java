package com.needlework.api.billing;

import com.needlework.api.common.Money;
import com.needlework.api.patient.PatientId;
import java.time.Instant;
import java.util.List;

/** Money given back from a payment; {@code allocations} (negative) reopen what it had paid. */
public record PaymentRefundedEvent(
    AccountId accountId,
    PatientId patientId,
    PaymentId paymentId,
    Money amount,
    String reason,
    String refundedBy,
    Instant refundedAt,
    List<Allocation> allocations) {}
