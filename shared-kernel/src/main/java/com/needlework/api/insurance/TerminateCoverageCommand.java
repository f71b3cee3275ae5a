package com.needlework.api.insurance;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends a coverage after {@code lastDay}; its deadlines go with it. */
public record TerminateCoverageCommand(
    @TargetAggregateIdentifier CoverageId coverageId, LocalDate lastDay) {}
