package com.needlework.api.patient;

import com.needlework.api.common.Refusal;
import java.time.LocalDate;

/** How many needling sessions the plan allows, how often, and until when it is certified. */
public record PlanOfCare(int sessionsAllowed, int sessionsPerWeek, LocalDate certifiedUntil) {

  public static final int MAX_CERTIFIED_DAYS = 90;

  public PlanOfCare {
    if (sessionsAllowed < 1 || sessionsAllowed > 60) {
      throw Refusal.invalid("A plan of care allows between 1 and 60 sessions");
    }
    if (sessionsPerWeek < 1 || sessionsPerWeek > 7) {
      throw Refusal.invalid("A plan of care has between 1 and 7 sessions a week");
    }
    if (certifiedUntil == null) {
      throw Refusal.invalid("A plan of care needs the date it is certified until");
    }
  }

  /** Refuses a certification longer than 90 days after the evaluation. */
  public void requireCertifiedWithin90DaysOf(LocalDate evaluatedOn) {
    if (certifiedUntil.isBefore(evaluatedOn)) {
      throw Refusal.invalid(
          "The plan of care cannot end ("
              + certifiedUntil
              + ") before the evaluation ("
              + evaluatedOn
              + ")");
    }
    if (certifiedUntil.isAfter(evaluatedOn.plusDays(MAX_CERTIFIED_DAYS))) {
      throw Refusal.invalid(
          "A plan of care is certified for at most 90 days after the evaluation: until "
              + evaluatedOn.plusDays(MAX_CERTIFIED_DAYS)
              + " at the latest");
    }
  }
}
