package com.needlework.api.clinic;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records (or renews) a practitioner's dry-needling credential for one state. */
public record RecordCredentialCommand(
    @TargetAggregateIdentifier PractitionerId practitionerId, DryNeedlingCredential credential) {}
