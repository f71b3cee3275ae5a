package com.needlework.ops.insurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.needlework.api.patient.PatientId;
import com.needlework.ops.support.Bodies;
import com.needlework.ops.support.ClinicApiTest;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.Scenarios;
import com.needlework.ops.support.TestApi;
import com.needlework.ops.support.TestApi.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What billing and the front desk read of coverages, the worklist and the alerts. */
@NeedleworkIntegrationTest
class InsuranceReadIT extends ClinicApiTest {

  private static final Bodies.CostSharing COSTS =
      new Bodies.CostSharing("30.00", "20", "500.00", "125.50");

  InsuranceReadIT() {
    super("Insurance Reader, DPT", "Insurance room");
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> nodes = new ArrayList<>();
    array.forEach(nodes::add);
    return nodes;
  }

  private String payer(boolean needlingCovered) {
    return api.post(
            "/api/payers",
            Bodies.payer(
                "Reader Plan " + System.nanoTime(), "RP1", "needlingCovered", needlingCovered),
            "admin")
        .json()
        .get("payerId")
        .asText();
  }

  /** A patient evaluated for six sessions, covered by a plan that pays for needling. */
  private PatientId coveredPatient(String name, int allowed, int usedSoFar) {
    PatientId patient = scenarios.evaluatedPatient(name, 6);
    cover(patient, payer(true), allowed, usedSoFar);
    return patient;
  }

  private String cover(PatientId patient, String payer, int allowed, int usedSoFar) {
    String memberId = "RD-" + patient.toString().substring(0, 6);
    LocalDate since = LocalDate.now().minusYears(1);
    String terms = Bodies.coverageWithCosts(payer, memberId, allowed, since, COSTS, usedSoFar);
    return api.coverageAdded(patient, terms);
  }

  /** Checks the needling session in and completes it, once {@code start} is past. */
  private void checkInAndComplete(String visit, Instant start) {
    clock.setNow(start.plus(Duration.ofMinutes(10)));
    assertThat(api.checkIn(visit).status()).isEqualTo(200);
    Response completed =
        api.post("/api/visits/" + visit + "/complete", Bodies.needlingCompletion(), "clinician");
    assertThat(completed.status()).as(completed.text()).isEqualTo(200);
  }

  private JsonNode theCoverage(PatientId patient) {
    Response coverages = api.get("/api/patients/" + patient + "/coverages", "billing");
    assertThat(coverages.status()).as(coverages.text()).isEqualTo(200);
    return coverages.json().get(0);
  }

  @Test
  void aCoverageShowsItsPeriodCountsAndCostSharingExactly() throws Exception {
    PatientId patient = coveredPatient("Ivy Counts", 12, 2);
    Instant used = Scenarios.weekdayAt(3, 9, 0);
    String done = booked("/api/needling-sessions", patient, used);
    booked("/api/needling-sessions", patient, Scenarios.weekdayAt(10, 9, 0));
    checkInAndComplete(done, used);
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
    PatientId patient = coveredPatient("Jay Reverse", 12, 0);
    Instant start = Scenarios.weekdayAt(4, 11, 0);
    String visit = booked("/api/needling-sessions", patient, start);
    checkInAndComplete(visit, start);
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
        Bodies.authorization("ONE-ONLY", 1, day, day),
        "billing");
    checkInAndComplete(one, first);
    checkInAndComplete(two, second);
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
