package com.needlework.ops.insurance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.needlework.api.patient.PatientId;
import com.needlework.ops.support.ApiTest;
import com.needlework.ops.support.Bodies;
import com.needlework.ops.support.EventStore;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.TestApi.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A payer's 271 is read as sent, recorded on the coverage, or refused without a trace. */
@NeedleworkIntegrationTest
class EligibilityIT extends ApiTest {

  private static final String X12 = "application/edi-x12";

  private String sample;

  @BeforeEach
  void setUp() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/x12/pt-benefits-calendar-year.271")) {
      sample = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
  }

  private String coverage(String memberId) {
    PatientId patient = scenarios.patient("Maria Rivera");
    String payer =
        api.post("/api/payers", Bodies.payer("Cascade Health Plan", "60054"), "admin")
            .json()
            .get("payerId")
            .asText();
    return api.coverageAdded(
        patient, Bodies.coverage(payer, memberId, 30, LocalDate.of(2026, 1, 1)));
  }

  @Test
  void readsWhatThePayerReportsAndRecordsIt() {
    String coverage = coverage("CHP123456789");

    Response answer =
        api.post("/api/coverages/" + coverage + "/eligibility", sample, X12, "billing");

    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    JsonNode report = answer.json();
    assertThat(report.get("benefitPeriod").get("start").asText()).isEqualTo("2026-01-01");
    assertThat(report.get("benefitPeriod").get("end").asText()).isEqualTo("2026-12-31");
    assertThat(report.get("visitsAllowed").asInt()).isEqualTo(30);
    assertThat(report.get("visitsRemaining").asInt()).isEqualTo(18);
    assertThat(report.get("copay").asText()).isEqualTo("30.00");
    assertThat(report.get("coinsurancePercent").decimalValue()).isEqualByComparingTo("20");
    assertThat(report.get("deductible").asText()).isEqualTo("500.00");
    assertThat(report.get("deductibleRemaining").asText()).isEqualTo("320.00");
    assertThat(report.get("notCoveredCodes"))
        .extracting(JsonNode::asText)
        .containsExactly("20560", "20561");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = :id"
                        + " AND payloadtype LIKE '%EligibilityReceivedEvent'")
                .param("id", coverage)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void refusesAResponseForAnotherMemberAndRecordsNothing() {
    String coverage = coverage("SOMEONE-ELSE");
    long events = EventStore.events(jdbc);

    Response answer =
        api.post("/api/coverages/" + coverage + "/eligibility", sample, X12, "billing");

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().get("rule").asText()).isEqualTo("MEMBER_MISMATCH");
    assertThat(EventStore.events(jdbc)).isEqualTo(events);
  }

  @Test
  void refusesAMalformed271NamingTheSegmentAndRecordsNothing() {
    String coverage = coverage("CHP123456789");
    String wrongCount = sample.replace("SE*23*0001~", "SE*22*0001~");
    long events = EventStore.events(jdbc);

    Response answer =
        api.post("/api/coverages/" + coverage + "/eligibility", wrongCount, X12, "billing");

    assertThat(answer.status()).as(answer.text()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().get("segment").asText()).isEqualTo("SE");
    assertThat(answer.json().get("detail").asText()).contains("SE01");
    assertThat(EventStore.events(jdbc)).isEqualTo(events);
  }

  @Test
  void refusesAnyOtherContentType() {
    String coverage = coverage("CHP123456789");

    Response answer =
        api.post(
            "/api/coverages/" + coverage + "/eligibility", "{}", "application/json", "billing");

    assertThat(answer.status()).isEqualTo(415);
    assertThat(answer.contentType()).startsWith("application/problem+json");
  }
}
