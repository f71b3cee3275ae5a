package com.needlework.api.scheduling;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Undoes a completion recorded by mistake; the visit is back to checked in. */
public record ReverseVisitCompletionCommand(
    @TargetAggregateIdentifier VisitId visitId, String reason) {}
