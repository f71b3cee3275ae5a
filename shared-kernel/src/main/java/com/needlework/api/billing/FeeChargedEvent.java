package com.needlework.api.billing;

import com.needlework.api.common.Money;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.VisitId;

public record FeeChargedEvent(
    AccountId accountId,
    PatientId patientId,
    FeeId feeId,
    VisitId visitId,
    FeeKind kind,
    Money amount,
    InvoiceNumber invoice) {}
