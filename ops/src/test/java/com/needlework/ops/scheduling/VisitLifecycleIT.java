package com.needlework.ops.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.VisitCompletionReversedEvent;
import com.needlework.ops.support.EventStore;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.Scenarios;
import com.needlework.ops.support.SettableClock;
import com.needlework.ops.support.TestApi;
import com.needlework.ops.support.TestApi.Response;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A clinic day through the API: book, check in, complete, no-show, with time moved on. */
@NeedleworkIntegrationTest
class VisitLifecycleIT {

  @LocalServerPort int port;
  @Autowired CommandGateway commands;
  @Autowired JdbcClient jdbc;
  @Autowired SettableClock clock;
  private TestApi api;
  private Scenarios scenarios;
  private PractitionerId practitioner;
  private RoomId room;

  @BeforeEach
  void setUp() {
    api = new TestApi(port);
    scenarios = new Scenarios(commands, jdbc);
    practitioner = scenarios.credentialedPractitioner("Lifecycle Tester, DPT");
    room = scenarios.room("Lifecycle room");
  }

  @AfterEach
  void putTheClockBack() {
    clock.reset();
  }

  private String bookEvaluation(PatientId patient, Instant start) {
    return booked(api.bookTreatment("/api/evaluations", patient, practitioner, room, start));
  }

  private String bookNeedling(PatientId patient, Instant start) {
    return booked(api.bookTreatment("/api/needling-sessions", patient, practitioner, room, start));
  }

  private static String booked(Response response) {
    assertThat(response.status()).as(response.text()).isEqualTo(201);
    return response.json().get("visitId").asText();
  }

  @Test
  void anEvaluationCompletedWithAPlanOfCareOpensNeedling() {
    PatientId patient = scenarios.patient("Paula Reyes");
    Instant start = Scenarios.weekdayAt(8, 8, 0);
    String evaluation = bookEvaluation(patient, start);
    clock.setNow(start.plus(Duration.ofMinutes(5)));

    Response checkedIn =
        api.post("/api/visits/" + evaluation + "/check-in", "", TestApi.FRONT_DESK);
    Response completed =
        api.post(
            "/api/visits/" + evaluation + "/complete",
            TestApi.body(
                "evaluation",
                TestApi.object(
                    "complexity", "MODERATE",
                    "screening",
                        TestApi.object(
                            "pregnancy",
                            false,
                            "bleedingDisorderOrAnticoagulants",
                            false,
                            "compromisedImmunity",
                            false,
                            "skinInfectionAtSite",
                            false,
                            "metalAllergy",
                            false,
                            "uncontrolledDiabetes",
                            false,
                            "notes",
                            "No red flags"),
                    "planOfCare",
                        TestApi.object(
                            "sessionsAllowed",
                            6,
                            "sessionsPerWeek",
                            2,
                            "certifiedUntil",
                            start.atZone(TestApi.CLINIC_ZONE).toLocalDate().plusDays(60)))),
            "clinician");

    assertThat(checkedIn.status()).as(checkedIn.text()).isEqualTo(200);
    assertThat(completed.status()).as(completed.text()).isEqualTo(200);
    bookNeedling(patient, Scenarios.weekdayAt(10, 11, 0));
  }

  @Test
  void aPlanCertifiedPastNinetyDaysIsRefusedAndTheEvaluationStaysOpen() {
    PatientId patient = scenarios.patient("Quentin Ames");
    Instant start = Scenarios.weekdayAt(8, 10, 0);
    String evaluation = bookEvaluation(patient, start);
    clock.setNow(start.plus(Duration.ofMinutes(1)));
    api.post("/api/visits/" + evaluation + "/check-in", "", TestApi.FRONT_DESK);

    Response completed =
        api.post(
            "/api/visits/" + evaluation + "/complete",
            TestApi.body(
                "evaluation",
                TestApi.object(
                    "complexity", "LOW",
                    "screening",
                        TestApi.object(
                            "pregnancy",
                            false,
                            "bleedingDisorderOrAnticoagulants",
                            false,
                            "compromisedImmunity",
                            false,
                            "skinInfectionAtSite",
                            false,
                            "metalAllergy",
                            false,
                            "uncontrolledDiabetes",
                            false),
                    "planOfCare",
                        TestApi.object(
                            "sessionsAllowed",
                            6,
                            "sessionsPerWeek",
                            2,
                            "certifiedUntil",
                            start.atZone(TestApi.CLINIC_ZONE).toLocalDate().plusDays(120)))),
            "clinician");

    assertThat(completed.status()).isEqualTo(400);
    assertThat(completed.json().get("detail").asText()).contains("at most 90 days");
    Response noShow = api.post("/api/visits/" + evaluation + "/no-show", "", TestApi.FRONT_DESK);
    assertThat(noShow.status()).as("still ARRIVED, so not a no-show").isEqualTo(409);
    assertThat(noShow.json().get("currentStatus").asText()).isEqualTo("ARRIVED");
  }

  @Test
  void aMissedSessionIsRecordedAsANoShowAndGivesTheSessionBack() {
    PatientId patient = scenarios.evaluatedPatient("Rosa Vidal", 1);
    Instant start = Scenarios.weekdayAt(9, 13, 0);
    String session = bookNeedling(patient, start);
    clock.setNow(start.plus(Duration.ofMinutes(20)));

    Response noShow = api.post("/api/visits/" + session + "/no-show", "", TestApi.FRONT_DESK);
    Response again = api.post("/api/visits/" + session + "/no-show", "", TestApi.FRONT_DESK);

    assertThat(noShow.status()).as(noShow.text()).isEqualTo(200);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("detail").asText()).contains("NOSHOW");
    clock.reset();
    bookNeedling(patient, Scenarios.weekdayAt(12, 13, 0));
  }

  @Test
  void completingACancelledVisitNamesItsState() {
    PatientId patient = scenarios.evaluatedPatient("Sam Ortega", 4);
    String session = bookNeedling(patient, Scenarios.weekdayAt(9, 15, 0));
    api.post(
        "/api/visits/" + session + "/cancel",
        TestApi.body("reason", "Car trouble"),
        TestApi.FRONT_DESK);

    Response completed =
        api.post(
            "/api/visits/" + session + "/complete",
            TestApi.body(
                "needling",
                TestApi.object(
                    "muscles",
                    "ONE_OR_TWO",
                    "electricalStimulation",
                    "NONE",
                    "attendedStimulationMinutes",
                    0,
                    "exerciseMinutes",
                    15,
                    "manualTherapyMinutes",
                    10)),
            "clinician");

    assertThat(completed.status()).isEqualTo(409);
    assertThat(completed.json().get("currentStatus").asText()).isEqualTo("CANCELLED");
  }

  @Test
  void onlyCliniciansAndAdminsReverseACompletionAndOnlyWithAReason() {
    PatientId patient = scenarios.evaluatedPatient("Vera Undo", 4);
    Instant start = Scenarios.weekdayAt(9, 16, 0);
    String session = bookNeedling(patient, start);
    clock.setNow(start.plus(Duration.ofMinutes(10)));
    api.post("/api/visits/" + session + "/check-in", "", TestApi.FRONT_DESK);
    String reverse = "/api/visits/" + session + "/reverse-completion";
    String reason = TestApi.body("reason", "Completed the wrong visit");
    complete(session);
    long reversals = EventStore.events(jdbc, VisitCompletionReversedEvent.class);

    Response byFrontDesk = api.post(reverse, reason, TestApi.FRONT_DESK);
    Response byBilling = api.post(reverse, reason, "billing");
    Response withoutReason = api.post(reverse, "{}", "clinician");
    Response withABlankReason = api.post(reverse, TestApi.body("reason", " "), "admin");

    assertThat(byFrontDesk.status()).isEqualTo(403);
    assertThat(byFrontDesk.contentType()).startsWith("application/problem+json");
    assertThat(byFrontDesk.json().get("detail").asText()).contains("role does not allow");
    assertThat(byBilling.status()).isEqualTo(403);
    assertThat(withoutReason.status()).isEqualTo(400);
    assertThat(withoutReason.contentType()).startsWith("application/problem+json");
    assertThat(withoutReason.json().get("detail").asText()).contains("reason");
    assertThat(withABlankReason.status()).isEqualTo(400);
    assertThat(EventStore.events(jdbc, VisitCompletionReversedEvent.class)).isEqualTo(reversals);

    Response byClinician = api.post(reverse, reason, "clinician");
    complete(session);
    Response byAdmin = api.post(reverse, reason, "admin");

    assertThat(byClinician.status()).as(byClinician.text()).isEqualTo(200);
    assertThat(byAdmin.status()).as(byAdmin.text()).isEqualTo(200);
    assertThat(EventStore.events(jdbc, VisitCompletionReversedEvent.class))
        .isEqualTo(reversals + 2);
  }

  private void complete(String session) {
    Response completed =
        api.post(
            "/api/visits/" + session + "/complete",
            TestApi.body(
                "needling",
                TestApi.object(
                    "muscles",
                    "ONE_OR_TWO",
                    "electricalStimulation",
                    "NONE",
                    "attendedStimulationMinutes",
                    0,
                    "exerciseMinutes",
                    15,
                    "manualTherapyMinutes",
                    10)),
            "clinician");
    assertThat(completed.status()).as(completed.text()).isEqualTo(200);
  }

  @Test
  void aCancellationInsideTwentyFourHoursIsFlaggedLate() {
    PatientId patient = scenarios.evaluatedPatient("Tara Lowe", 4);
    Instant start = Scenarios.weekdayAt(10, 16, 0);
    String session = bookNeedling(patient, start);
    clock.setNow(start.minus(Duration.ofHours(20)));

    Response cancelled =
        api.post(
            "/api/visits/" + session + "/cancel",
            TestApi.body("reason", "Overslept"),
            TestApi.FRONT_DESK);

    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(
            jdbc.sql(
                    "SELECT convert_from(payload, 'UTF8') FROM domainevententry"
                        + " WHERE aggregateidentifier = :id AND payloadtype LIKE '%VisitCancelled%'")
                .param("id", session)
                .query(String.class)
                .single())
        .contains("\"late\":true");
  }

  @Test
  void timeOffOverBookedVisitsIsRefusedAndBookingsDuringTimeOffToo() {
    PatientId patient = scenarios.evaluatedPatient("Uma Stone", 6);
    Instant booked = Scenarios.weekdayAt(11, 9, 0);
    bookNeedling(patient, booked);
    Response overVisits =
        api.post(
            "/api/practitioners/" + practitioner + "/time-off",
            TestApi.body(
                "start", TestApi.local(booked.minus(Duration.ofHours(1))),
                "end", TestApi.local(booked.plus(Duration.ofHours(2))),
                "reason", "Course"),
            TestApi.FRONT_DESK);
    Instant afternoon = booked.plus(Duration.ofHours(5));
    Response timeOff =
        api.post(
            "/api/practitioners/" + practitioner + "/time-off",
            TestApi.body(
                "start", TestApi.local(afternoon),
                "end", TestApi.local(afternoon.plus(Duration.ofHours(3))),
                "reason", "Dentist"),
            TestApi.FRONT_DESK);
    Response duringTimeOff =
        api.post(
            "/api/needling-sessions",
            TestApi.body(
                "patientId",
                patient,
                "practitionerId",
                practitioner,
                "roomId",
                room,
                "start",
                TestApi.local(afternoon.plus(Duration.ofMinutes(30)))),
            TestApi.FRONT_DESK);

    assertThat(overVisits.status()).isEqualTo(409);
    assertThat(overVisits.json().get("overlappingVisits").asInt()).isEqualTo(1);
    assertThat(timeOff.status()).as(timeOff.text()).isEqualTo(201);
    assertThat(duringTimeOff.status()).isEqualTo(422);
    assertThat(duringTimeOff.json().get("rule").asText()).isEqualTo("PRACTITIONER_TIME_OFF");
  }
}
