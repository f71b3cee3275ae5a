package com.needlework.api.scheduling;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Completes a visit: an evaluation with its findings, a needling session with its treatment. */
public record CompleteVisitCommand(
    @TargetAggregateIdentifier VisitId visitId,
    EvaluationFindings evaluation,
    NeedlingTreatment needling) {}
