package com.needlework.api.patient;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record UpdatePlanOfCareCommand(
    @TargetAggregateIdentifier PatientId patientId, PlanOfCare planOfCare, String recordedBy) {}
