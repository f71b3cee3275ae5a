package com.needlework.ops.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.patient.PatientId;
import com.needlework.ops.support.ApiTest;
import com.needlework.ops.support.Bodies;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.Scenarios;
import com.needlework.ops.support.TestApi;
import com.needlework.ops.support.TestApi.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every 201 that names a {@code Location} can be read there, and what it answers is what was
 * created; a creation without a place of its own names none.
 */
@NeedleworkIntegrationTest
class LocationsIT extends ApiTest {

  private record Created(Response response, String idField) {}

  @Test
  void everyLocationACreationNamesAnswersWhatWasCreated() throws Exception {
    List<Created> created = new ArrayList<>();
    Response practitioner =
        api.post(
            "/api/practitioners",
            TestApi.body(
                "name",
                "Lou Cation, DPT",
                "workingHours",
                TestApi.objects(TestApi.object("day", "MONDAY", "start", "08:00", "end", "17:00"))),
            "admin");
    created.add(new Created(practitioner, "practitionerId"));
    Response room = api.post("/api/rooms", TestApi.body("name", "Location room"), "admin");
    created.add(new Created(room, "roomId"));
    Response payer = api.post("/api/payers", Bodies.payer("Location Health", "LOC01"), "admin");
    created.add(new Created(payer, "payerId"));
    Response patient =
        api.post(
            "/api/patients",
            Bodies.patient("Lena Location", "1980-02-03", "415 555 0188", "lena@example.com"),
            TestApi.FRONT_DESK);
    created.add(new Created(patient, "patientId"));
    PatientId patientId = PatientId.parse(patient.json().get("patientId").asText());
    Response coverage =
        api.post(
            "/api/patients/" + patientId + "/coverages",
            Bodies.coverage(
                payer.json().get("payerId").asText(), "LOC-1", 20, LocalDate.now().minusMonths(1)),
            "billing");
    created.add(new Created(coverage, "coverageId"));
    Response evaluation =
        api.bookTreatment(
            "/api/evaluations",
            patientId,
            scenarios.credentialedPractitioner("Eva Location, PT"),
            scenarios.room("Evaluation location room"),
            Scenarios.weekdayAt(9, 10, 0));
    created.add(new Created(evaluation, "visitId"));
    Response waitlisted =
        api.post(
            "/api/waitlist",
            TestApi.body(
                "patientId",
                patientId,
                "visitType",
                "EVALUATION",
                "preferredDays",
                List.of("MONDAY")),
            TestApi.FRONT_DESK);
    created.add(new Created(waitlisted, "entryId"));
    assertThat(projections.awaitCaughtUp(Duration.ofSeconds(15))).isTrue();

    for (Created made : created) {
      assertThat(made.response().status()).as(made.response().text()).isEqualTo(201);
      String location = made.response().location();
      String id = made.response().json().get(made.idField()).asText();
      assertThat(location).as(made.idField()).endsWith("/" + id);
      Response read = api.get(location, "admin");
      assertThat(read.status()).as(location + ": " + read.text()).isEqualTo(200);
      assertThat(read.text()).contains(id);
    }
    Response timeOff =
        api.post(
            "/api/practitioners/"
                + practitioner.json().get("practitionerId").asText()
                + "/time-off",
            TestApi.body(
                "start",
                TestApi.local(Scenarios.weekdayAt(30, 8, 0)),
                "end",
                TestApi.local(Scenarios.weekdayAt(30, 12, 0)),
                "reason",
                "Course"),
            "admin");
    assertThat(timeOff.status()).as(timeOff.text()).isEqualTo(201);
    assertThat(timeOff.location()).isNull();
  }

  @Test
  void aMalformedIdInThePathIsABadRequestNamingTheParameter() {
    Response answer = api.get("/api/visits/not-a-uuid", TestApi.FRONT_DESK);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().get("field").asText()).isEqualTo("visitId");
    assertThat(answer.json().get("detail").asText()).contains("not a valid visit id");
  }

  @Test
  void anUnknownVisitIsNotFound() {
    Response answer = api.get("/api/visits/" + java.util.UUID.randomUUID(), TestApi.FRONT_DESK);

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.json().get("detail").asText()).startsWith("There is no visit with id");
  }
}
