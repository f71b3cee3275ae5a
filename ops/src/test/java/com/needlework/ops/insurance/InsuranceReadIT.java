package com.needlework.ops.insurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.patient.PatientId;
import com.needlework.ops.axon.ProjectionBarrier;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.Scenarios;
import com.needlework.ops.support.SettableClock;
import com.needlework.ops.support.TestApi;
import com.needlework.ops.support.TestApi.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What billing and the front desk read of coverages, the worklist and the alerts. */
@NeedleworkIntegrationTest
class InsuranceReadIT {

  @LocalServerPort int port;
  @Autowired CommandGateway commands;
  @Autowired JdbcClient jdbc;
  @Autowired ProjectionBarrier projections;
  @Autowired SettableClock clock;
  private TestApi api;
  private Scenarios scenarios;
  private PractitionerId practitioner;
  private RoomId room;

  @BeforeEach
  void setUp() {
    api = new TestApi(port);
    scenarios = new Scenarios(commands, jdbc);
    practitioner = scenarios.credentialedPractitioner("Insurance Reader, DPT");
    room = scenarios.room("Insurance room");
  }

  @AfterEach
  void putTheClockBack() {
    clock.reset();
  }

  private void readModelsCaughtUp() throws InterruptedException {
    assertThat(projections.awaitCaughtUp(Duration.ofSeconds(15))).isTrue();
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> nodes = new ArrayList<>();
    array.forEach(nodes::add);
    return nodes;
  }

  private String payer(boolean needlingCovered) {
    return api.post(
            "/api/payers",
            TestApi.body(
                "name",
                "Reader Plan " + System.nanoTime(),
                "electronicPayerId",
                "RP1",
                "needlingCovered",
                needlingCovered),
            "admin")
        .json()
        .get("payerId")
        .asText();
  }

  private String cover(PatientId patient, String payer, int allowed, int usedSoFar) {
    Response coverage =
        api.post(
            "/api/patients/" + patient + "/coverages",
            TestApi.body(
                "payerId",
                payer,
                "memberId",
                "RD-" + patient.toString().substring(0, 6),
                "benefitPeriod",
                TestApi.object("type", "CALENDAR_YEAR"),
                "visitsAllowed",
                allowed,
                "copay",
                "30.00",
                "coinsurancePercent",
                "20",
                "deductible",
                "500.00",
                "deductibleMet",
                "125.50",
                "effectiveFrom",
                LocalDate.now().minusYears(1),
                "visitsUsedSoFar",
                usedSoFar),
            "billing");
    assertThat(coverage.status()).as(coverage.text()).isEqualTo(201);
    return coverage.json().get("coverageId").asText();
  }

  private String booked(String path, PatientId patient, Instant start) {
    Response booked = api.bookTreatment(path, patient, practitioner, room, start);
    assertThat(booked.status()).as(booked.text()).isEqualTo(201);
    return booked.json().get("visitId").asText();
  }

  private void checkInAndComplete(String visit, Instant start, String body) {
    clock.setNow(start.plus(Duration.ofMinutes(10)));
    assertThat(api.post("/api/visits/" + visit + "/check-in", "", TestApi.FRONT_DESK).status())
        .isEqualTo(200);
    Response completed = api.post("/api/visits/" + visit + "/complete", body, "clinician");
    assertThat(completed.status()).as(completed.text()).isEqualTo(200);
  }

  private static String needling() {
    return TestApi.body(
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
            10));
  }

  private JsonNode theCoverage(PatientId patient) {
    Response coverages = api.get("/api/patients/" + patient + "/coverages", "billing");
    assertThat(coverages.status()).as(coverages.text()).isEqualTo(200);
    return coverages.json().get(0);
  }

  @Test
  void aCoverageShowsItsPeriodCountsAndCostSharingExactly() throws Exception {
    PatientId patient = scenarios.evaluatedPatient("Ivy Counts", 6);
    cover(patient, payer(true), 12, 2);
    Instant used = Scenarios.weekdayAt(3, 9, 0);
    String done = booked("/api/needling-sessions", patient, used);
    booked("/api/needling-sessions", patient, Scenarios.weekdayAt(10, 9, 0));
    checkInAndComplete(done, used, needling());
    clock.reset();
    readModelsCaughtUp();

    JsonNode coverage = theCoverage(patient);

    assertThat(coverage.get("visitsAllowed").asInt()).isEqualTo(12);
    assertThat(coverage.get("visitsUsed").asInt()).isEqualTo(3);
    assertThat(coverage.get("visitsBooked").asInt()).isEqualTo(1);
    assertThat(coverage.get("visitsRemaining").asInt()).isEqualTo(9);
    assertThat(coverage.get("costSharing").get("copay").asText()).isEqualTo("30.00");
    assertThat(coverage.get("costSharing").get("deductibleRemaining").asText()).isEqualTo("374.50");
    assertThat(coverage.get("benefitPeriod").get("currentEnd").asText()).endsWith("-12-31");
  }

  @Test
  void reversingACompletionGivesTheVisitBackToTheCoverage() throws Exception {
    PatientId patient = scenarios.evaluatedPatient("Jay Reverse", 6);
    cover(patient, payer(true), 12, 0);
    Instant start = Scenarios.weekdayAt(4, 11, 0);
    String visit = booked("/api/needling-sessions", patient, start);
    checkInAndComplete(visit, start, needling());
    readModelsCaughtUp();
    assertThat(theCoverage(patient).get("visitsUsed").asInt()).isEqualTo(1);

    Response reversed =
        api.post(
            "/api/visits/" + visit + "/reverse-completion",
            TestApi.body("reason", "Completed the wrong visit"),
            "clinician");
    readModelsCaughtUp();

    assertThat(reversed.status()).as(reversed.text()).isEqualTo(200);
    JsonNode coverage = theCoverage(patient);
    assertThat(coverage.get("visitsUsed").asInt()).isZero();
    assertThat(coverage.get("visitsBooked").asInt()).isEqualTo(1);
    JsonNode record = api.get("/api/patients/" + patient, TestApi.FRONT_DESK).json();
    assertThat(list(record.get("visits")))
        .filteredOn(v -> v.get("visitId").asText().equals(visit))
        .singleElement()
        .satisfies(v -> assertThat(v.get("status").asText()).isEqualTo("ARRIVED"));
  }

  @Test
  void aCompletedVisitTheCoverageCouldNotTakeShowsAsNeedingAttention() throws Exception {
    PatientId patient = scenarios.evaluatedPatient("Kit Attention", 6);
    String coverage = cover(patient, payer(true), 12, 0);
    Instant first = Scenarios.weekdayAt(5, 9, 0);
    Instant second = first.plus(Duration.ofHours(2));
    String one = booked("/api/needling-sessions", patient, first);
    String two = booked("/api/needling-sessions", patient, second);
    LocalDate day = first.atZone(TestApi.CLINIC_ZONE).toLocalDate();
    api.post(
        "/api/coverages/" + coverage + "/authorizations",
        TestApi.body("number", "ONE-ONLY", "visitsAuthorized", 1, "validFrom", day, "validTo", day),
        "billing");
    checkInAndComplete(one, first, needling());
    checkInAndComplete(two, second, needling());
    readModelsCaughtUp();

    JsonNode schedule =
        api.get("/api/schedule?date=" + day + "&practitionerId=" + practitioner, TestApi.FRONT_DESK)
            .json();

    List<JsonNode> visits = list(schedule.get("practitioners").get(0).get("visits"));
    assertThat(visits)
        .extracting(v -> v.get("visitId").asText() + " " + v.get("coverageStatus").asText())
        .contains(one + " COVERED", two + " NEEDS_ATTENTION");
  }

  @Test
  void theWorklistShowsTheDemoClinicsDeadlinesInOrder() throws Exception {
    readModelsCaughtUp();

    Response deadlines = api.get("/api/benefit-deadlines?within=366", TestApi.FRONT_DESK);
    Response useBeforeReset =
        api.get("/api/benefit-deadlines/use-before-reset?within=366", TestApi.FRONT_DESK);

    assertThat(deadlines.status()).as(deadlines.text()).isEqualTo(200);
    List<JsonNode> entries = list(deadlines.json());
    assertThat(entries)
        .extracting(e -> LocalDate.parse(e.get("nearestDeadline").asText()))
        .isSorted();
    JsonNode ben =
        entries.stream()
            .filter(e -> e.get("patientName").asText().equals("Ben Okafor"))
            .findFirst()
            .orElseThrow();
    assertThat(ben.get("authorizationExpires").asText())
        .isEqualTo(ben.get("nearestDeadline").asText());
    assertThat(ben.get("authorizationVisitsRemaining").asInt()).isEqualTo(12);
    JsonNode dev =
        entries.stream()
            .filter(e -> e.get("patientName").asText().equals("Dev Patel"))
            .findFirst()
            .orElseThrow();
    assertThat(dev.get("underScheduledVisits").asInt()).isEqualTo(5);
    assertThat(list(useBeforeReset.json()))
        .filteredOn(e -> e.get("patientName").asText().equals("Ana Rivera"))
        .singleElement()
        .satisfies(e -> assertThat(e.get("visitsToUse").asInt()).isEqualTo(8));
  }

  @Test
  void anAuthorizationAboutToExpireRaisesAnAlertNamingIt() throws Exception {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                list(api.get("/api/alerts", "billing").json()).stream()
                    .anyMatch(a -> a.get("kind").asText().equals("AUTHORIZATION_EXPIRING")));

    JsonNode alert =
        list(api.get("/api/alerts", "billing").json()).stream()
            .filter(a -> a.get("kind").asText().equals("AUTHORIZATION_EXPIRING"))
            .filter(a -> a.get("patientName").asText().equals("Ben Okafor"))
            .findFirst()
            .orElseThrow();
    assertThat(alert.get("message").asText()).contains("BH-2026-0042").contains("12 visits left");
  }

  @Test
  void coveragesOfAnUnknownPatientAreNotFoundAndReadsAreAudited() throws Exception {
    PatientId patient = scenarios.patient("Lia Audit");
    readModelsCaughtUp();
    Response unknown =
        api.get("/api/patients/3f2b6c1e-8d4a-4c8e-9a51-2b7f0d6e4a10/coverages", "billing");
    api.get("/api/patients/" + patient + "/coverages", "billing");

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM phi_access_log WHERE username = 'billing'"
                        + " AND action = 'VIEW_COVERAGES' AND subject LIKE :subject")
                .param("subject", "%" + patient + "%")
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }
}
