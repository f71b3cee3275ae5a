package com.needlework.api.waitlist;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeclineWaitlistOfferCommand(@TargetAggregateIdentifier WaitlistEntryId entryId) {}
