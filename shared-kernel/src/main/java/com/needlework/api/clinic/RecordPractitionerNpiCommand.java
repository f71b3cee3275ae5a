package com.needlework.api.clinic;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordPractitionerNpiCommand(
    @TargetAggregateIdentifier PractitionerId practitionerId, Npi npi) {}
