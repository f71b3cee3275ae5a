package com.needlework.api.insurance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordEligibilityCommand(
    @TargetAggregateIdentifier CoverageId coverageId, EligibilityReport report) {}
