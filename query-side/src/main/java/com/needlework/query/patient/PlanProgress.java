package com.needlework.query.patient;

import com.needlework.api.clinic.VisitType;
import com.needlework.api.patient.CareSnapshot;
import com.needlework.api.patient.Contraindication;
import com.needlework.api.scheduling.VisitStatus;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * How far a patient is through the current plan of care, and what still blocks needling. Pure, so
 * it is tested without a database.
 */
final class PlanProgress {

  /** Cancelled sessions and no-shows give the session back to the plan. */
  static final Set<VisitStatus> COUNTED =
      EnumSet.of(VisitStatus.BOOKED, VisitStatus.ARRIVED, VisitStatus.FULFILLED);

  private PlanProgress() {}

  /** Needling sessions of plan {@code planNumber} that are booked, under way or done. */
  static int sessionsUsed(int planNumber, Collection<PatientVisit> visits) {
    return (int)
        visits.stream()
            .filter(
                visit ->
                    countsAgainst(
                        planNumber, visit.visitType(), visit.planNumber(), visit.status()))
            .count();
  }

  /** Whether a visit is a needling session of plan {@code planNumber} booked, under way or done. */
  static boolean countsAgainst(
      int planNumber, VisitType type, Integer visitPlanNumber, VisitStatus status) {
    return type == VisitType.NEEDLING_SESSION
        && visitPlanNumber != null
        && visitPlanNumber == planNumber
        && COUNTED.contains(status);
  }

  /** An override counts until the next screening (a new evaluation screens again). */
  static boolean inForce(OverrideRecord override, CareRecord care) {
    return care.screeningSequence() == null || override.sequence() > care.screeningSequence();
  }

  /** Present in the current screening and not overridden since. */
  static Set<Contraindication> openContraindications(
      CareRecord care, Collection<OverrideRecord> overrides) {
    if (care.screening() == null || care.screening().present().isEmpty()) {
      return Set.of();
    }
    Set<Contraindication> open = EnumSet.copyOf(care.screening().present());
    overrides.stream()
        .filter(override -> inForce(override, care))
        .forEach(override -> open.remove(override.contraindication()));
    return open;
  }

  /** What the shared needling rules need to know of the patient. */
  static CareSnapshot snapshot(
      CareRecord care, Collection<PatientVisit> visits, Collection<OverrideRecord> overrides) {
    return new CareSnapshot(
        care.evaluatedOn(),
        care.planNumber(),
        care.plan(),
        sessionsUsed(care.planNumber(), visits),
        openContraindications(care, overrides));
  }
}
