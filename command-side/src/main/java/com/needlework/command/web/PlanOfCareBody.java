package com.needlework.command.web;

import com.needlework.api.common.Refusal;
import com.needlework.api.patient.PlanOfCare;
import java.time.LocalDate;

/** The plan-of-care form. */
public record PlanOfCareBody(
    Integer sessionsAllowed, Integer sessionsPerWeek, LocalDate certifiedUntil) {

  public PlanOfCare toPlanOfCare() {
    if (sessionsAllowed == null || sessionsPerWeek == null) {
      throw Refusal.invalid(
          "A plan of care states sessionsAllowed, sessionsPerWeek and certifiedUntil");
    }
    return new PlanOfCare(sessionsAllowed, sessionsPerWeek, certifiedUntil);
  }
}
