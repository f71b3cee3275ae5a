package com.needlework.ops.insurance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.insurance.CoveredVisitNeedsAttentionEvent;
import com.needlework.api.insurance.CoveredVisitUsedEvent;
import com.needlework.api.patient.EvaluationRecordedEvent;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.VisitCompletedEvent;
import com.needlework.ops.support.Bodies;
import com.needlework.ops.support.ClinicApiTest;
import com.needlework.ops.support.EventStore;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.Scenarios;
import com.needlework.ops.support.StartingGun;
import com.needlework.ops.support.TestApi;
import com.needlework.ops.support.TestApi.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Bookings respect the patient's benefits; completions use them; the last one goes once. */
@NeedleworkIntegrationTest
class BenefitsBookingIT extends ClinicApiTest {

  private static final Bodies.CostSharing COSTS =
      new Bodies.CostSharing("25.00", 20, "500.00", "125.50");

  BenefitsBookingIT() {
    super("Benefits, DPT", "Benefits room");
  }

  private String payer(boolean needlingCovered) {
    return payer("Test Plan " + needlingCovered, needlingCovered);
  }

  private String payer(String name, boolean needlingCovered) {
    Response payer =
        api.post(
            "/api/payers",
            Bodies.payer(
                name,
                "T" + System.nanoTime() % 100000,
                "needlingCovered",
                needlingCovered,
                "unattendedEstimCode",
                "97014"),
            "admin");
    assertThat(payer.status()).as(payer.text()).isEqualTo(201);
    return payer.json().get("payerId").asText();
  }

  private String cover(PatientId patient, String payer, int visitsAllowed, int usedSoFar) {
    return cover(patient, payer, visitsAllowed, usedSoFar, LocalDate.now().minusYears(1));
  }

  private String cover(
      PatientId patient, String payer, int visitsAllowed, int usedSoFar, LocalDate from) {
    return api.coverageAdded(
        patient,
        Bodies.coverageWithCosts(
            payer,
            "M-" + patient.toString().substring(0, 8),
            visitsAllowed,
            from,
            COSTS,
            usedSoFar,
            "subscriberRelation",
            "SELF",
            "priority",
            "PRIMARY"));
  }

  private Response evaluation(PatientId patient, Instant start, boolean selfPay) {
    return api.post(
        "/api/evaluations",
        Bodies.booking(patient, practitioner, room, start, "selfPayAcknowledged", selfPay),
        TestApi.FRONT_DESK);
  }

  private String coveredBy(String visitId) {
    return bookedCoverage(visitId, "coverageId");
  }

  private String coverageOf(String visitId) {
    return bookedCoverage(visitId, "status");
  }

  /** A field of the coverage the visit's booking event recorded. */
  private String bookedCoverage(String visitId, String field) {
    return jdbc.sql(
            "SELECT convert_from(payload, 'UTF8')::jsonb -> 'coverage' ->> :field"
                + " FROM domainevententry WHERE aggregateidentifier = :id AND sequencenumber = 0")
        .param("field", field)
        .param("id", visitId)
        .query(String.class)
        .single();
  }

  @Test
  void aBookingBeyondThePeriodsVisitsIsRefusedUnlessThePatientPaysThemselves() {
    PatientId patient = scenarios.patient("Ada Limit");
    cover(patient, payer(true), 2, 1);
    Response covered = evaluation(patient, Scenarios.weekdayAt(4, 9, 0), false);
    long events = EventStore.events(jdbc);

    Response refused = evaluation(patient, Scenarios.weekdayAt(4, 11, 0), false);
    assertThat(EventStore.events(jdbc)).isEqualTo(events);
    Response selfPay = evaluation(patient, Scenarios.weekdayAt(4, 11, 0), true);

    assertThat(covered.status()).as(covered.text()).isEqualTo(201);
    assertThat(coverageOf(covered.json().get("visitId").asText())).isEqualTo("COVERED");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("rule").asText()).isEqualTo("BENEFIT_VISITS_EXHAUSTED");
    assertThat(selfPay.status()).isEqualTo(201);
    assertThat(coverageOf(selfPay.json().get("visitId").asText())).isEqualTo("SELF_PAY");
  }

  @Test
  void aNewerPrimaryCoveragePaysAndTheWorklistAndCoverageViewsNameTheSamePayer() throws Exception {
    PatientId patient = scenarios.evaluatedPatient("Gil Twoplans", 6);
    String older =
        cover(patient, payer("Older Primary Plan", true), 30, 0, LocalDate.now().minusYears(1));
    String newer =
        cover(patient, payer("Newer Primary Plan", true), 30, 0, LocalDate.now().minusDays(10));

    Response booked =
        api.bookTreatment(
            "/api/needling-sessions", patient, practitioner, room, Scenarios.weekdayAt(3, 10, 0));
    assertThat(booked.status()).as(booked.text()).isEqualTo(201);
    readModelsCaughtUp();
    Response worklist = api.get("/api/benefit-deadlines?within=366", TestApi.FRONT_DESK);
    Response coverages = api.get("/api/patients/" + patient + "/coverages", TestApi.FRONT_DESK);

    assertThat(coveredBy(booked.json().get("visitId").asText()))
        .isEqualTo(newer)
        .isNotEqualTo(older);
    assertThat(worklist.json())
        .filteredOn(entry -> entry.get("patientId").asText().equals(patient.toString()))
        .singleElement()
        .satisfies(
            entry -> assertThat(entry.get("payer").asText()).isEqualTo("Newer Primary Plan"));
    assertThat(coverages.json().get(0).get("coverageId").asText()).isEqualTo(newer);
    assertThat(coverages.json().get(0).get("visitsBooked").asInt()).isEqualTo(1);
  }

  @Test
  void tenBookingsRacingForTheLastCoveredVisitOfThePeriodLeaveExactlyOneCovered() throws Exception {
    PatientId patient = scenarios.patient("Hal Lastone");
    cover(patient, payer(true), 30, 29);
    List<Callable<Response>> desks = new ArrayList<>();
    for (int desk = 0; desk < 10; desk++) {
      Instant start = Scenarios.weekdayAt(5 + desk / 8, 8 + desk % 8, 0);
      desks.add(() -> evaluation(patient, start, false));
    }
    List<Response> responses = StartingGun.race(desks);

    assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
    assertThat(responses)
        .filteredOn(r -> r.status() != 201)
        .hasSize(9)
        .allSatisfy(
            r -> {
              assertThat(r.status()).as(r.text()).isEqualTo(422);
              assertThat(r.json().get("rule").asText()).isEqualTo("BENEFIT_VISITS_EXHAUSTED");
            });
    assertThat(
            jdbc.sql(
                    "SELECT used, booked FROM cs_benefit_usage u JOIN cs_coverage c"
                        + " ON c.coverage_id = u.coverage_id WHERE c.patient_id = :patient")
                .param("patient", patient.value())
                .query((rs, row) -> rs.getInt("used") + "/" + rs.getInt("booked"))
                .single())
        .isEqualTo("29/1");
  }

  @Test
  void aCancelledCoveredVisitGivesItsPlaceBack() {
    PatientId patient = scenarios.patient("Bo Back");
    cover(patient, payer(true), 1, 0);
    String first =
        evaluation(patient, Scenarios.weekdayAt(5, 9, 0), false).json().get("visitId").asText();
    api.cancel(first, "Moved");

    Response again = evaluation(patient, Scenarios.weekdayAt(5, 11, 0), false);

    assertThat(again.status()).as(again.text()).isEqualTo(201);
    assertThat(coverageOf(again.json().get("visitId").asText())).isEqualTo("COVERED");
  }

  @Test
  void visitsOutsideAnAuthorizationOrPastItsCountAreRefused() {
    PatientId patient = scenarios.patient("Cy Auth");
    String coverage = cover(patient, payer(true), 30, 0);
    Instant inside = Scenarios.weekdayAt(6, 9, 0);
    LocalDate day = inside.atZone(TestApi.CLINIC_ZONE).toLocalDate();
    Response authorization =
        api.post(
            "/api/coverages/" + coverage + "/authorizations",
            Bodies.authorization("PA-1", 1, day, day),
            "billing");
    assertThat(authorization.status()).as(authorization.text()).isEqualTo(201);

    Response covered = evaluation(patient, inside, false);
    Response pastCount = evaluation(patient, inside.plus(Duration.ofHours(2)), false);
    Response outside = evaluation(patient, Scenarios.weekdayAt(13, 9, 0), false);

    assertThat(covered.status()).isEqualTo(201);
    assertThat(pastCount.json().get("rule").asText()).isEqualTo("AUTHORIZATION_EXHAUSTED");
    assertThat(outside.json().get("rule").asText()).isEqualTo("AUTHORIZATION_EXPIRED");
  }

  @Test
  void needlingForAPayerThatDoesNotCoverItIsACoveredVisitWhoseNeedlingThePatientPays() {
    PatientId patient = scenarios.evaluatedPatient("Di Needle", 6);
    cover(patient, payer(false), 30, 0);

    Response booked =
        api.bookTreatment(
            "/api/needling-sessions", patient, practitioner, room, Scenarios.weekdayAt(7, 9, 0));
    Response visit = api.get("/api/visits/" + booked.json().get("visitId").asText(), "billing");

    assertThat(booked.status()).as(booked.text()).isEqualTo(201);
    assertThat(coverageOf(booked.json().get("visitId").asText())).isEqualTo("COVERED");
    assertThat(visit.json().get("coverageStatus").asText()).isEqualTo("COVERED");
    assertThat(visit.json().get("coverageReason").asText())
        .contains("does not cover dry needling: the patient pays for the needling");
    JsonNode coverage = api.get("/api/patients/" + patient + "/coverages", "billing").json().get(0);
    assertThat(coverage.get("visitsBooked").asInt()).isEqualTo(1);
  }

  @Test
  void needlingUnderMedicareWaitsForTheSignedAbn() {
    PatientId patient = scenarios.evaluatedPatient("Abe Medicare", 6);
    Response medicare =
        api.post("/api/payers", Bodies.payer("Medicare Test", "MCT01", "medicare", true), "admin");
    cover(patient, medicare.json().get("payerId").asText(), 30, 0);
    long events = EventStore.events(jdbc);

    Response refused =
        api.bookTreatment(
            "/api/needling-sessions", patient, practitioner, room, Scenarios.weekdayAt(7, 11, 0));
    long afterRefusal = EventStore.events(jdbc);
    Response abn =
        api.post(
            "/api/patients/" + patient + "/abn",
            TestApi.body("signedOn", LocalDate.now(TestApi.CLINIC_ZONE)),
            TestApi.FRONT_DESK);
    Response booked =
        api.bookTreatment(
            "/api/needling-sessions", patient, practitioner, room, Scenarios.weekdayAt(7, 11, 0));

    assertThat(refused.status()).as(refused.text()).isEqualTo(422);
    assertThat(refused.json().get("rule").asText()).isEqualTo("ABN_REQUIRED");
    assertThat(afterRefusal).isEqualTo(events);
    assertThat(abn.status()).as(abn.text()).isEqualTo(201);
    assertThat(booked.status()).as(booked.text()).isEqualTo(201);
    assertThat(coverageOf(booked.json().get("visitId").asText())).isEqualTo("COVERED");
  }

  @Test
  void anEveningVisitOnNewYearsEveCountsInTheOldYearThoughItIsJanuaryInUtc() {
    PractitionerId lateShift =
        scenarios.practitionerWorking("Late Shift, PT", LocalTime.of(18, 0), LocalTime.of(23, 59));
    PatientId patient = scenarios.patient("Eve Late");
    cover(patient, payer(true), 30, 0);
    LocalDate newYearsEve = LocalDate.now(TestApi.CLINIC_ZONE).withMonth(12).withDayOfMonth(31);
    Instant fiveToEleven = newYearsEve.atTime(22, 55).atZone(TestApi.CLINIC_ZONE).toInstant();

    Response booked =
        api.post(
            "/api/evaluations",
            Bodies.booking(patient, lateShift, room, fiveToEleven),
            TestApi.FRONT_DESK);

    assertThat(booked.status()).as(booked.text()).isEqualTo(201);
    assertThat(
            jdbc.sql("SELECT period_start FROM cs_visit_benefit WHERE visit_id = CAST(:id AS uuid)")
                .param("id", booked.json().get("visitId").asText())
                .query(LocalDate.class)
                .single())
        .isEqualTo(newYearsEve.withDayOfYear(1));
  }

  @Test
  void twoCompletionsRacingForTheLastAuthorizedVisitLeaveOneCoveredAndOneNeedingAttention()
      throws Exception {
    PatientId patient = scenarios.patient("Flo Race");
    String coverage = cover(patient, payer(true), 30, 0);
    Instant nine = Scenarios.weekdayAt(8, 9, 0);
    PractitionerId other = scenarios.credentialedPractitioner("Other Racer, PT");
    String first = evaluation(patient, nine, false).json().get("visitId").asText();
    String second =
        api.post(
                "/api/evaluations",
                Bodies.booking(patient, other, scenarios.room("Second room"), nine),
                TestApi.FRONT_DESK)
            .json()
            .get("visitId")
            .asText();
    LocalDate day = nine.atZone(TestApi.CLINIC_ZONE).toLocalDate();
    api.post(
        "/api/coverages/" + coverage + "/authorizations",
        Bodies.authorization("PA-LAST", 1, day, day),
        "billing");
    clock.setNow(nine.plus(Duration.ofMinutes(30)));
    for (String visit : List.of(first, second)) {
      assertThat(api.checkIn(visit).status()).isEqualTo(200);
    }
    long completed = EventStore.events(jdbc, VisitCompletedEvent.class);
    long evaluations = EventStore.events(jdbc, EvaluationRecordedEvent.class);
    long used = EventStore.events(jdbc, CoveredVisitUsedEvent.class);
    long attention = EventStore.events(jdbc, CoveredVisitNeedsAttentionEvent.class);
    String completion =
        Bodies.evaluationCompletion("LOW", Bodies.screening(null), day.plusDays(60));
    List<Callable<Integer>> clinicians = new ArrayList<>();
    for (String visit : List.of(first, second)) {
      clinicians.add(
          () -> api.post("/api/visits/" + visit + "/complete", completion, "clinician").status());
    }
    for (Integer answer : StartingGun.race(clinicians)) {
      assertThat(answer).isEqualTo(200);
    }

    assertThat(EventStore.events(jdbc, VisitCompletedEvent.class))
        .as("both visits completed, each with its evaluation recorded")
        .isEqualTo(completed + 2);
    assertThat(EventStore.events(jdbc, EvaluationRecordedEvent.class)).isEqualTo(evaluations + 2);
    assertThat(EventStore.events(jdbc, CoveredVisitUsedEvent.class)).isEqualTo(used + 1);
    assertThat(EventStore.events(jdbc, CoveredVisitNeedsAttentionEvent.class))
        .isEqualTo(attention + 1);
  }
}
