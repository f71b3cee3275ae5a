package com.needlework.ops.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.needlework.api.billing.AccountId;
import com.needlework.api.patient.PatientId;
import com.needlework.ops.support.Bodies;
import com.needlework.ops.support.ClinicApiTest;
import com.needlework.ops.support.EventStore;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.Scenarios;
import com.needlework.ops.support.TestApi;
import com.needlework.ops.support.TestApi.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Billing at its edges: a visit completed again after a reversal, amounts past every bound. */
@NeedleworkIntegrationTest
class BillingEdgesIT extends ClinicApiTest {

  BillingEdgesIT() {
    super("Edges Tester, DPT", "Edges room");
  }

  private String completedSession(PatientId patient) {
    Instant start = Scenarios.weekdayAt(4, 11, 0);
    String visit = booked("/api/needling-sessions", patient, start);
    clock.setNow(start.plus(Duration.ofMinutes(5)));
    TestApi.ok(api.checkIn(visit));
    TestApi.ok(
        api.post("/api/visits/" + visit + "/complete", Bodies.needlingCompletion(), "clinician"));
    return visit;
  }

  private JsonNode account(PatientId patient) {
    return TestApi.ok(api.get("/api/patients/" + patient + "/account", "billing")).json();
  }

  @Test
  void aVisitCompletedAgainAfterAReversalIsChargedAgainOnANewInvoice() {
    PatientId patient = scenarios.evaluatedPatient("Rhea Complete", 6);
    String visit = completedSession(patient);
    TestApi.ok(
        api.post(
            "/api/visits/" + visit + "/reverse-completion",
            TestApi.body("reason", "Wrong treatment recorded"),
            "clinician"));

    TestApi.ok(
        api.post("/api/visits/" + visit + "/complete", Bodies.needlingCompletion(), "clinician"));

    JsonNode charges = TestApi.ok(api.get("/api/visits/" + visit + "/charges", "billing")).json();
    assertThat(charges.get("reversed").asBoolean()).isFalse();
    // 20560 75.00 + 97110 45.00 + 97140 45.00 (CMS: 25 timed minutes are 2 units)
    assertThat(charges.get("total").asText()).isEqualTo("165.00");
    JsonNode account = account(patient);
    assertThat(account.get("invoices"))
        .extracting(invoice -> invoice.get("status").asText())
        .containsExactly("VOID", "OPEN");
    assertThat(account.get("balance").asText()).isEqualTo("165.00");
  }

  @Test
  void amountsPastTheirBoundsAreRefusedAndNothingIsPosted() {
    PatientId patient = scenarios.evaluatedPatient("Max Amount", 6);
    completedSession(patient);
    long events = EventStore.eventsOf(jdbc, AccountId.of(patient));

    for (String amount : List.of("100000.01", "1e15", "99999999999999999999.00")) {
      Response refused =
          api.post(
              "/api/patients/" + patient + "/payments",
              "{\"amount\": \"" + amount + "\", \"method\": \"CASH\"}",
              TestApi.FRONT_DESK);
      assertThat(refused.status()).as(amount + ": " + refused.text()).isEqualTo(400);
      assertThat(refused.contentType()).startsWith("application/problem+json");
    }
    Response price =
        api.put(
            "/api/fee-schedule/97110",
            TestApi.body("price", "10000.01", "effectiveFrom", "2027-01-01"),
            "admin");
    Response nul =
        api.post(
            "/api/patients/" + patient + "/payments",
            TestApi.body("amount", "5.00", "method", "CASH", "reference", "visa\u00004242"),
            TestApi.FRONT_DESK);

    assertThat(price.status()).as(price.text()).isEqualTo(400);
    assertThat(price.json().get("field")).as(price.text()).isNotNull();
    assertThat(price.json().get("field").asText()).isEqualTo("price");
    assertThat(nul.status()).as(nul.text()).isEqualTo(400);
    assertThat(nul.json().get("detail").asText()).contains("reference").contains("U+0000");
    assertThat(EventStore.eventsOf(jdbc, AccountId.of(patient))).isEqualTo(events);
  }
}
