package com.needlework.api.billing;

import com.needlework.api.common.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RefundPaymentCommand(
    @TargetAggregateIdentifier AccountId accountId,
    PaymentId paymentId,
    Money amount,
    String reason,
    String refundedBy) {}
