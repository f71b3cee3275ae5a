package com.needlework.api.clinic;

import com.needlework.api.billing.Fee;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SetFeeCommand(@TargetAggregateIdentifier ClinicId clinicId, Fee fee) {}
