package com.needlework.api.waitlist;

import com.needlework.api.scheduling.VisitId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Accepts the open offer; the visit it books gets {@code visitId}. */
public record AcceptWaitlistOfferCommand(
    @TargetAggregateIdentifier WaitlistEntryId entryId, VisitId visitId) {}
