package com.needlework.ops.support;

import com.needlework.api.billing.Diagnoses;
import com.needlework.api.clinic.AddRoomCommand;
import com.needlework.api.clinic.DryNeedlingCredential;
import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RecordCredentialCommand;
import com.needlework.api.clinic.RegisterPractitionerCommand;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.WeeklyHours;
import com.needlework.api.clinic.WorkingPeriod;
import com.needlework.api.patient.Contraindication;
import com.needlework.api.patient.PatientDetails;
import com.needlework.api.patient.PatientId;
import com.needlework.api.patient.RegisterPatientCommand;
import com.needlework.api.patient.Screening;
import com.needlework.ops.demo.PriorEvaluations;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Builds the people a test needs, through commands, in the shared application. */
public class Scenarios {

  private final CommandGateway commands;
  private final JdbcClient jdbc;

  public Scenarios(CommandGateway commands, JdbcClient jdbc) {
    this.commands = commands;
    this.jdbc = jdbc;
  }

  /** A demo practitioner, by the start of their name ("Maya", "Jordan", "Priya"). */
  public PractitionerId demoPractitioner(String firstName) {
    return new PractitionerId(
        jdbc.sql("SELECT practitioner_id FROM cs_practitioner WHERE name LIKE :name")
            .param("name", firstName + " %")
            .query(UUID.class)
            .single());
  }

  /** A demo room: "Room 1", "Room 2" or "Room 3". */
  public RoomId demoRoom(String name) {
    return new RoomId(
        jdbc.sql("SELECT room_id FROM cs_room WHERE name = :name")
            .param("name", name)
            .query(UUID.class)
            .single());
  }

  /** A treatment room of the test's own, so no other test's bookings get in the way. */
  public RoomId room(String name) {
    RoomId id = RoomId.newId();
    commands.sendAndWait(new AddRoomCommand(id, name));
    return id;
  }

  /** A practitioner of the test's own, working the given hours every weekday. */
  public PractitionerId practitionerWorking(String name, LocalTime from, LocalTime to) {
    PractitionerId id = PractitionerId.newId();
    List<WorkingPeriod> days =
        EnumSet.allOf(DayOfWeek.class).stream()
            .map(day -> new WorkingPeriod(day, from, to))
            .toList();
    commands.sendAndWait(new RegisterPractitionerCommand(id, name, new WeeklyHours(days)));
    return id;
  }

  /** A practitioner of the test's own, working weekdays 08:00-18:00, credentialed in CA. */
  public PractitionerId credentialedPractitioner(String name) {
    PractitionerId id = PractitionerId.newId();
    List<WorkingPeriod> weekdays =
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY).stream()
            .map(day -> new WorkingPeriod(day, LocalTime.of(8, 0), LocalTime.of(18, 0)))
            .toList();
    commands.sendAndWait(new RegisterPractitionerCommand(id, name, new WeeklyHours(weekdays)));
    commands.sendAndWait(
        new RecordCredentialCommand(
            id, new DryNeedlingCredential("CA", LocalDate.now(TestApi.CLINIC_ZONE).plusYears(2))));
    return id;
  }

  public PatientId patient(String name) {
    PatientId id = PatientId.newId();
    commands.sendAndWait(
        new RegisterPatientCommand(
            id,
            PatientDetails.of(name, LocalDate.of(1980, 1, 2), "+1 415 555 0199", "p@example.com"),
            null));
    return id;
  }

  /** A patient evaluated today, with a 60-day plan of {@code sessions} needling sessions. */
  public PatientId evaluatedPatient(String name, int sessions, Contraindication... present) {
    PatientId id = patient(name);
    evaluate(id, LocalDate.now(TestApi.CLINIC_ZONE), sessions, present);
    return id;
  }

  public void evaluate(
      PatientId id, LocalDate evaluatedOn, int sessions, Contraindication... present) {
    Set<Contraindication> screening =
        present.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(present));
    commands.sendAndWait(
        PriorEvaluations.lowComplexity(
            id, evaluatedOn, sessions, new Screening(screening, null), Diagnoses.NONE));
  }

  /** {@code hour}:00 clinic-local time on the first Monday after {@code daysAhead} days out. */
  public static Instant mondayAfter(int daysAhead, int hour) {
    return weekdayAt(daysAhead, hour, 0)
        .atZone(TestApi.CLINIC_ZONE)
        .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
        .toInstant();
  }

  /** {@code hour}:{@code minute} clinic-local time on the first weekday {@code daysAhead} out. */
  public static Instant weekdayAt(int daysAhead, int hour, int minute) {
    return TestApi.weekdayAhead(daysAhead)
        .atTime(hour, minute)
        .atZone(TestApi.CLINIC_ZONE)
        .toInstant();
  }
}
