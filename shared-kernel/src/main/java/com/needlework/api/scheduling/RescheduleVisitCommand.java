package com.needlework.api.scheduling;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves a booked visit to another start with the same practitioner (and room). */
public record RescheduleVisitCommand(@TargetAggregateIdentifier VisitId visitId, Instant start) {}
