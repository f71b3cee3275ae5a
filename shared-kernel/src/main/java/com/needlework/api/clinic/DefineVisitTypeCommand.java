package com.needlework.api.clinic;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Defines (or redefines) how the clinic offers one visit type. */
public record DefineVisitTypeCommand(
    @TargetAggregateIdentifier ClinicId clinicId, VisitTypeSettings settings) {}
