package com.needlework.command.scheduling;

import com.needlework.api.clinic.VisitLocation;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.common.Refusal;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.scheduling.CompleteVisitCommand;
import com.needlework.api.scheduling.VisitStatus;
import com.needlework.command.clinic.ClinicCalendar;
import com.needlework.command.clinic.ClinicClock;
import java.time.LocalDate;

/**
 * When a visit may move through its lifecycle: check-in on the visit's clinic-local day; completion
 * and no-show once it has started; completion of an in-clinic visit only after check-in, with the
 * outcome its type records.
 */
final class VisitLifecyclePolicy {

  private final ClinicCalendar calendar;
  private final ClinicClock clock;

  VisitLifecyclePolicy(ClinicCalendar calendar, ClinicClock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  /** A lifecycle step the visit's current status does not allow. */
  static Refusal notAllowed(VisitStatus status, String step) {
    return Refusal.inState(status, "The visit is " + status + ", so it cannot be " + step);
  }

  void requireCheckInOnTheDay(TimeSlot slot) {
    LocalDate day = clock.dateOf(slot.start());
    if (!clock.today().equals(day)) {
      throw Refusal.rule(
          SchedulingRule.NOT_ON_THE_DAY, "A patient checks in on the day of the visit, " + day);
    }
  }

  void requireStarted(TimeSlot slot, String what) {
    if (clock.now().isBefore(slot.start())) {
      throw Refusal.rule(
          SchedulingRule.NOT_YET_DUE, "The visit has not started yet, so it cannot be " + what);
    }
  }

  void requireCompletable(VisitType type, VisitStatus status, TimeSlot slot) {
    boolean byPhone =
        calendar.visitType(type).map(s -> s.location() == VisitLocation.PHONE).orElse(false);
    boolean ready = status == VisitStatus.ARRIVED || (byPhone && status == VisitStatus.BOOKED);
    if (!ready) {
      throw VisitLifecyclePolicy.notAllowed(
          status, byPhone ? "completed" : "completed before the patient checked in");
    }
    requireStarted(slot, "completed");
  }

  void requireOutcomeOf(VisitType type, CompleteVisitCommand command) {
    boolean evaluation = command.evaluation() != null;
    boolean needling = command.needling() != null;
    boolean fits =
        switch (type) {
          case EVALUATION -> evaluation && !needling;
          case NEEDLING_SESSION -> needling && !evaluation;
          case DISCOVERY_CALL -> !evaluation && !needling;
        };
    if (!fits) {
      throw Refusal.invalid(
          switch (type) {
            case EVALUATION -> "Completing an evaluation records {\"evaluation\": {...}} only";
            case NEEDLING_SESSION ->
                "Completing a needling session records {\"needling\": {...}} only";
            case DISCOVERY_CALL -> "Completing a discovery call records no findings";
          });
    }
  }
}
