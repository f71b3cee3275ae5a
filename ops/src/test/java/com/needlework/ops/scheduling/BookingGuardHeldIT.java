package com.needlework.ops.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.ScheduleTimeOffCommand;
import com.needlework.api.clinic.TimeOffId;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.BookEvaluationCommand;
import com.needlework.api.scheduling.CancelVisitCommand;
import com.needlework.api.scheduling.VisitId;
import com.needlework.command.scheduling.BookingGuard;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.Scenarios;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@NeedleworkIntegrationTest
class BookingGuardHeldIT {

  /** The demo clinic's evaluation: 60 minutes and a 15-minute buffer after it. */
  private static final Duration EVALUATION_HELD = Duration.ofMinutes(75);

  @Autowired CommandGateway commands;
  @Autowired JdbcClient jdbc;
  @Autowired BookingGuard guard;

  @Test
  void listsWhatAPractitionerAndARoomHoldInAPeriodInOrderAndForgetsCancelledVisits() {
    Scenarios scenarios = new Scenarios(commands, jdbc);
    PractitionerId practitioner =
        scenarios.practitionerWorking("Hal Held", LocalTime.of(8, 0), LocalTime.of(18, 0));
    RoomId first = scenarios.room("Held room A");
    RoomId second = scenarios.room("Held room B");
    PatientId patient = scenarios.patient("Ida Held");
    Instant nine = Scenarios.weekdayAt(20, 9, 0);
    Instant two = Scenarios.weekdayAt(20, 14, 0);
    TimeSlot away = new TimeSlot(Scenarios.weekdayAt(20, 16, 0), Scenarios.weekdayAt(20, 18, 0));
    VisitId afternoon = VisitId.newId();
    commands.sendAndWait(
        new BookEvaluationCommand(afternoon, patient, practitioner, first, two, true));
    commands.sendAndWait(
        new BookEvaluationCommand(VisitId.newId(), patient, practitioner, second, nine, true));
    commands.sendAndWait(
        new ScheduleTimeOffCommand(practitioner, TimeOffId.newId(), away, "Dentist"));
    TimeSlot day = new TimeSlot(Scenarios.weekdayAt(20, 0, 0), Scenarios.weekdayAt(20, 23, 0));

    assertThat(guard.heldWithin(practitioner, day))
        .containsExactly(
            TimeSlot.starting(nine, EVALUATION_HELD),
            TimeSlot.starting(two, EVALUATION_HELD),
            away);
    assertThat(guard.heldWithin(first, day))
        .containsExactly(TimeSlot.starting(two, EVALUATION_HELD));
    assertThat(guard.heldWithin(practitioner, new TimeSlot(nine.minusSeconds(3600), nine)))
        .isEmpty();

    commands.sendAndWait(new CancelVisitCommand(afternoon, "Patient called to cancel"));

    assertThat(guard.heldWithin(first, day)).isEmpty();
    assertThat(guard.heldWithin(practitioner, day))
        .containsExactly(TimeSlot.starting(nine, EVALUATION_HELD), away);
  }
}
