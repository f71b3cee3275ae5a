package com.needlework.api.scheduling;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CancelVisitCommand(@TargetAggregateIdentifier VisitId visitId, String reason) {

  @Override
  public String toString() {
    return "CancelVisitCommand[visitId=%s]".formatted(visitId);
  }
}
