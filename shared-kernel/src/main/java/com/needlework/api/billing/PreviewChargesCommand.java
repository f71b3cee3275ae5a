package com.needlework.api.billing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Codes a visit as {@link ChargeVisitCommand} would, against the account as it stands, appending
 * nothing; answers the {@link ChargePreview}.
 */
public record PreviewChargesCommand(
    @TargetAggregateIdentifier AccountId accountId, ChargeVisitCommand visit) {}
