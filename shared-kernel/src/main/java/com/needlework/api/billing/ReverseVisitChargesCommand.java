package com.needlework.api.billing;

import com.needlework.api.scheduling.VisitId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReverseVisitChargesCommand(
    @TargetAggregateIdentifier AccountId accountId, VisitId visitId, String reason) {}
