package com.needlework.query.insurance;

import com.needlework.api.patient.PatientId;
import java.time.LocalDate;

/**
 * A patient with an active plan of care and the deadlines that bound it. The coverage fields are
 * null for a self-pay patient, the authorization fields when no authorization is valid today.
 *
 * @param underScheduledVisits sessions the plan still allows that nobody has booked
 * @param nearestDeadline the earliest of the period end, the authorization's expiry and the plan's
 *     certification that is not past
 */
record DeadlineEntry(
    PatientId patientId,
    String patientName,
    String payer,
    LocalDate periodEnd,
    Integer coveredVisitsRemaining,
    Integer visitsBookedBeforePeriodEnd,
    int underScheduledVisits,
    Integer authorizationVisitsRemaining,
    LocalDate authorizationExpires,
    LocalDate certifiedUntil,
    LocalDate nearestDeadline) {

  @Override
  public String toString() {
    return "DeadlineEntry[patientId=%s, nearestDeadline=%s]".formatted(patientId, nearestDeadline);
  }
}
