package com.needlework.api.billing;

import com.needlework.api.common.Money;
import com.needlework.api.patient.PatientId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A payment from the patient; to the named invoice, or to the oldest open ones. */
public record RecordPaymentCommand(
    @TargetAggregateIdentifier AccountId accountId,
    PatientId patientId,
    PaymentId paymentId,
    Money amount,
    PaymentMethod method,
    String reference,
    InvoiceNumber invoice,
    String takenBy) {}
