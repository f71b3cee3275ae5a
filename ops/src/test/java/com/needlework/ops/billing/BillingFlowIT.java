package com.needlework.ops.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.needlework.api.billing.AccountId;
import com.needlework.api.billing.PaymentRecordedEvent;
import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.patient.PatientId;
import com.needlework.ops.support.EventStore;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.Scenarios;
import com.needlework.ops.support.SettableClock;
import com.needlework.ops.support.TestApi;
import com.needlework.ops.support.TestApi.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A billing day through the API on the demo clinic's fee schedule: a completed visit shows its
 * coded charges, the patient's invoice and account; payments, refunds, write-offs, fees and
 * reversals move the money, and every cent stays accounted for.
 */
@NeedleworkIntegrationTest
class BillingFlowIT {

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
    practitioner = scenarios.credentialedPractitioner("Billing Tester, DPT");
    room = scenarios.room("Billing room");
  }

  @AfterEach
  void putTheClockBack() {
    clock.reset();
  }

  /** Three muscles, 33 minutes of exercise and 7 of manual therapy. */
  private static String needlingWithExercise() {
    return TestApi.body(
        "needling",
        TestApi.object(
            "muscles",
            "THREE_OR_MORE",
            "electricalStimulation",
            "NONE",
            "attendedStimulationMinutes",
            0,
            "exerciseMinutes",
            33,
            "manualTherapyMinutes",
            7));
  }

  private static String needlingOnly() {
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
            0,
            "manualTherapyMinutes",
            0));
  }

  private String book(PatientId patient, Instant start) {
    Response booked =
        api.bookTreatment("/api/needling-sessions", patient, practitioner, room, start);
    assertThat(booked.status()).as(booked.text()).isEqualTo(201);
    return booked.json().get("visitId").asText();
  }

  /** Books a session, lets its time come, checks the patient in and completes it. */
  private String completed(PatientId patient, int daysAhead, String outcome) {
    Instant start = Scenarios.weekdayAt(daysAhead, 9, 0);
    String visit = book(patient, start);
    clock.setNow(start.plus(Duration.ofMinutes(5)));
    Response checkedIn = api.post("/api/visits/" + visit + "/check-in", "", TestApi.FRONT_DESK);
    assertThat(checkedIn.status()).as(checkedIn.text()).isEqualTo(200);
    Response done = api.post("/api/visits/" + visit + "/complete", outcome, "clinician");
    assertThat(done.status()).as(done.text()).isEqualTo(200);
    return visit;
  }

  private JsonNode account(PatientId patient) {
    Response account = api.get("/api/patients/" + patient + "/account", "billing");
    assertThat(account.status()).as(account.text()).isEqualTo(200);
    return account.json();
  }

  private static List<String> codes(JsonNode lines) {
    return StreamSupport.stream(lines.spliterator(), false)
        .map(
            line ->
                line.get("code").asText()
                    + "x"
                    + line.get("units").asInt()
                    + " "
                    + line.get("modifiers").toString()
                    + " "
                    + line.get("amount").asText()
                    + " "
                    + line.get("payer").asText())
        .toList();
  }

  private String payer(boolean needlingCovered) {
    Response payer =
        api.post(
            "/api/payers",
            TestApi.body(
                "name",
                "Billing Plan " + needlingCovered + " " + UUID.randomUUID(),
                "electronicPayerId",
                "B" + System.nanoTime() % 100000,
                "needlingCovered",
                needlingCovered),
            "admin");
    assertThat(payer.status()).as(payer.text()).isEqualTo(201);
    return payer.json().get("payerId").asText();
  }

  /** A primary coverage with a 25.00 copay, 20 % coinsurance and its deductible met. */
  private void cover(PatientId patient, String payer) {
    Response coverage =
        api.post(
            "/api/patients/" + patient + "/coverages",
            TestApi.body(
                "payerId",
                payer,
                "memberId",
                "M-" + patient.toString().substring(0, 8),
                "subscriberRelation",
                "SELF",
                "priority",
                "PRIMARY",
                "benefitPeriod",
                TestApi.object("type", "CALENDAR_YEAR"),
                "visitsAllowed",
                30,
                "copay",
                "25.00",
                "coinsurancePercent",
                20,
                "deductible",
                "500.00",
                "deductibleMet",
                "500.00",
                "effectiveFrom",
                LocalDate.now().minusYears(1)),
            "billing");
    assertThat(coverage.status()).as(coverage.text()).isEqualTo(201);
  }

  @Test
  void aSelfPaySessionIsCodedInvoicedPaidAndTheOverpaymentKeptAsCredit() {
    PatientId patient = scenarios.evaluatedPatient("Sam Selfpay", 6);
    String visit = completed(patient, 3, needlingWithExercise());

    JsonNode charges = api.get("/api/visits/" + visit + "/charges", "billing").json();
    assertThat(codes(charges.get("lines")))
        .containsExactly(
            "20561x1 [\"GP\"] 95.00 SELF_PAY",
            "97110x2 [\"GP\"] 90.00 SELF_PAY",
            "97140x1 [\"GP\"] 45.00 SELF_PAY");
    assertThat(charges.get("total").asText()).isEqualTo("230.00");
    assertThat(charges.get("patientEstimate").asText()).isEqualTo("230.00");

    JsonNode before = account(patient);
    assertThat(before.get("balance").asText()).isEqualTo("230.00");
    JsonNode invoice = before.get("invoices").get(0);
    assertThat(invoice.get("number").asText()).matches("INV-\\d{4}-\\d{6}");
    assertThat(invoice.get("status").asText()).isEqualTo("OPEN");
    assertThat(invoice.get("dueOn").asText())
        .isEqualTo(
            LocalDate.ofInstant(clock.instant(), TestApi.CLINIC_ZONE).plusDays(30).toString());

    String key = UUID.randomUUID().toString();
    String body = TestApi.body("amount", "250.00", "method", "CARD", "reference", "visa 4242");
    Response paid =
        api.postOnce("/api/patients/" + patient + "/payments", body, TestApi.FRONT_DESK, key);
    assertThat(paid.status()).as(paid.text()).isEqualTo(201);
    assertThat(paid.json().get("toCredit").asText()).isEqualTo("20.00");
    assertThat(paid.json().get("allocations").get(0).get("amount").asText()).isEqualTo("230.00");

    JsonNode after = account(patient);
    assertThat(after.get("balance").asText()).isEqualTo("-20.00");
    assertThat(after.get("credit").asText()).isEqualTo("20.00");
    assertThat(after.get("invoices").get(0).get("status").asText()).isEqualTo("PAID");
    assertThat(after.get("entries")).hasSize(2);
    assertThat(after.get("entries").get(1).get("balanceAfter").asText()).isEqualTo("-20.00");
    Response payment = api.get(paid.location().replaceFirst("^https?://[^/]+", ""), "billing");
    assertThat(payment.status()).as(payment.text()).isEqualTo(200);
    assertThat(payment.json().get("method").asText()).isEqualTo("CARD");
  }

  @Test
  void aPaymentRepeatedWithItsKeyIsPostedOnceAndTheKeyWithAnotherAmountIsAConflict() {
    PatientId patient = scenarios.evaluatedPatient("Ida Potent", 6);
    completed(patient, 4, needlingOnly());
    String key = UUID.randomUUID().toString();
    String body = TestApi.body("amount", "30.00", "method", "CASH");
    String path = "/api/patients/" + patient + "/payments";

    Response first = api.postOnce(path, body, TestApi.FRONT_DESK, key);
    long payments = EventStore.events(jdbc, PaymentRecordedEvent.class);
    Response again = api.postOnce(path, body, TestApi.FRONT_DESK, key);
    Response other =
        api.postOnce(
            path, TestApi.body("amount", "31.00", "method", "CASH"), TestApi.FRONT_DESK, key);

    assertThat(first.status()).as(first.text()).isEqualTo(201);
    assertThat(again.status()).as(again.text()).isEqualTo(201);
    assertThat(again.json()).isEqualTo(first.json());
    assertThat(EventStore.events(jdbc, PaymentRecordedEvent.class)).isEqualTo(payments);
    assertThat(other.status()).as(other.text()).isEqualTo(409);
    assertThat(other.contentType()).startsWith("application/problem+json");
    assertThat(account(patient).get("payments")).hasSize(1);
  }

  @Test
  void aReversedCompletionVoidsTheInvoiceAndWhatWasPaidBecomesCredit() {
    PatientId patient = scenarios.evaluatedPatient("Rita Verse", 6);
    String visit = completed(patient, 5, needlingOnly());
    Response paid =
        api.post(
            "/api/patients/" + patient + "/payments",
            TestApi.body("amount", "40.00", "method", "CHECK", "reference", "#1021"),
            "billing");
    assertThat(paid.status()).as(paid.text()).isEqualTo(201);

    Response reversed =
        api.post(
            "/api/visits/" + visit + "/reverse-completion",
            TestApi.body("reason", "Completed the wrong visit"),
            "clinician");

    assertThat(reversed.status()).as(reversed.text()).isEqualTo(200);
    JsonNode account = account(patient);
    assertThat(account.get("invoices").get(0).get("status").asText()).isEqualTo("VOID");
    assertThat(account.get("credit").asText()).isEqualTo("40.00");
    assertThat(account.get("balance").asText()).isEqualTo("-40.00");
    assertThat(
            api.get("/api/visits/" + visit + "/charges", "billing")
                .json()
                .get("reversed")
                .asBoolean())
        .isTrue();
  }

  @Test
  void aRefundGivesCreditBackAndNeverMoreThanWasPaid() {
    PatientId patient = scenarios.evaluatedPatient("Reed Fund", 6);
    completed(patient, 6, needlingOnly());
    Response paid =
        api.post(
            "/api/patients/" + patient + "/payments",
            TestApi.body("amount", "100.00", "method", "CARD"),
            TestApi.FRONT_DESK);
    String payment = paid.json().get("id").asText();
    long events = EventStore.events(jdbc);

    Response tooMuch =
        api.post(
            "/api/payments/" + payment + "/refund",
            TestApi.body("amount", "100.01", "reason", "Overpaid"),
            "billing");
    Response byFrontDesk =
        api.post(
            "/api/payments/" + payment + "/refund",
            TestApi.body("amount", "25.00", "reason", "Overpaid"),
            TestApi.FRONT_DESK);
    assertThat(tooMuch.status()).as(tooMuch.text()).isEqualTo(422);
    assertThat(tooMuch.json().get("rule").asText()).isEqualTo("REFUND_ABOVE_PAYMENT");
    assertThat(byFrontDesk.status()).isEqualTo(403);
    assertThat(EventStore.events(jdbc)).isEqualTo(events);

    Response refunded =
        api.post(
            "/api/payments/" + payment + "/refund",
            TestApi.body("amount", "25.00", "reason", "Overpaid"),
            "billing");
    assertThat(refunded.status()).as(refunded.text()).isEqualTo(201);
    JsonNode account = account(patient);
    assertThat(account.get("credit").asText()).isEqualTo("0.00");
    assertThat(account.get("balance").asText()).isEqualTo("0.00");
    assertThat(account.get("payments").get(0).get("refunded").asText()).isEqualTo("25.00");
  }

  @Test
  void aLateCancellationChargesThePolicyFeeAndAWaiverVoidsIt() {
    PatientId patient = scenarios.evaluatedPatient("Lee Late", 6);
    Instant start = Scenarios.weekdayAt(7, 10, 0);
    String visit = book(patient, start);
    clock.setNow(start.minus(Duration.ofHours(3)));

    Response cancelled =
        api.post(
            "/api/visits/" + visit + "/cancel",
            TestApi.body("reason", "Car broke down"),
            TestApi.FRONT_DESK);

    assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
    JsonNode account = account(patient);
    assertThat(account.get("balance").asText()).isEqualTo("50.00");
    JsonNode fee = account.get("fees").get(0);
    assertThat(fee.get("kind").asText()).isEqualTo("LATE_CANCELLATION");
    long events = EventStore.eventsOf(jdbc, AccountId.of(patient));
    Response noReason =
        api.post(
            "/api/patients/" + patient + "/fees/" + fee.get("feeId").asText() + "/waive",
            TestApi.body("reason", " "),
            TestApi.FRONT_DESK);
    assertThat(noReason.status()).as(noReason.text()).isEqualTo(400);
    assertThat(EventStore.eventsOf(jdbc, AccountId.of(patient))).isEqualTo(events);

    Response waived =
        api.post(
            "/api/patients/" + patient + "/fees/" + fee.get("feeId").asText() + "/waive",
            TestApi.body("reason", "First time; car trouble"),
            TestApi.FRONT_DESK);
    assertThat(waived.status()).as(waived.text()).isEqualTo(200);
    JsonNode after = account(patient);
    assertThat(after.get("balance").asText()).isEqualTo("0.00");
    assertThat(after.get("fees").get(0).get("waived").asBoolean()).isTrue();
    assertThat(after.get("invoices").get(0).get("status").asText()).isEqualTo("VOID");
  }

  @Test
  void anEarlyCancellationIsFreeAndANoShowChargesItsFee() {
    PatientId patient = scenarios.evaluatedPatient("Noah Show", 6);
    String early = book(patient, Scenarios.weekdayAt(8, 10, 0));
    Response cancelled =
        api.post(
            "/api/visits/" + early + "/cancel",
            TestApi.body("reason", "Travelling"),
            TestApi.FRONT_DESK);
    assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
    assertThat(account(patient).get("fees")).isEmpty();

    Instant start = Scenarios.weekdayAt(9, 10, 0);
    String missed = book(patient, start);
    clock.setNow(start.plus(Duration.ofMinutes(20)));
    Response noShow = api.post("/api/visits/" + missed + "/no-show", "", TestApi.FRONT_DESK);

    assertThat(noShow.status()).as(noShow.text()).isEqualTo(200);
    JsonNode account = account(patient);
    assertThat(account.get("fees").get(0).get("kind").asText()).isEqualTo("NO_SHOW");
    assertThat(account.get("balance").asText()).isEqualTo("75.00");
  }

  @Test
  void aCoveredSessionInvoicesTheCopayAndWaitsForAClaim() {
    PatientId patient = scenarios.evaluatedPatient("Cora Vered", 6);
    cover(patient, payer(true));
    String visit = completed(patient, 3, needlingWithExercise());

    JsonNode charges = api.get("/api/visits/" + visit + "/charges", "billing").json();
    assertThat(codes(charges.get("lines")))
        .containsExactly(
            "20561x1 [\"GP\"] 95.00 COVERED",
            "97110x2 [\"GP\"] 90.00 COVERED",
            "97140x1 [\"GP\"] 45.00 COVERED");
    // copay 25.00, then 20 % of the remaining 205.00
    assertThat(charges.get("patientEstimate").asText()).isEqualTo("66.00");
    assertThat(charges.get("payerEstimate").asText()).isEqualTo("164.00");
    assertThat(account(patient).get("invoices").get(0).get("amount").asText()).isEqualTo("25.00");
    assertThat(
            StreamSupport.stream(
                    api.get("/api/billing/unbilled", "billing").json().spliterator(), false)
                .filter(unbilled -> unbilled.get("visitId").asText().equals(visit))
                .map(unbilled -> unbilled.get("covered").asText()))
        .containsExactly("230.00");
  }

  @Test
  void aPayerWithoutNeedlingPaysTheTherapyAndThePatientTheNeedling() {
    PatientId patient = scenarios.evaluatedPatient("Nia Dle", 6);
    cover(patient, payer(false));
    String visit = completed(patient, 3, needlingWithExercise());

    JsonNode charges = api.get("/api/visits/" + visit + "/charges", "billing").json();
    assertThat(codes(charges.get("lines")))
        .containsExactly(
            "20561x1 [\"GP\"] 95.00 SELF_PAY",
            "97110x2 [\"GP\"] 90.00 COVERED",
            "97140x1 [\"GP\"] 45.00 COVERED");
    JsonNode coverage = api.get("/api/patients/" + patient + "/coverages", "billing").json().get(0);
    assertThat(coverage.get("visitsUsed").asInt()).isEqualTo(1);
    assertThat(account(patient).get("invoices").get(0).get("amount").asText()).isEqualTo("120.00");
  }

  @Test
  void needlingAloneUnderAPayerWithoutNeedlingGivesTheReservedVisitBack() {
    PatientId patient = scenarios.evaluatedPatient("Olga Nly", 6);
    cover(patient, payer(false));
    String visit = completed(patient, 3, needlingOnly());

    JsonNode coverage = api.get("/api/patients/" + patient + "/coverages", "billing").json().get(0);
    assertThat(coverage.get("visitsUsed").asInt()).isZero();
    assertThat(coverage.get("visitsBooked").asInt()).isZero();
    JsonNode shown = api.get("/api/visits/" + visit, "billing").json();
    assertThat(shown.get("coverageStatus").asText()).isEqualTo("SELF_PAY");
    assertThat(account(patient).get("invoices").get(0).get("amount").asText()).isEqualTo("75.00");
  }

  @Test
  void aChargePreviewShowsWhatTheCompletionWillBillAndAppendsNothing() {
    PatientId patient = scenarios.evaluatedPatient("Pre View", 6);
    String visit = book(patient, Scenarios.weekdayAt(10, 9, 0));
    long events = EventStore.events(jdbc);

    Response preview =
        api.post("/api/visits/" + visit + "/charge-preview", needlingWithExercise(), "clinician");

    assertThat(preview.status()).as(preview.text()).isEqualTo(200);
    assertThat(codes(preview.json().get("lines")))
        .containsExactly(
            "20561x1 [\"GP\"] 95.00 SELF_PAY",
            "97110x2 [\"GP\"] 90.00 SELF_PAY",
            "97140x1 [\"GP\"] 45.00 SELF_PAY");
    assertThat(preview.json().get("total").asText()).isEqualTo("230.00");
    assertThat(EventStore.events(jdbc)).isEqualTo(events);
    assertThat(account(patient).get("invoices")).isEmpty();
  }

  @Test
  void badAmountsAndUnknownThingsAreRefusedNamingTheFieldAndNothingIsPosted() {
    PatientId patient = scenarios.evaluatedPatient("Bad Amounts", 6);
    completed(patient, 4, needlingOnly());
    String path = "/api/patients/" + patient + "/payments";
    long events = EventStore.events(jdbc);

    for (String amount : List.of("\"-5.00\"", "\"0.00\"", "\"abc\"", "\"1.234\"", "null")) {
      Response refused =
          api.post(path, "{\"amount\": " + amount + ", \"method\": \"CASH\"}", TestApi.FRONT_DESK);
      assertThat(refused.status()).as(amount + ": " + refused.text()).isEqualTo(400);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.text()).as(amount).contains("amount");
    }
    Response noMethod = api.post(path, TestApi.body("amount", "5.00"), TestApi.FRONT_DESK);
    Response unknownPatient =
        api.post(
            "/api/patients/" + UUID.randomUUID() + "/payments",
            TestApi.body("amount", "5.00", "method", "CASH"),
            TestApi.FRONT_DESK);
    Response unknownInvoice =
        api.post(
            path,
            TestApi.body("amount", "5.00", "method", "CASH", "invoiceNumber", "INV-2020-000001"),
            TestApi.FRONT_DESK);
    Response badInvoice =
        api.post(
            path,
            TestApi.body("amount", "5.00", "method", "CASH", "invoiceNumber", "INV-1"),
            TestApi.FRONT_DESK);
    Response byClinician =
        api.post(path, TestApi.body("amount", "5.00", "method", "CASH"), "clinician");
    Response badKey =
        api.postOnce(
            path, TestApi.body("amount", "5.00", "method", "CASH"), TestApi.FRONT_DESK, "a b");

    assertThat(noMethod.status()).as(noMethod.text()).isEqualTo(400);
    assertThat(unknownPatient.status()).as(unknownPatient.text()).isEqualTo(404);
    assertThat(unknownInvoice.status()).as(unknownInvoice.text()).isEqualTo(422);
    assertThat(unknownInvoice.json().get("rule").asText()).isEqualTo("UNKNOWN_INVOICE");
    assertThat(badInvoice.status()).as(badInvoice.text()).isEqualTo(400);
    assertThat(badInvoice.json().get("field").asText()).isEqualTo("invoiceNumber");
    assertThat(byClinician.status()).isEqualTo(403);
    assertThat(badKey.status()).as(badKey.text()).isEqualTo(400);
    assertThat(badKey.json().get("field").asText()).isEqualTo("Idempotency-Key");
    assertThat(EventStore.events(jdbc)).isEqualTo(events);
    assertThat(api.get("/api/invoices?status=sideways", "billing").status()).isEqualTo(400);
  }

  @Test
  void theDayCloseAddsUpTheClinicDaysPaymentsByMethod() {
    PatientId patient = scenarios.evaluatedPatient("Day Close", 6);
    completed(patient, 5, needlingWithExercise());
    LocalDate day = LocalDate.ofInstant(clock.instant(), TestApi.CLINIC_ZONE);
    JsonNode before = api.get("/api/billing/day-close?date=" + day, "billing").json();

    api.post(
        "/api/patients/" + patient + "/payments",
        TestApi.body("amount", "30.00", "method", "CASH"),
        TestApi.FRONT_DESK);
    api.post(
        "/api/patients/" + patient + "/payments",
        TestApi.body("amount", "70.00", "method", "CARD"),
        TestApi.FRONT_DESK);
    JsonNode after = api.get("/api/billing/day-close?date=" + day, "billing").json();

    assertThat(after.get("date").asText()).isEqualTo(day.toString());
    assertThat(
            new BigDecimal(after.get("received").asText())
                .subtract(new BigDecimal(before.get("received").asText())))
        .isEqualByComparingTo("100.00");
    assertThat(after.get("payments").size() - before.get("payments").size()).isEqualTo(2);
  }
}
