package com.needlework.bench;

import com.needlework.api.patient.PatientId;
import com.needlework.api.patient.PlanOfCare;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A patient the generator converted, with their care as the needling rules see it: the current
 * plan, how many sessions count against it, how many are still ahead.
 */
final class GeneratedPatient {

  final PatientId id;
  final LocalTime preferredTime;
  ClinicLayout.Practitioner practitioner;
  LocalDate evaluatedOn;
  PlanOfCare plan;
  int planNumber;
  int sessionsCounted;
  int sessionsAhead;
  boolean mayBeNeedled;

  GeneratedPatient(PatientId id, LocalTime preferredTime, ClinicLayout.Practitioner practitioner) {
    this.id = id;
    this.preferredTime = preferredTime;
    this.practitioner = practitioner;
  }

  boolean eligibleOn(LocalDate date) {
    return mayBeNeedled
        && plan != null
        && !date.isBefore(evaluatedOn)
        && !date.isAfter(plan.certifiedUntil())
        && sessionsCounted < plan.sessionsAllowed();
  }
}
