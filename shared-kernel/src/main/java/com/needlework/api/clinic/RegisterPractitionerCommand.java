package com.needlework.api.clinic;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterPractitionerCommand(
    @TargetAggregateIdentifier PractitionerId practitionerId, String name, WeeklyHours hours) {}
