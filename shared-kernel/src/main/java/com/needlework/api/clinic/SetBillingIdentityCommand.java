package com.needlework.api.clinic;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SetBillingIdentityCommand(
    @TargetAggregateIdentifier ClinicId clinicId, BillingIdentity identity) {}
