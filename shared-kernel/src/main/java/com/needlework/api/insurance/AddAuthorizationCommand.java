package com.needlework.api.insurance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AddAuthorizationCommand(
    @TargetAggregateIdentifier CoverageId coverageId, Authorization authorization) {}
