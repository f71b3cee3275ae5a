package com.needlework.command.scheduling;

import static com.needlework.command.scheduling.VisitFixtures.at;
import static com.needlework.command.scheduling.VisitFixtures.expectRefusal;
import static com.needlework.command.scheduling.VisitFixtures.refusalOf;
import static com.needlework.command.scheduling.VisitFixtures.visitsOf;

import com.needlework.api.clinic.DryNeedlingCredential;
import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.patient.Contraindication;
import com.needlework.api.patient.NeedlingRule;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.BookNeedlingSessionCommand;
import com.needlework.api.scheduling.NeedlingSessionBookedEvent;
import com.needlework.api.scheduling.RescheduleVisitCommand;
import com.needlework.api.scheduling.VisitId;
import com.needlework.api.scheduling.VisitRescheduledEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The safety rules that gate needling, one behaviour per test. */
class NeedlingSessionTest {

  private static final LocalDate EVALUATED = LocalDate.of(2026, 11, 23);

  private final InMemoryClinicCalendar calendar = new InMemoryClinicCalendar();
  private final InMemoryCareRecords care = new InMemoryCareRecords();
  private final PractitionerId maya = calendar.practitionerWorkingWeekdays("Maya Chen");
  private final RoomId room = calendar.room();
  private final VisitId visitId = VisitId.newId();
  private final AggregateTestFixture<Visit> fixture = visitsOf(calendar, care);

  @BeforeEach
  void credentialMaya() {
    calendar.credential(maya, new DryNeedlingCredential("CA", LocalDate.of(2027, 6, 30)));
  }

  private BookNeedlingSessionCommand book(PatientId patient, Instant start) {
    return new BookNeedlingSessionCommand(visitId, patient, maya, room, start, true, null, false);
  }

  private NeedlingSessionBookedEvent booked(PatientId patient, Instant start) {
    return VisitFixtures.needlingBooked(visitId, patient, maya, room, start, true);
  }

  @Test
  void booksASessionForAnEvaluatedPatientWithSessionsLeft() {
    PatientId patient = care.evaluatedWithPlan(EVALUATED, 6, 2);
    Instant start = at(2026, 12, 1, 10, 0);
    fixture.givenNoPriorActivity().when(book(patient, start)).expectEvents(booked(patient, start));
  }

  @Test
  void refusesNeedlingWithoutACompletedEvaluation() {
    expectRefusal(
        fixture,
        book(care.notYetEvaluated(), at(2026, 12, 1, 10, 0)),
        NeedlingRule.EVALUATION_REQUIRED);
  }

  @Test
  void refusesNeedlingAfterThePlanOfCareExpires() {
    PatientId patient = care.withPlanCertifiedUntil(EVALUATED, LocalDate.of(2026, 12, 4));
    expectRefusal(
        fixture, book(patient, at(2026, 12, 7, 10, 0)), NeedlingRule.PLAN_OF_CARE_EXPIRED);
  }

  @Test
  void allowsNeedlingOnTheLastCertifiedDay() {
    PatientId patient = care.withPlanCertifiedUntil(EVALUATED, LocalDate.of(2026, 12, 4));
    Instant start = at(2026, 12, 4, 17, 0);
    fixture.givenNoPriorActivity().when(book(patient, start)).expectSuccessfulHandlerExecution();
  }

  @Test
  void refusesNeedlingWhenEverySessionOfThePlanIsBookedOrDone() {
    expectRefusal(
        fixture,
        book(care.evaluatedWithPlan(EVALUATED, 6, 6), at(2026, 12, 1, 10, 0)),
        NeedlingRule.PLAN_OF_CARE_EXHAUSTED);
  }

  @Test
  void refusesNeedlingWithAnOpenContraindication() {
    expectRefusal(
        fixture,
        book(
            care.withOpenContraindication(
                EVALUATED, Contraindication.BLEEDING_DISORDER_OR_ANTICOAGULANTS),
            at(2026, 12, 1, 10, 0)),
        NeedlingRule.CONTRAINDICATION_OPEN);
  }

  @Test
  void refusesNeedlingByAPractitionerWithoutACredentialInTheClinicsState() {
    PractitionerId jordan = calendar.practitionerWorkingWeekdays("Jordan Alvarez");
    calendar.credential(jordan, new DryNeedlingCredential("NV", LocalDate.of(2027, 6, 30)));
    PatientId patient = care.evaluatedWithPlan(EVALUATED, 6, 0);
    expectRefusal(
        fixture,
        new BookNeedlingSessionCommand(
            visitId, patient, jordan, room, at(2026, 12, 1, 10, 0), false, null, false),
        NeedlingRule.PRACTITIONER_NOT_CREDENTIALED);
  }

  @Test
  void refusesNeedlingAfterThePractitionersCredentialLapses() {
    PractitionerId jordan = calendar.practitionerWorkingWeekdays("Jordan Alvarez");
    calendar.credential(jordan, new DryNeedlingCredential("CA", LocalDate.of(2026, 12, 1)));
    PatientId patient = care.evaluatedWithPlan(EVALUATED, 6, 0);
    expectRefusal(
        fixture,
        new BookNeedlingSessionCommand(
            visitId, patient, jordan, room, at(2026, 12, 2, 10, 0), false, null, false),
        NeedlingRule.PRACTITIONER_NOT_CREDENTIALED);
  }

  @Test
  void refusesASessionWithoutARoom() {
    PatientId patient = care.evaluatedWithPlan(EVALUATED, 6, 0);
    expectRefusal(
        fixture,
        new BookNeedlingSessionCommand(
            visitId, patient, maya, null, at(2026, 12, 1, 10, 0), false, null, false),
        SchedulingRule.ROOM_REQUIRED);
  }

  @Test
  void refusesASessionInAnUnknownRoom() {
    PatientId patient = care.evaluatedWithPlan(EVALUATED, 6, 0);
    expectRefusal(
        fixture,
        new BookNeedlingSessionCommand(
            visitId, patient, maya, RoomId.newId(), at(2026, 12, 1, 10, 0), false, null, false),
        SchedulingRule.UNKNOWN_ROOM);
  }

  @Test
  void refusesASessionForAnUnknownPatient() {
    expectRefusal(
        fixture, book(PatientId.newId(), at(2026, 12, 1, 10, 0)), SchedulingRule.UNKNOWN_PATIENT);
  }

  @Test
  void refusesASessionDuringThePractitionersTimeOff() {
    calendar.timeOff(maya, new TimeSlot(at(2026, 12, 1, 0, 0), at(2026, 12, 2, 0, 0)));
    PatientId patient = care.evaluatedWithPlan(EVALUATED, 6, 0);
    expectRefusal(
        fixture, book(patient, at(2026, 12, 1, 10, 0)), SchedulingRule.PRACTITIONER_TIME_OFF);
  }

  @Test
  void refusesStaffBookingsMoreThanAYearAhead() {
    PatientId patient = care.withPlanCertifiedUntil(EVALUATED, LocalDate.of(2028, 1, 1));
    expectRefusal(fixture, book(patient, at(2027, 12, 6, 10, 0)), SchedulingRule.BEYOND_HORIZON);
  }

  @Test
  void movingTheLastCountedSessionOfAPlanIsAllowed() {
    PatientId patient = care.evaluatedWithPlan(EVALUATED, 6, 6);
    Instant first = at(2026, 12, 1, 10, 0);
    Instant later = at(2026, 12, 3, 10, 0);
    fixture
        .given(booked(patient, first))
        .when(new RescheduleVisitCommand(visitId, later))
        .expectEvents(
            new VisitRescheduledEvent(
                visitId,
                VisitType.NEEDLING_SESSION,
                patient,
                maya,
                room,
                TimeSlot.starting(first, Duration.ofMinutes(45)),
                TimeSlot.starting(later, Duration.ofMinutes(45)),
                Duration.ofMinutes(15),
                InMemoryBenefitRecords.uninsured(later)));
  }

  @Test
  void refusesToMoveASessionPastTheEndOfThePlan() {
    PatientId patient = care.withPlanCertifiedUntil(EVALUATED, LocalDate.of(2026, 12, 4));
    fixture
        .given(booked(patient, at(2026, 12, 1, 10, 0)))
        .when(new RescheduleVisitCommand(visitId, at(2026, 12, 8, 10, 0)))
        .expectNoEvents()
        .expectException(refusalOf(NeedlingRule.PLAN_OF_CARE_EXPIRED));
  }
}
