package com.needlework.command.scheduling;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.patient.CareSnapshot;
import com.needlework.api.patient.NeedlingEligibility;
import com.needlework.command.clinic.ClinicCalendar;
import com.needlework.command.clinic.ClinicClock;
import java.time.LocalDate;

/** Applies the shared needling rules to a session about to be booked or moved. */
final class NeedlingSafetyPolicy {

  private final ClinicCalendar calendar;
  private final ClinicClock clock;

  NeedlingSafetyPolicy(ClinicCalendar calendar, ClinicClock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  void require(
      CareSnapshot care, PractitionerId practitionerId, TimeSlot slot, boolean alreadyCounted) {
    String state = calendar.clinic().orElseThrow().state();
    LocalDate sessionDate = clock.dateOf(slot.start());
    NeedlingEligibility.check(
            care, calendar.credentials(practitionerId), state, sessionDate, alreadyCounted)
        .ifPresent(
            ineligible -> {
              throw ineligible.refusal();
            });
  }
}
