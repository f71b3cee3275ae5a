package com.needlework.command.scheduling;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.patient.CareSnapshot;
import com.needlework.api.patient.NeedlingEligibility;
import com.needlework.command.clinic.ClinicCalendar;
import com.needlework.command.clinic.ClinicSchedule;
import java.time.LocalDate;

/** Applies the shared needling rules to a session about to be booked or moved. */
final class NeedlingSafetyPolicy {

  private final ClinicCalendar calendar;

  NeedlingSafetyPolicy(ClinicCalendar calendar) {
    this.calendar = calendar;
  }

  void require(
      CareSnapshot care, PractitionerId practitionerId, TimeSlot slot, boolean alreadyCounted) {
    ClinicSchedule clinic = calendar.clinic().orElseThrow();
    LocalDate sessionDate = LocalDate.ofInstant(slot.start(), clinic.zone());
    NeedlingEligibility.check(
            care, calendar.credentials(practitionerId), clinic.state(), sessionDate, alreadyCounted)
        .ifPresent(
            ineligible -> {
              throw ineligible.refusal();
            });
  }
}
