package com.needlework.query.insurance;

import com.needlework.api.common.Money;
import com.needlework.api.insurance.AuthorizationId;
import com.needlework.api.insurance.AuthorizationUse;
import com.needlework.api.insurance.BenefitPeriodType;
import com.needlework.api.insurance.CostSharing;
import com.needlework.api.insurance.CoverageId;
import com.needlework.api.insurance.CoveragePriority;
import com.needlework.api.insurance.EligibilityReport;
import com.needlework.api.insurance.PayerId;
import com.needlework.api.insurance.SubscriberRelation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * One of a patient's coverages as the front desk sees it on a day: its current benefit period with
 * the visits allowed, used, booked and remaining, its cost sharing, its authorizations and the last
 * eligibility response (null before any). PHI.
 */
record CoverageView(
    CoverageId coverageId,
    Payer payer,
    String memberId,
    SubscriberRelation subscriberRelation,
    CoveragePriority priority,
    LocalDate effectiveFrom,
    LocalDate effectiveUntil,
    boolean terminated,
    Period benefitPeriod,
    int visitsAllowed,
    int visitsUsed,
    int visitsBooked,
    int visitsRemaining,
    CostSharingView costSharing,
    List<AuthorizationView> authorizations,
    LastEligibility lastEligibility) {

  /** The payer; its name is null while the payers read model has not caught up. */
  record Payer(PayerId payerId, String name) {}

  /** The kind of benefit period, the day it renews on (MM-DD) and the period containing today. */
  record Period(
      BenefitPeriodType type, String renewsOn, LocalDate currentStart, LocalDate currentEnd) {}

  record CostSharingView(
      Money copay,
      BigDecimal coinsurancePercent,
      Money deductible,
      Money deductibleMet,
      Money deductibleRemaining) {

    static CostSharingView of(CostSharing costSharing) {
      return new CostSharingView(
          costSharing.copay(),
          costSharing.coinsurancePercent(),
          costSharing.deductible(),
          costSharing.deductibleMet(),
          costSharing.deductibleRemaining());
    }
  }

  record AuthorizationView(
      AuthorizationId authorizationId,
      String number,
      int visitsAuthorized,
      int visitsUsed,
      int visitsBooked,
      int visitsRemaining,
      LocalDate validFrom,
      LocalDate validTo,
      List<String> codes,
      boolean expired) {

    static AuthorizationView of(AuthorizationUse standing, LocalDate today) {
      return new AuthorizationView(
          standing.authorization().authorizationId(),
          standing.authorization().number(),
          standing.authorization().visitsAuthorized(),
          standing.used(),
          standing.booked(),
          standing.visits().remaining(),
          standing.authorization().valid().start(),
          standing.authorization().valid().end(),
          standing.authorization().codes().stream().sorted().toList(),
          standing.expiredOn(today));
    }
  }

  /** What the payer last reported (X12 271), and when it came, with the clinic's offset. */
  record LastEligibility(OffsetDateTime receivedAt, EligibilityReport report) {}

  static CoverageView of(
      CoverageRecord coverage,
      String payerName,
      CoverageActivity activity,
      List<AuthorizationUse> authorizations,
      LastEligibility lastEligibility,
      LocalDate today) {
    PeriodStanding standing = PeriodStanding.of(coverage, activity, today);
    return new CoverageView(
        coverage.coverageId(),
        new Payer(coverage.terms().payerId(), payerName),
        coverage.terms().memberId(),
        coverage.terms().subscriberRelation(),
        coverage.terms().priority(),
        coverage.terms().effectiveFrom(),
        coverage.effectiveUntil(),
        coverage.terminated(),
        new Period(
            coverage.terms().benefitPeriod().type(),
            CoverageRecord.RENEWS_ON.format(coverage.terms().benefitPeriod().renewsOn()),
            standing.period().start(),
            standing.period().end()),
        standing.visits().allowed(),
        standing.visits().used(),
        standing.visits().booked(),
        standing.visits().remaining(),
        CostSharingView.of(coverage.terms().costSharing()),
        authorizations.stream()
            .sorted(
                Comparator.comparing((AuthorizationUse a) -> a.authorization().valid().start())
                    .thenComparing(a -> a.authorization().number()))
            .map(a -> AuthorizationView.of(a, today))
            .toList(),
        lastEligibility);
  }

  @Override
  public String toString() {
    return "CoverageView[coverageId=%s]".formatted(coverageId);
  }
}
