package com.needlework.api.patient;

import com.needlework.api.clinic.DryNeedlingCredential;
import com.needlework.api.common.Refusal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The safety rules that gate needling, in the order they are checked: a completed evaluation; an
 * active, unexpired plan of care with sessions left; no open contraindication; a practitioner
 * credentialed for dry needling in the clinic's state on the session date. One copy, used by
 * booking, the waitlist and the availability the front desk sees.
 */
public final class NeedlingEligibility {

  /** Why a session may not be booked. */
  public record Ineligible(NeedlingRule rule, String message) {

    /** The answer to a request that asked for the session. */
    public Refusal refusal() {
      return Refusal.rule(rule, message);
    }
  }

  private NeedlingEligibility() {}

  /**
   * @param alreadyCounted whether the session in question is itself among the counted sessions (a
   *     session being moved to another date)
   */
  public static Optional<Ineligible> check(
      CareSnapshot care,
      Collection<DryNeedlingCredential> credentials,
      String clinicState,
      LocalDate sessionDate,
      boolean alreadyCounted) {
    if (care.evaluatedOn() == null || sessionDate.isBefore(care.evaluatedOn())) {
      return refuse(
          NeedlingRule.EVALUATION_REQUIRED,
          "Needling needs a completed evaluation before the session date " + sessionDate);
    }
    if (care.plan() == null || sessionDate.isAfter(care.plan().certifiedUntil())) {
      return refuse(
          NeedlingRule.PLAN_OF_CARE_EXPIRED,
          care.plan() == null
              ? "The patient has no active plan of care"
              : "The plan of care is certified until "
                  + care.plan().certifiedUntil()
                  + ", before the session date "
                  + sessionDate);
    }
    int counted = care.sessionsCounted() - (alreadyCounted ? 1 : 0);
    if (counted >= care.plan().sessionsAllowed()) {
      return refuse(
          NeedlingRule.PLAN_OF_CARE_EXHAUSTED,
          "All "
              + care.plan().sessionsAllowed()
              + " sessions of the plan of care are booked or done");
    }
    if (!care.openContraindications().isEmpty()) {
      return refuse(
          NeedlingRule.CONTRAINDICATION_OPEN,
          "Open contraindication without a clinician's override: "
              + care.openContraindications().stream()
                  .map(Contraindication::field)
                  .sorted()
                  .collect(Collectors.joining(", ")));
    }
    boolean credentialed = credentials.stream().anyMatch(c -> c.covers(clinicState, sessionDate));
    if (!credentialed) {
      return refuse(
          NeedlingRule.PRACTITIONER_NOT_CREDENTIALED,
          "The practitioner holds no dry-needling credential for "
              + clinicState
              + " valid on "
              + sessionDate);
    }
    return Optional.empty();
  }

  private static Optional<Ineligible> refuse(NeedlingRule rule, String message) {
    return Optional.of(new Ineligible(rule, message));
  }
}
