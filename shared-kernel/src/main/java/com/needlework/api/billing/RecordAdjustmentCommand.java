package com.needlework.api.billing;

import com.needlework.api.common.Money;
import com.needlework.api.patient.PatientId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordAdjustmentCommand(
    @TargetAggregateIdentifier AccountId accountId,
    PatientId patientId,
    AdjustmentId adjustmentId,
    AdjustmentKind kind,
    Money amount,
    String reason,
    InvoiceNumber invoice,
    String recordedBy) {}
