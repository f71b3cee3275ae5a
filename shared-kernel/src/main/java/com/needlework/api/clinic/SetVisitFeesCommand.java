package com.needlework.api.clinic;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SetVisitFeesCommand(@TargetAggregateIdentifier ClinicId clinicId, VisitFees fees) {}
