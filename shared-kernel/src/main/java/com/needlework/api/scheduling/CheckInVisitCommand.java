package com.needlework.api.scheduling;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CheckInVisitCommand(@TargetAggregateIdentifier VisitId visitId) {}
