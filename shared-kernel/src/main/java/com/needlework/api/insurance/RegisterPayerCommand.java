package com.needlework.api.insurance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a payer; {@code electronicPayerId} is its id at the clearinghouse (X12). */
public record RegisterPayerCommand(
    @TargetAggregateIdentifier PayerId payerId,
    String name,
    String electronicPayerId,
    PayerRules rules) {}
