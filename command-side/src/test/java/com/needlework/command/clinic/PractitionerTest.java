package com.needlework.command.clinic;

import com.needlework.api.clinic.CredentialRecordedEvent;
import com.needlework.api.clinic.DryNeedlingCredential;
import com.needlework.api.clinic.Npi;
import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.PractitionerNpiRecordedEvent;
import com.needlework.api.clinic.PractitionerRegisteredEvent;
import com.needlework.api.clinic.RecordCredentialCommand;
import com.needlework.api.clinic.RecordPractitionerNpiCommand;
import com.needlework.api.clinic.RegisterPractitionerCommand;
import com.needlework.api.clinic.ScheduleTimeOffCommand;
import com.needlework.api.clinic.TimeOffId;
import com.needlework.api.clinic.TimeOffScheduledEvent;
import com.needlework.api.clinic.WeeklyHours;
import com.needlework.api.clinic.WorkingPeriod;
import com.needlework.api.common.Refusal;
import com.needlework.api.common.TimeSlot;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class PractitionerTest {

  private final PractitionerId id = PractitionerId.newId();
  private final AggregateTestFixture<Practitioner> fixture =
      new AggregateTestFixture<>(Practitioner.class);

  @Test
  void registersAPractitionerWithWeeklyHours() {
    WeeklyHours hours =
        new WeeklyHours(
            List.of(new WorkingPeriod(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(18, 0))));
    fixture
        .givenNoPriorActivity()
        .when(new RegisterPractitionerCommand(id, "Maya Chen, DPT", hours))
        .expectEvents(new PractitionerRegisteredEvent(id, "Maya Chen, DPT", hours));
  }

  @Test
  void registersAPractitionerWithoutHoursAsNotYetWorking() {
    fixture
        .givenNoPriorActivity()
        .when(new RegisterPractitionerCommand(id, "Maya Chen", null))
        .expectEvents(new PractitionerRegisteredEvent(id, "Maya Chen", new WeeklyHours(List.of())));
  }

  private PractitionerRegisteredEvent registered() {
    return new PractitionerRegisteredEvent(id, "Maya Chen", new WeeklyHours(List.of()));
  }

  @Test
  void recordsADryNeedlingCredential() {
    DryNeedlingCredential credential = new DryNeedlingCredential("CA", LocalDate.of(2027, 12, 31));
    fixture
        .given(registered())
        .when(new RecordCredentialCommand(id, credential))
        .expectEvents(new CredentialRecordedEvent(id, credential));
  }

  @Test
  void schedulesTimeOff() {
    TimeOffId timeOff = TimeOffId.newId();
    TimeSlot week =
        new TimeSlot(Instant.parse("2026-12-21T08:00:00Z"), Instant.parse("2026-12-28T08:00:00Z"));
    fixture
        .given(registered())
        .when(new ScheduleTimeOffCommand(id, timeOff, week, "Holidays"))
        .expectEvents(new TimeOffScheduledEvent(id, timeOff, week, "Holidays"));
  }

  @Test
  void refusesTimeOffLongerThanAYear() {
    TimeSlot tooLong =
        new TimeSlot(Instant.parse("2026-12-21T08:00:00Z"), Instant.parse("2028-01-01T08:00:00Z"));
    fixture
        .given(registered())
        .when(new ScheduleTimeOffCommand(id, TimeOffId.newId(), tooLong, null))
        .expectNoEvents()
        .expectException(Refusal.class);
  }

  @Test
  void refusesAPractitionerWithoutAName() {
    fixture
        .givenNoPriorActivity()
        .when(new RegisterPractitionerCommand(id, " ", null))
        .expectNoEvents()
        .expectException(Refusal.class)
        .expectExceptionMessage("A practitioner name is required");
  }

  @Test
  void recordsTheNpiThePractitionerRendersUnder() {
    Npi npi = Npi.parse("1549873218");
    fixture
        .given(registered())
        .when(new RecordPractitionerNpiCommand(id, npi))
        .expectEvents(new PractitionerNpiRecordedEvent(id, npi));
  }
}
