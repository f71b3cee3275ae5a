package com.needlework.api.waitlist;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record OfferWaitlistSlotCommand(
    @TargetAggregateIdentifier WaitlistEntryId entryId, WaitlistOffer offer) {}
