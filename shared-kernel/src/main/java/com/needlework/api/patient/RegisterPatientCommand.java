package com.needlework.api.patient;

import com.needlework.api.prospect.ProspectId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a patient; {@code convertedFrom} names the prospect they were, if any. */
public record RegisterPatientCommand(
    @TargetAggregateIdentifier PatientId patientId,
    PatientDetails details,
    ProspectId convertedFrom) {}
