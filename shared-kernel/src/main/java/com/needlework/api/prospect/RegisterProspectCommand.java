package com.needlework.api.prospect;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterProspectCommand(
    @TargetAggregateIdentifier ProspectId prospectId, ContactDetails contact) {}
