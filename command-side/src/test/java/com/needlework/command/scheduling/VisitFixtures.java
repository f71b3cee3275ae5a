package com.needlework.command.scheduling;

import static com.needlework.command.scheduling.InMemoryClinicCalendar.LOS_ANGELES;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.common.Refusal;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.NeedlingSessionBookedEvent;
import com.needlework.api.scheduling.VisitId;
import com.needlework.command.clinic.ClinicClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;

/** What the visit fixture tests share: a clinic whose clock stands still, and refusals by rule. */
final class VisitFixtures {

  /** Monday 30 November 2026, 09:00 in Los Angeles. */
  static final Instant NOW = at(2026, 11, 30, 9, 0);

  private VisitFixtures() {}

  /** A clinic-local time in Los Angeles. */
  static Instant at(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(LOS_ANGELES).toInstant();
  }

  /** Visits of the calendar's clinic, its patients' care as given, uninsured, at {@link #NOW}. */
  static AggregateTestFixture<Visit> visitsOf(
      InMemoryClinicCalendar calendar, InMemoryCareRecords care) {
    AggregateTestFixture<Visit> fixture = new AggregateTestFixture<>(Visit.class);
    fixture.registerInjectableResource(calendar);
    fixture.registerInjectableResource(care);
    fixture.registerInjectableResource(new InMemoryBenefitRecords());
    fixture.registerInjectableResource(new ClinicClock(calendar, Clock.fixed(NOW, LOS_ANGELES)));
    return fixture;
  }

  /** A 45-minute needling session of the first plan, with a 15-minute buffer, uninsured. */
  static NeedlingSessionBookedEvent needlingBooked(
      VisitId visit,
      PatientId patient,
      PractitionerId practitioner,
      RoomId room,
      Instant start,
      boolean electricalStimulation) {
    return new NeedlingSessionBookedEvent(
        visit,
        patient,
        practitioner,
        room,
        TimeSlot.starting(start, Duration.ofMinutes(45)),
        Duration.ofMinutes(15),
        1,
        electricalStimulation,
        null,
        InMemoryBenefitRecords.uninsured(start));
  }

  /** A refusal that says it breaks {@code rule}. */
  static Matcher<Object> refusalOf(Enum<?> rule) {
    return Matchers.predicate(e -> e instanceof Refusal refused && refused.breaks(rule));
  }

  /** With nothing before it, {@code command} is refused for {@code rule} and appends nothing. */
  static void expectRefusal(AggregateTestFixture<Visit> fixture, Object command, Enum<?> rule) {
    fixture.givenNoPriorActivity().when(command).expectNoEvents().expectException(refusalOf(rule));
  }
}
