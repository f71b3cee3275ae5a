package com.needlework.ops.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.patient.Contraindication;
import com.needlework.api.patient.PatientId;
import com.needlework.ops.support.ApiTest;
import com.needlework.ops.support.Bodies;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.Scenarios;
import com.needlework.ops.support.TestApi;
import com.needlework.ops.support.TestApi.Response;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A freed slot goes to the first waiting patient who would be allowed it, then the next. */
@NeedleworkIntegrationTest
class WaitlistIT extends ApiTest {

  private String waitlist(PatientId patient, PractitionerId practitioner) {
    Response added =
        api.post(
            "/api/waitlist", Bodies.needlingWaitlist(patient, practitioner), TestApi.FRONT_DESK);
    assertThat(added.status()).as(added.text()).isEqualTo(201);
    return added.json().get("entryId").asText();
  }

  private String status(String entryId) {
    return jdbc.sql("SELECT status FROM cs_waitlist WHERE entry_id = CAST(:id AS uuid)")
        .param("id", entryId)
        .query(String.class)
        .single();
  }

  private void awaitStatus(String entryId, String status) {
    await().atMost(Duration.ofSeconds(15)).until(() -> status(entryId).equals(status));
  }

  @Test
  void theOfferSkipsAnIneligiblePatientAndMovesOnWhenDeclined() {
    PractitionerId wanda = scenarios.credentialedPractitioner("Wanda Wait, DPT");
    RoomId room = scenarios.demoRoom("Room 1");
    String pregnant =
        waitlist(scenarios.evaluatedPatient("Yara First", 6, Contraindication.PREGNANCY), wanda);
    String eligible = waitlist(scenarios.evaluatedPatient("Zoe Second", 6), wanda);
    PatientId third = scenarios.evaluatedPatient("Abe Third", 6);
    String alsoEligible = waitlist(third, wanda);
    Instant monday = Scenarios.mondayAfter(4, 14);
    Response booked =
        api.post(
            "/api/needling-sessions",
            Bodies.booking(scenarios.evaluatedPatient("Bea Booked", 6), wanda, room, monday),
            TestApi.FRONT_DESK);
    assertThat(booked.status()).as(booked.text()).isEqualTo(201);

    api.cancel(booked.json().get("visitId").asText(), "Moved away");

    awaitStatus(eligible, "OFFERED");
    assertThat(status(pregnant)).isEqualTo("WAITING");
    assertThat(status(alsoEligible)).isEqualTo("WAITING");

    assertThat(api.post("/api/waitlist/" + eligible + "/decline", "", TestApi.FRONT_DESK).status())
        .isEqualTo(200);

    awaitStatus(alsoEligible, "OFFERED");
    assertThat(status(eligible)).isEqualTo("WAITING");
    assertThat(status(pregnant)).isEqualTo("WAITING");

    Response accepted =
        api.post("/api/waitlist/" + alsoEligible + "/accept", "", TestApi.FRONT_DESK);
    assertThat(accepted.status()).as(accepted.text()).isEqualTo(201);
    assertThat(status(alsoEligible)).isEqualTo("BOOKED");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = :visit"
                        + " AND convert_from(payload, 'UTF8') LIKE :patient")
                .param("visit", accepted.json().get("visitId").asText())
                .param("patient", "%" + third + "%")
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }
}
