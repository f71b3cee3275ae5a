package com.needlework.api.insurance;

import com.needlework.api.common.Refusal;
import com.needlework.api.common.Texts;
import java.time.LocalDate;

/** A coverage's terms: who pays, for whom, the benefit period, visits per period, cost sharing. */
public record CoverageTerms(
    PayerId payerId,
    String memberId,
    SubscriberRelation subscriberRelation,
    CoveragePriority priority,
    BenefitPeriod benefitPeriod,
    int visitsAllowed,
    CostSharing costSharing,
    LocalDate effectiveFrom,
    LocalDate effectiveUntil) {

  public CoverageTerms {
    if (payerId == null) {
      throw Refusal.invalid("A coverage names its payer (payerId)");
    }
    memberId = Texts.required(memberId, "member id", 80);
    subscriberRelation = subscriberRelation == null ? SubscriberRelation.SELF : subscriberRelation;
    priority = priority == null ? CoveragePriority.PRIMARY : priority;
    if (benefitPeriod == null) {
      throw Refusal.invalid("A coverage states its benefit period");
    }
    if (visitsAllowed < 0 || visitsAllowed > 366) {
      throw Refusal.invalid("Visits allowed per period lie between 0 and 366");
    }
    costSharing = costSharing == null ? new CostSharing(null, null, null, null) : costSharing;
    if (effectiveFrom == null) {
      throw Refusal.invalid("A coverage states the day it is effective from");
    }
    if (effectiveUntil != null && effectiveUntil.isBefore(effectiveFrom)) {
      throw Refusal.invalid("A coverage cannot end before it starts");
    }
  }

  public boolean effectiveOn(LocalDate date) {
    return RankedCoverage.effectiveBetween(effectiveFrom, effectiveUntil, date);
  }
}
