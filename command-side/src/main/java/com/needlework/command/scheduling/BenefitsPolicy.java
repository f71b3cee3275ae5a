package com.needlework.command.scheduling;

import com.needlework.api.clinic.VisitType;
import com.needlework.api.common.Refusal;
import com.needlework.api.insurance.CoverageStatus;
import com.needlework.api.insurance.VisitCoverage;
import com.needlework.api.patient.PatientId;
import com.needlework.command.scheduling.BenefitRecords.AuthorizationSnapshot;
import com.needlework.command.scheduling.BenefitRecords.CoverageSnapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a visit will be paid: by the patient's primary coverage when it has visits left in the
 * benefit period and, where authorizations exist, a valid one with visits left; otherwise the
 * booking is refused, naming the reason, unless the patient acknowledged paying themselves. Dry
 * needling with a payer that does not cover it is self-pay without asking.
 */
final class BenefitsPolicy {

  /** The codes a visit of each type may be billed with, for authorizations limited to codes. */
  static Set<String> codesOf(VisitType type) {
    return switch (type) {
      case EVALUATION -> Set.of("97161", "97162", "97163");
      case NEEDLING_SESSION -> Set.of("20560", "20561");
      case DISCOVERY_CALL -> Set.of();
    };
  }

  private final BenefitRecords benefits;

  BenefitsPolicy(BenefitRecords benefits) {
    this.benefits = benefits;
  }

  /**
   * @param current the visit's coverage before a move (its own reservation does not count against
   *     it), or null for a new booking
   */
  VisitCoverage decide(
      PatientId patientId,
      VisitType type,
      LocalDate date,
      boolean selfPayAcknowledged,
      VisitCoverage current) {
    List<CoverageSnapshot> coverages = benefits.coveragesOn(patientId, date);
    if (coverages.isEmpty()) {
      return VisitCoverage.selfPay("No coverage is effective on " + date);
    }
    CoverageSnapshot coverage = coverages.get(0);
    if (type == VisitType.NEEDLING_SESSION && !coverage.needlingCovered()) {
      return VisitCoverage.selfPay(coverage.payerName() + " does not cover dry needling");
    }
    boolean ownPeriod =
        current != null
            && current.isCovered()
            && coverage.coverageId().equals(current.coverageId())
            && coverage.period().start().equals(current.periodStart());
    int visitsLeft =
        coverage.visitsAllowed()
            - coverage.visitsUsed()
            - coverage.visitsBooked()
            + (ownPeriod ? 1 : 0);
    if (visitsLeft <= 0) {
      return refuseUnlessAcknowledged(
          SchedulingRule.BENEFIT_VISITS_EXHAUSTED,
          "All "
              + coverage.visitsAllowed()
              + " covered visits of the benefit period "
              + coverage.period().start()
              + " to "
              + coverage.period().end()
              + " are used or booked",
          selfPayAcknowledged);
    }
    if (coverage.authorizations().isEmpty()) {
      return VisitCoverage.covered(coverage.coverageId(), coverage.period().start(), null);
    }
    Set<String> codes = codesOf(type);
    List<AuthorizationSnapshot> valid =
        coverage.authorizations().stream()
            .filter(a -> a.authorization().covers(date, codes))
            .toList();
    if (valid.isEmpty()) {
      return refuseUnlessAcknowledged(
          SchedulingRule.AUTHORIZATION_EXPIRED,
          "No authorization of "
              + coverage.payerName()
              + " is valid on "
              + date
              + " for this visit",
          selfPayAcknowledged);
    }
    Optional<AuthorizationSnapshot> withVisitsLeft =
        valid.stream()
            .filter(
                a ->
                    a.left()
                            + (current != null
                                    && a.authorization()
                                        .authorizationId()
                                        .equals(current.authorizationId())
                                ? 1
                                : 0)
                        > 0)
            .findFirst();
    if (withVisitsLeft.isEmpty()) {
      return refuseUnlessAcknowledged(
          SchedulingRule.AUTHORIZATION_EXHAUSTED,
          "Authorization " + valid.get(0).authorization().number() + " has no visits left",
          selfPayAcknowledged);
    }
    return VisitCoverage.covered(
        coverage.coverageId(),
        coverage.period().start(),
        withVisitsLeft.get().authorization().authorizationId());
  }

  private static VisitCoverage refuseUnlessAcknowledged(
      SchedulingRule rule, String reason, boolean selfPayAcknowledged) {
    if (!selfPayAcknowledged) {
      throw Refusal.rule(rule, reason + "; book it as self-pay with selfPayAcknowledged: true");
    }
    return new VisitCoverage(CoverageStatus.SELF_PAY, null, null, null, reason);
  }
}
