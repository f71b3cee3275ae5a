package com.needlework.api.billing;

import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.VisitId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Charges the clinic's policy fee for a late cancellation or a no-show (none when it is zero). */
public record ChargeFeeCommand(
    @TargetAggregateIdentifier AccountId accountId,
    PatientId patientId,
    VisitId visitId,
    FeeKind kind) {}
