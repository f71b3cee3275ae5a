package com.needlework.api.scheduling;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordNoShowCommand(@TargetAggregateIdentifier VisitId visitId) {}
