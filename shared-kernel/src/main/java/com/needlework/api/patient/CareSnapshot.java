package com.needlework.api.patient;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the needling rules need to know of a patient at one moment.
 *
 * @param evaluatedOn the date of the last completed evaluation, or null
 * @param planNumber which of the patient's plans is current (0 before the first evaluation)
 * @param plan the current plan of care, or null
 * @param sessionsCounted needling sessions booked or done against the current plan
 * @param openContraindications contraindications present and not overridden
 */
public record CareSnapshot(
    LocalDate evaluatedOn,
    int planNumber,
    PlanOfCare plan,
    int sessionsCounted,
    Set<Contraindication> openContraindications) {

  public CareSnapshot {
    openContraindications =
        openContraindications == null ? Set.of() : Set.copyOf(openContraindications);
  }

  public static CareSnapshot notEvaluated() {
    return new CareSnapshot(null, 0, null, 0, Set.of());
  }

  public int sessionsLeft() {
    return plan == null ? 0 : Math.max(0, plan.sessionsAllowed() - sessionsCounted);
  }
}
