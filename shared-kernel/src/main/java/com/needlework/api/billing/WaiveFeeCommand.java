package com.needlework.api.billing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record WaiveFeeCommand(
    @TargetAggregateIdentifier AccountId accountId, FeeId feeId, String reason, String waivedBy) {}
