package com.needlework.api.scheduling;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Checks a completion's outcome against a booked or checked-in visit and answers what completing it
 * would record, appending nothing: for the charges the completion form shows while it is filled in.
 */
public record PreviewCompletionCommand(
    @TargetAggregateIdentifier VisitId visitId,
    EvaluationFindings evaluation,
    NeedlingTreatment needling) {

  public CompleteVisitCommand asCompletion() {
    return new CompleteVisitCommand(visitId, evaluation, needling);
  }
}
