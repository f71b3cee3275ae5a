package com.needlework.api.insurance;

import com.needlework.api.scheduling.VisitId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A completion was reversed: the visit it used goes back to the period and authorization. */
public record ReturnCoveredVisitCommand(
    @TargetAggregateIdentifier CoverageId coverageId, VisitId visitId) {}
