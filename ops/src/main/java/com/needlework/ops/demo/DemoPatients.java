package com.needlework.ops.demo;

import com.needlework.api.billing.Diagnoses;
import com.needlework.api.billing.DiagnosisCode;
import com.needlework.api.clinic.DryNeedlingCredential;
import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RecordCredentialCommand;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.patient.Contraindication;
import com.needlework.api.patient.EvaluationComplexity;
import com.needlework.api.patient.PatientDetails;
import com.needlework.api.patient.PatientId;
import com.needlework.api.patient.PlanOfCare;
import com.needlework.api.patient.RecordEvaluationCommand;
import com.needlework.api.patient.RegisterPatientCommand;
import com.needlework.api.patient.Screening;
import com.needlework.api.scheduling.BookEvaluationCommand;
import com.needlework.api.scheduling.BookNeedlingSessionCommand;
import com.needlework.api.scheduling.VisitId;
import com.needlework.api.waitlist.AddToWaitlistCommand;
import com.needlework.api.waitlist.WaitlistEntryId;
import com.needlework.api.waitlist.WaitlistPreferences;
import com.needlework.command.clinic.ClinicClock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Patients in telling states, so a newcomer sees every needling rule at work: one who may book, one
 * with an open contraindication, one whose plan is used up, one whose plan expired, one not yet
 * evaluated, one on the waitlist. Jordan's credential has lapsed; Maya's and Priya's hold.
 */
@Component
class DemoPatients {

  /** Who and what the demo clinic has. */
  record Staffing(
      PractitionerId maya, PractitionerId jordan, PractitionerId priya, List<RoomId> rooms) {}

  private final CommandGateway commands;
  private final ClinicClock clock;

  DemoPatients(CommandGateway commands, ClinicClock clock) {
    this.commands = commands;
    this.clock = clock;
  }

  /** The demo patients, by first name. */
  record Patients(
      PatientId ana,
      PatientId ben,
      PatientId carla,
      PatientId dev,
      PatientId elena,
      PatientId frank) {}

  /** Credentials, patients, their evaluations and the waitlist; visits come in {@link #book}. */
  Patients register(Staffing staffing) {
    LocalDate today = today();
    commands.sendAndWait(
        new RecordCredentialCommand(
            staffing.maya(), new DryNeedlingCredential("CA", today.plusYears(1))));
    commands.sendAndWait(
        new RecordCredentialCommand(
            staffing.priya(), new DryNeedlingCredential("CA", today.plusYears(1))));
    commands.sendAndWait(
        new RecordCredentialCommand(
            staffing.jordan(), new DryNeedlingCredential("CA", today.minusDays(30))));
    PatientId ana =
        evaluatedPatient(
            "Ana Rivera", 1984, today.minusDays(10), 8, Screening.clear(), "M54.50", "M79.18");
    PatientId ben =
        evaluatedPatient(
            "Ben Okafor",
            1957,
            today.minusDays(5),
            6,
            new Screening(
                Set.of(Contraindication.BLEEDING_DISORDER_OR_ANTICOAGULANTS),
                "Takes warfarin daily"),
            "M54.16");
    PatientId carla =
        evaluatedPatient("Carla Mendes", 1991, today.minusDays(10), 2, Screening.clear(), "M54.50");
    PatientId dev =
        evaluatedPatient(
            "Dev Patel", 1979, today.minusDays(8), 6, Screening.clear(), "M54.59", "M62.830");
    commands.sendAndWait(
        new AddToWaitlistCommand(
            WaitlistEntryId.newId(),
            dev,
            VisitType.NEEDLING_SESSION,
            new WaitlistPreferences(
                Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                LocalTime.of(8, 0),
                LocalTime.of(12, 0),
                null)));
    PatientId elena = patient("Elena Rossi", 1988);
    PatientId frank = patient("Frank Liu", 1965);
    LocalDate longAgo = today.minusDays(100);
    commands.sendAndWait(
        new RecordEvaluationCommand(
            frank,
            null,
            longAgo,
            EvaluationComplexity.MODERATE,
            Screening.clear(),
            new PlanOfCare(8, 2, longAgo.plusDays(90)),
            diagnoses("M54.50")));
    return new Patients(ana, ben, carla, dev, elena, frank);
  }

  /** The visits of next week, booked once the patients' coverages are known. */
  void book(Staffing staffing, Patients patients) {
    LocalDate nextMonday = today().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    RoomId room1 = staffing.rooms().get(0);
    RoomId room2 = staffing.rooms().get(1);
    needling(patients.ana(), staffing.maya(), room1, at(nextMonday, 9, 0));
    needling(patients.ana(), staffing.maya(), room1, at(nextMonday.plusDays(3), 9, 0));
    needling(patients.carla(), staffing.priya(), room2, at(nextMonday, 10, 0));
    needling(patients.carla(), staffing.priya(), room2, at(nextMonday.plusDays(2), 10, 0));
    commands.sendAndWait(
        new BookEvaluationCommand(
            VisitId.newId(),
            patients.elena(),
            staffing.priya(),
            room2,
            at(nextMonday, 14, 0),
            false));
  }

  private LocalDate today() {
    return clock.today();
  }

  private PatientId patient(String name, int yearOfBirth) {
    PatientId id = PatientId.newId();
    String handle = name.toLowerCase().replace(' ', '.');
    commands.sendAndWait(
        new RegisterPatientCommand(
            id,
            PatientDetails.of(
                name,
                LocalDate.of(yearOfBirth, 3, 14),
                "+1 415 555 01" + (10 + name.length()),
                handle + "@example.com"),
            null));
    return id;
  }

  private PatientId evaluatedPatient(
      String name,
      int yearOfBirth,
      LocalDate evaluatedOn,
      int sessions,
      Screening screening,
      String... diagnoses) {
    PatientId id = patient(name, yearOfBirth);
    commands.sendAndWait(
        PriorEvaluations.lowComplexity(id, evaluatedOn, sessions, screening, diagnoses(diagnoses)));
    return id;
  }

  private static Diagnoses diagnoses(String... codes) {
    return Diagnoses.of(Stream.of(codes).map(DiagnosisCode::parse).toList());
  }

  private void needling(
      PatientId patient, PractitionerId practitioner, RoomId room, Instant start) {
    commands.sendAndWait(
        new BookNeedlingSessionCommand(
            VisitId.newId(), patient, practitioner, room, start, false, null, false));
  }

  private Instant at(LocalDate date, int hour, int minute) {
    return date.atTime(hour, minute).atZone(clock.zone()).toInstant();
  }
}
