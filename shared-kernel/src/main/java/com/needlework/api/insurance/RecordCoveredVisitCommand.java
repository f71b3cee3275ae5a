package com.needlework.api.insurance;

import com.needlework.api.scheduling.VisitId;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A covered visit took place: it uses a visit of its period and one of its authorization. */
public record RecordCoveredVisitCommand(
    @TargetAggregateIdentifier CoverageId coverageId,
    VisitId visitId,
    LocalDate serviceDate,
    Set<String> codes) {}
