package com.needlework.ops.care;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.patient.Contraindication;
import com.needlework.api.patient.PatientId;
import com.needlework.ops.support.Bodies;
import com.needlework.ops.support.ClinicApiTest;
import com.needlework.ops.support.EventStore;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.Scenarios;
import com.needlework.ops.support.StartingGun;
import com.needlework.ops.support.TestApi;
import com.needlework.ops.support.TestApi.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each rule that gates needling refuses through the API with its name, and appends nothing. */
@NeedleworkIntegrationTest
class NeedlingRulesIT extends ClinicApiTest {

  NeedlingRulesIT() {
    super("Rules Tester, DPT", "Rules room");
  }

  private Response book(PatientId patient, PractitionerId practitioner, Instant start) {
    return api.bookTreatment("/api/needling-sessions", patient, practitioner, room, start);
  }

  private void refused(Response response, String rule) {
    assertThat(response.status()).as(response.text()).isEqualTo(422);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("rule").asText()).isEqualTo(rule);
  }

  private void refusesAndAppendsNothing(
      PatientId patient, PractitionerId practitioner, Instant start, String rule) {
    long events = EventStore.events(jdbc);
    refused(book(patient, practitioner, start), rule);
    assertThat(EventStore.events(jdbc)).isEqualTo(events);
  }

  @Test
  void aRegisteredPatientWithoutAnEvaluationIsRefused() {
    Response registered =
        api.post(
            "/api/patients",
            Bodies.patient("Gina Holt", "1975-04-02", "415 555 0111", "gina@example.com"),
            TestApi.FRONT_DESK);
    assertThat(registered.status()).isEqualTo(201);
    PatientId gina = PatientId.parse(registered.json().get("patientId").asText());

    refusesAndAppendsNothing(
        gina, practitioner, Scenarios.weekdayAt(3, 9, 0), "EVALUATION_REQUIRED");
  }

  @Test
  void aSessionAfterThePlanOfCareEndsIsRefused() {
    PatientId hugo = scenarios.patient("Hugo Barr");
    scenarios.evaluate(hugo, LocalDate.now(TestApi.CLINIC_ZONE).minusDays(65), 6);

    refusesAndAppendsNothing(
        hugo, practitioner, Scenarios.weekdayAt(3, 9, 15), "PLAN_OF_CARE_EXPIRED");
  }

  @Test
  void aSessionBeyondThePlansCountIsRefused() {
    PatientId iris = scenarios.evaluatedPatient("Iris Kent", 1);
    assertThat(book(iris, practitioner, Scenarios.weekdayAt(3, 9, 30)).status()).isEqualTo(201);

    refusesAndAppendsNothing(
        iris, practitioner, Scenarios.weekdayAt(3, 11, 0), "PLAN_OF_CARE_EXHAUSTED");
  }

  @Test
  void anOpenContraindicationRefusesUntilAClinicianOverridesIt() {
    PatientId june = scenarios.evaluatedPatient("June Park", 6, Contraindication.PREGNANCY);
    Instant start = Scenarios.weekdayAt(4, 9, 0);
    refusesAndAppendsNothing(june, practitioner, start, "CONTRAINDICATION_OPEN");
    String override =
        TestApi.body(
            "contraindication", "pregnancy", "reason", "Second trimester, obstetrician cleared");

    Response byFrontDesk =
        api.post(
            "/api/patients/" + june + "/contraindication-overrides", override, TestApi.FRONT_DESK);
    Response byClinician =
        api.post("/api/patients/" + june + "/contraindication-overrides", override, "clinician");

    assertThat(byFrontDesk.status()).isEqualTo(403);
    assertThat(byClinician.status()).as(byClinician.text()).isEqualTo(201);
    assertThat(book(june, practitioner, start).status()).isEqualTo(201);
    assertThat(
            jdbc.sql(
                    "SELECT convert_from(payload, 'UTF8') FROM domainevententry"
                        + " WHERE aggregateidentifier = :id AND payloadtype LIKE '%Overridden%'")
                .param("id", june.toString())
                .query(String.class)
                .single())
        .contains("\"clinician\":\"clinician\"")
        .contains("obstetrician cleared")
        .contains("overriddenAt");
  }

  @Test
  void aNewScreeningWithTheContraindicationNeedsANewOverride() {
    PatientId kai = scenarios.evaluatedPatient("Kai Lund", 6);
    Response screened =
        api.screen(kai, Bodies.screening("Started apixaban", "bleedingDisorderOrAnticoagulants"));
    assertThat(screened.status()).as(screened.text()).isEqualTo(200);

    refusesAndAppendsNothing(
        kai, practitioner, Scenarios.weekdayAt(4, 10, 0), "CONTRAINDICATION_OPEN");
  }

  @Test
  void aScreeningMustAnswerEveryQuestion() {
    PatientId lea = scenarios.evaluatedPatient("Lea Moor", 6);
    Response screened = api.screen(lea, TestApi.object("pregnancy", false, "notes", "partial"));
    assertThat(screened.status()).isEqualTo(400);
    assertThat(screened.json().get("detail").asText())
        .contains("must answer 'bleedingDisorderOrAnticoagulants'");
  }

  @Test
  void aPractitionerWhoseCredentialLapsedIsRefusedUntilItIsRenewed() {
    PractitionerId jordan = scenarios.demoPractitioner("Jordan");
    PatientId max = scenarios.evaluatedPatient("Max Dunn", 6);
    Instant start = Scenarios.weekdayAt(5, 9, 0);
    refusesAndAppendsNothing(max, jordan, start, "PRACTITIONER_NOT_CREDENTIALED");

    Response renewed =
        api.put(
            "/api/practitioners/" + jordan + "/credentials",
            TestApi.body("state", "CA", "validUntil", LocalDate.now().plusYears(1)),
            "admin");

    assertThat(renewed.status()).as(renewed.text()).isEqualTo(200);
    assertThat(book(max, jordan, start).status()).isEqualTo(201);
    api.put(
        "/api/practitioners/" + jordan + "/credentials",
        TestApi.body("state", "CA", "validUntil", LocalDate.now().minusDays(30)),
        "admin");
  }

  @Test
  void theLastSessionOfAPlanGoesToExactlyOneOfTenRacingBookings() throws Exception {
    PatientId nora = scenarios.evaluatedPatient("Nora Quinn", 1);
    List<PractitionerId> practitioners = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      practitioners.add(scenarios.credentialedPractitioner("Racer " + i + " PT"));
    }
    List<Callable<Integer>> clients = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      PractitionerId practitioner = practitioners.get(i);
      Instant start = Scenarios.weekdayAt(6, 8 + i, 0);
      RoomId ownRoom = i % 2 == 0 ? scenarios.demoRoom("Room 1") : scenarios.demoRoom("Room 2");
      String request = Bodies.booking(nora, practitioner, ownRoom, start);
      clients.add(() -> api.post("/api/needling-sessions", request, TestApi.FRONT_DESK).status());
    }
    List<Integer> statuses = StartingGun.race(clients);

    Map<Integer, Long> byStatus =
        statuses.stream()
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(byStatus.get(201)).isEqualTo(1L);
    assertThat(byStatus.get(422)).isEqualTo(9L);
    assertThat(
            jdbc.sql("SELECT sessions_counted FROM cs_patient_care WHERE patient_id = :id")
                .param("id", nora.value())
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }
}
