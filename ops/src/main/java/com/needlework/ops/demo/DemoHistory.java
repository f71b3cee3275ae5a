package com.needlework.ops.demo;

import com.needlework.api.billing.AccountId;
import com.needlework.api.billing.PaymentId;
import com.needlework.api.billing.PaymentMethod;
import com.needlework.api.billing.RecordPaymentCommand;
import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.common.Money;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.BookNeedlingSessionCommand;
import com.needlework.api.scheduling.CheckInVisitCommand;
import com.needlework.api.scheduling.ElectricalStimulation;
import com.needlework.api.scheduling.MusclesNeedled;
import com.needlework.api.scheduling.NeedlingTreatment;
import com.needlework.api.scheduling.VisitId;
import com.needlework.command.clinic.ClinicClock;
import com.needlework.command.scheduling.MissedVisits;
import com.needlework.command.scheduling.VisitCompletion;
import com.needlework.ops.axon.AdjustableClock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * The demo clinic's last days, lived through as they would have happened (the clock moved back for
 * each step, then put back): Ana's covered session, whose copay is still open, and her no-show with
 * its fee; Dev's session, paid by card with more than he owed, so his account holds a credit.
 */
@Component
record DemoHistory(
    CommandGateway commands,
    VisitCompletion completion,
    MissedVisits missedVisits,
    ClinicClock clinicClock,
    AdjustableClock clock) {

  void liveThrough(DemoPatients.Staffing staffing, DemoPatients.Patients patients) {
    RoomId room1 = staffing.rooms().get(0);
    RoomId room2 = staffing.rooms().get(1);
    Instant anasStart = at(weekdayBefore(6), 9, 0);
    Instant anasMissedStart = at(weekdayBefore(3), 9, 0);
    Instant devsStart = at(weekdayBefore(2), 10, 0);
    try {
      clock.setNow(anasStart.minus(Duration.ofDays(2)));
      VisitId anasSession = booked(patients.ana(), staffing.maya(), room1, anasStart);
      VisitId anasMissed = booked(patients.ana(), staffing.maya(), room1, anasMissedStart);
      VisitId devsSession = booked(patients.dev(), staffing.priya(), room2, devsStart);
      treated(anasSession, anasStart, exerciseAndManualTherapy());
      clock.setNow(anasMissedStart.plus(Duration.ofMinutes(20)));
      missedVisits.noShow(anasMissed);
      treated(devsSession, devsStart, needlingWithAttendedStimulation());
      clock.setNow(devsStart.plus(Duration.ofMinutes(50)));
      commands.sendAndWait(
          new RecordPaymentCommand(
              AccountId.of(patients.dev()),
              patients.dev(),
              PaymentId.newId(),
              Money.of("40.00"),
              PaymentMethod.CARD,
              "Visa ending 4242",
              null,
              "frontdesk"));
    } finally {
      clock.reset();
    }
  }

  private VisitId booked(
      PatientId patient, PractitionerId practitioner, RoomId room, Instant start) {
    VisitId visit = VisitId.newId();
    commands.sendAndWait(
        new BookNeedlingSessionCommand(
            visit, patient, practitioner, room, start, false, null, false));
    return visit;
  }

  private void treated(VisitId visit, Instant start, NeedlingTreatment treatment) {
    clock.setNow(start.minus(Duration.ofMinutes(5)));
    commands.sendAndWait(new CheckInVisitCommand(visit));
    clock.setNow(start.plus(Duration.ofMinutes(45)));
    completion.complete(visit, null, treatment);
  }

  private static NeedlingTreatment exerciseAndManualTherapy() {
    return new NeedlingTreatment(
        MusclesNeedled.THREE_OR_MORE, ElectricalStimulation.NONE, 0, 23, 15);
  }

  private static NeedlingTreatment needlingWithAttendedStimulation() {
    return new NeedlingTreatment(
        MusclesNeedled.ONE_OR_TWO, ElectricalStimulation.ATTENDED, 15, 10, 0);
  }

  /** The last weekday at least {@code days} days before today. */
  private LocalDate weekdayBefore(int days) {
    LocalDate day = clinicClock.today().minusDays(days);
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.minusDays(1);
    }
    return day;
  }

  private Instant at(LocalDate date, int hour, int minute) {
    return date.atTime(LocalTime.of(hour, minute)).atZone(clinicClock.zone()).toInstant();
  }
}
