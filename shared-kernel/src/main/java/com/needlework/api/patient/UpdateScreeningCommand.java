package com.needlework.api.patient;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record UpdateScreeningCommand(
    @TargetAggregateIdentifier PatientId patientId, Screening screening, String recordedBy) {}
