package com.needlework.api.waitlist;

import com.needlework.api.clinic.VisitType;
import com.needlework.api.patient.PatientId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AddToWaitlistCommand(
    @TargetAggregateIdentifier WaitlistEntryId entryId,
    PatientId patientId,
    VisitType visitType,
    WaitlistPreferences preferences) {}
