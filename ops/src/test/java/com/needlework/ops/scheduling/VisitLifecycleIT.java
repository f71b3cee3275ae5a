package com.needlework.ops.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.VisitCompletionReversedEvent;
import com.needlework.ops.support.Bodies;
import com.needlework.ops.support.ClinicApiTest;
import com.needlework.ops.support.EventStore;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.Scenarios;
import com.needlework.ops.support.TestApi;
import com.needlework.ops.support.TestApi.Response;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A clinic day through the API: book, check in, complete, no-show, with time moved on. */
@NeedleworkIntegrationTest
class VisitLifecycleIT extends ClinicApiTest {

  VisitLifecycleIT() {
    super("Lifecycle Tester, DPT", "Lifecycle room");
  }

  private String bookEvaluation(PatientId patient, Instant start) {
    return booked(EVALUATIONS, patient, start);
  }

  private String bookNeedling(PatientId patient, Instant start) {
    return booked(NEEDLING_SESSIONS, patient, start);
  }

  @Test
  void anEvaluationCompletedWithAPlanOfCareOpensNeedling() {
    PatientId patient = scenarios.patient("Paula Reyes");
    Instant start = Scenarios.weekdayAt(8, 8, 0);
    String evaluation = bookedWithClockAt(EVALUATIONS, patient, start, Duration.ofMinutes(5));

    Response checkedIn = api.checkIn(evaluation);
    Response completed =
        api.post(
            "/api/visits/" + evaluation + "/complete",
            Bodies.evaluationCompletion(
                "MODERATE",
                Bodies.screening("No red flags"),
                start.atZone(TestApi.CLINIC_ZONE).toLocalDate().plusDays(60)),
            "clinician");

    assertThat(checkedIn.status()).as(checkedIn.text()).isEqualTo(200);
    assertThat(completed.status()).as(completed.text()).isEqualTo(200);
    bookNeedling(patient, Scenarios.weekdayAt(10, 11, 0));
  }

  @Test
  void aPlanCertifiedPastNinetyDaysIsRefusedAndTheEvaluationStaysOpen() {
    PatientId patient = scenarios.patient("Quentin Ames");
    Instant start = Scenarios.weekdayAt(8, 10, 0);
    String evaluation = bookedWithClockAt(EVALUATIONS, patient, start, Duration.ofMinutes(1));
    api.checkIn(evaluation);

    Response completed =
        api.post(
            "/api/visits/" + evaluation + "/complete",
            Bodies.evaluationCompletion(
                "LOW",
                Bodies.screening(null),
                start.atZone(TestApi.CLINIC_ZONE).toLocalDate().plusDays(120)),
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
    String session = bookedWithClockAt(NEEDLING_SESSIONS, patient, start, Duration.ofMinutes(20));

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
    api.cancel(session, "Car trouble");

    Response completed =
        api.post("/api/visits/" + session + "/complete", Bodies.needlingCompletion(), "clinician");

    assertThat(completed.status()).isEqualTo(409);
    assertThat(completed.json().get("currentStatus").asText()).isEqualTo("CANCELLED");
  }

  @Test
  void onlyCliniciansAndAdminsReverseACompletionAndOnlyWithAReason() {
    PatientId patient = scenarios.evaluatedPatient("Vera Undo", 4);
    Instant start = Scenarios.weekdayAt(9, 16, 0);
    String session = bookedWithClockAt(NEEDLING_SESSIONS, patient, start, Duration.ofMinutes(10));
    api.checkIn(session);
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
        api.post("/api/visits/" + session + "/complete", Bodies.needlingCompletion(), "clinician");
    assertThat(completed.status()).as(completed.text()).isEqualTo(200);
  }

  @Test
  void aCancellationInsideTwentyFourHoursIsFlaggedLate() {
    PatientId patient = scenarios.evaluatedPatient("Tara Lowe", 4);
    Instant start = Scenarios.weekdayAt(10, 16, 0);
    String session = bookedWithClockAt(NEEDLING_SESSIONS, patient, start, Duration.ofHours(-20));

    Response cancelled = api.cancel(session, "Overslept");

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
            Bodies.timeOff(
                TestApi.local(booked.minus(Duration.ofHours(1))),
                TestApi.local(booked.plus(Duration.ofHours(2))),
                "Course"),
            TestApi.FRONT_DESK);
    Instant afternoon = booked.plus(Duration.ofHours(5));
    Response timeOff =
        api.post(
            "/api/practitioners/" + practitioner + "/time-off",
            Bodies.timeOff(
                TestApi.local(afternoon),
                TestApi.local(afternoon.plus(Duration.ofHours(3))),
                "Dentist"),
            TestApi.FRONT_DESK);
    Response duringTimeOff =
        api.post(
            "/api/needling-sessions",
            Bodies.booking(patient, practitioner, room, afternoon.plus(Duration.ofMinutes(30))),
            TestApi.FRONT_DESK);

    assertThat(overVisits.status()).isEqualTo(409);
    assertThat(overVisits.json().get("overlappingVisits").asInt()).isEqualTo(1);
    assertThat(timeOff.status()).as(timeOff.text()).isEqualTo(201);
    assertThat(duringTimeOff.status()).isEqualTo(422);
    assertThat(duringTimeOff.json().get("rule").asText()).isEqualTo("PRACTITIONER_TIME_OFF");
  }
}
