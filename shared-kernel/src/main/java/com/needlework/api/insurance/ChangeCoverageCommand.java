package com.needlework.api.insurance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangeCoverageCommand(
    @TargetAggregateIdentifier CoverageId coverageId, CoverageTerms terms) {}
