package com.needlework.ops.billing;

import static com.needlework.ops.support.TestApi.FRONT_DESK;
import static com.needlework.ops.support.TestApi.created;
import static com.needlework.ops.support.TestApi.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.needlework.api.billing.AccountId;
import com.needlework.api.billing.PaymentRecordedEvent;
import com.needlework.api.patient.PatientId;
import com.needlework.ops.support.Bodies;
import com.needlework.ops.support.Bodies.CostSharing;
import com.needlework.ops.support.ClinicApiTest;
import com.needlework.ops.support.EventStore;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.Scenarios;
import com.needlework.ops.support.TestApi;
import com.needlework.ops.support.TestApi.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * A billing day through the API on the demo clinic's fee schedule: a completed visit shows its
 * coded charges, the patient's invoice and account; payments, refunds, write-offs, fees and
 * reversals move the money, and every cent stays accounted for.
 */
@NeedleworkIntegrationTest
class BillingFlowIT extends ClinicApiTest {

  /** A 25.00 copay, 20 % coinsurance and the deductible met. */
  private static final CostSharing COPAY_25_COINSURANCE_20 =
      new CostSharing("25.00", 20, "500.00", "500.00");

  BillingFlowIT() {
    super("Billing Tester, DPT", "Billing room");
  }

  /** Three muscles, 33 minutes of exercise and 7 of manual therapy. */
  private static String needlingWithExercise() {
    return Bodies.needlingCompletion("THREE_OR_MORE", 33, 7);
  }

  private static String needlingOnly() {
    return Bodies.needlingCompletion("ONE_OR_TWO", 0, 0);
  }

  /**
   * The codes of {@link #needlingWithExercise()}: the needling, two units of exercise and one of
   * manual therapy, each with the payer it is billed to.
   */
  private static List<String> needlingWithExerciseBilledTo(
      String needling, String exercise, String manualTherapy) {
    return List.of(
        "20561x1 [\"GP\"] 95.00 " + needling,
        "97110x2 [\"GP\"] 90.00 " + exercise,
        "97140x1 [\"GP\"] 45.00 " + manualTherapy);
  }

  private String book(PatientId patient, Instant start) {
    return booked(NEEDLING_SESSIONS, patient, start);
  }

  /** Books a session, lets its time come, checks the patient in and completes it. */
  private String completed(PatientId patient, int daysAhead, String outcome) {
    Instant start = Scenarios.weekdayAt(daysAhead, 9, 0);
    String visit = bookedWithClockAt(NEEDLING_SESSIONS, patient, start, Duration.ofMinutes(5));
    ok(api.checkIn(visit));
    ok(api.post("/api/visits/" + visit + "/complete", outcome, "clinician"));
    return visit;
  }

  private JsonNode account(PatientId patient) {
    return ok(api.get("/api/patients/" + patient + "/account", "billing")).json();
  }

  private String firstInvoiceAmount(PatientId patient) {
    return account(patient).get("invoices").get(0).get("amount").asText();
  }

  private JsonNode charges(String visit) {
    return api.get("/api/visits/" + visit + "/charges", "billing").json();
  }

  private JsonNode firstCoverage(PatientId patient) {
    return api.get("/api/patients/" + patient + "/coverages", "billing").json().get(0);
  }

  private static String payments(PatientId patient) {
    return "/api/patients/" + patient + "/payments";
  }

  private Response pay(PatientId patient, String payment, String user) {
    return api.post(payments(patient), payment, user);
  }

  private Response refund(String payment, String amount, String user) {
    return api.post(
        "/api/payments/" + payment + "/refund",
        TestApi.body("amount", amount, "reason", "Overpaid"),
        user);
  }

  private Response waive(PatientId patient, JsonNode fee, String reason) {
    return api.post(
        "/api/patients/" + patient + "/fees/" + fee.get("feeId").asText() + "/waive",
        TestApi.body("reason", reason),
        FRONT_DESK);
  }

  private JsonNode dayClose(LocalDate day) {
    return api.get("/api/billing/day-close?date=" + day, "billing").json();
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
    return created(
            api.post(
                "/api/payers",
                Bodies.payer(
                    "Billing Plan " + needlingCovered + " " + UUID.randomUUID(),
                    "B" + System.nanoTime() % 100000,
                    "needlingCovered",
                    needlingCovered),
                "admin"))
        .json()
        .get("payerId")
        .asText();
  }

  /** A primary coverage with a 25.00 copay, 20 % coinsurance and its deductible met. */
  private void cover(PatientId patient, String payer) {
    api.coverageAdded(
        patient,
        Bodies.coverageWithCosts(
            payer,
            "M-" + patient.toString().substring(0, 8),
            30,
            LocalDate.now().minusYears(1),
            COPAY_25_COINSURANCE_20,
            0,
            "subscriberRelation",
            "SELF",
            "priority",
            "PRIMARY"));
  }

  /** A patient evaluated for six sessions and covered by a payer that covers needling or not. */
  private PatientId evaluatedAndCovered(String name, boolean needlingCovered) {
    PatientId patient = scenarios.evaluatedPatient(name, 6);
    cover(patient, payer(needlingCovered));
    return patient;
  }

  @Test
  void aSelfPaySessionIsCodedInvoicedPaidAndTheOverpaymentKeptAsCredit() {
    PatientId patient = scenarios.evaluatedPatient("Sam Selfpay", 6);
    String visit = completed(patient, 3, needlingWithExercise());

    JsonNode charges = charges(visit);
    assertThat(codes(charges.get("lines")))
        .containsExactlyElementsOf(
            needlingWithExerciseBilledTo("SELF_PAY", "SELF_PAY", "SELF_PAY"));
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
    Response paid = created(api.postOnce(payments(patient), body, FRONT_DESK, key));
    assertThat(paid.json().get("toCredit").asText()).isEqualTo("20.00");
    assertThat(paid.json().get("allocations").get(0).get("amount").asText()).isEqualTo("230.00");

    JsonNode after = account(patient);
    assertThat(after.get("balance").asText()).isEqualTo("-20.00");
    assertThat(after.get("credit").asText()).isEqualTo("20.00");
    assertThat(after.get("invoices").get(0).get("status").asText()).isEqualTo("PAID");
    assertThat(after.get("entries")).hasSize(2);
    assertThat(after.get("entries").get(1).get("balanceAfter").asText()).isEqualTo("-20.00");
    Response payment = ok(api.get(paid.location().replaceFirst("^https?://[^/]+", ""), "billing"));
    assertThat(payment.json().get("method").asText()).isEqualTo("CARD");
  }

  @Test
  void aPaymentRepeatedWithItsKeyIsPostedOnceAndTheKeyWithAnotherAmountIsAConflict() {
    PatientId patient = scenarios.evaluatedPatient("Ida Potent", 6);
    completed(patient, 4, needlingOnly());
    String key = UUID.randomUUID().toString();
    String body = TestApi.body("amount", "30.00", "method", "CASH");
    String path = payments(patient);

    Response first = api.postOnce(path, body, FRONT_DESK, key);
    long payments = EventStore.events(jdbc, PaymentRecordedEvent.class);
    Response again = api.postOnce(path, body, FRONT_DESK, key);
    Response other =
        api.postOnce(path, TestApi.body("amount", "31.00", "method", "CASH"), FRONT_DESK, key);

    created(first);
    created(again);
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
    created(
        pay(
            patient,
            TestApi.body("amount", "40.00", "method", "CHECK", "reference", "#1021"),
            "billing"));

    Response reversed =
        api.post(
            "/api/visits/" + visit + "/reverse-completion",
            TestApi.body("reason", "Completed the wrong visit"),
            "clinician");

    ok(reversed);
    JsonNode account = account(patient);
    assertThat(account.get("invoices").get(0).get("status").asText()).isEqualTo("VOID");
    assertThat(account.get("credit").asText()).isEqualTo("40.00");
    assertThat(account.get("balance").asText()).isEqualTo("-40.00");
    assertThat(charges(visit).get("reversed").asBoolean()).isTrue();
  }

  @Test
  void aRefundGivesCreditBackAndNeverMoreThanWasPaid() {
    PatientId patient = scenarios.evaluatedPatient("Reed Fund", 6);
    completed(patient, 6, needlingOnly());
    Response paid = pay(patient, TestApi.body("amount", "100.00", "method", "CARD"), FRONT_DESK);
    String payment = paid.json().get("id").asText();
    long events = EventStore.events(jdbc);

    Response tooMuch = refund(payment, "100.01", "billing");
    Response byFrontDesk = refund(payment, "25.00", FRONT_DESK);
    assertThat(tooMuch.status()).as(tooMuch.text()).isEqualTo(422);
    assertThat(tooMuch.json().get("rule").asText()).isEqualTo("REFUND_ABOVE_PAYMENT");
    assertThat(byFrontDesk.status()).isEqualTo(403);
    assertThat(EventStore.events(jdbc)).isEqualTo(events);

    created(refund(payment, "25.00", "billing"));
    JsonNode account = account(patient);
    assertThat(account.get("credit").asText()).isEqualTo("0.00");
    assertThat(account.get("balance").asText()).isEqualTo("0.00");
    assertThat(account.get("payments").get(0).get("refunded").asText()).isEqualTo("25.00");
  }

  @Test
  void aLateCancellationChargesThePolicyFeeAndAWaiverVoidsIt() {
    PatientId patient = scenarios.evaluatedPatient("Lee Late", 6);
    Instant start = Scenarios.weekdayAt(7, 10, 0);
    String visit = bookedWithClockAt(NEEDLING_SESSIONS, patient, start, Duration.ofHours(-3));

    ok(api.cancel(visit, "Car broke down"));
    JsonNode account = account(patient);
    assertThat(account.get("balance").asText()).isEqualTo("50.00");
    JsonNode fee = account.get("fees").get(0);
    assertThat(fee.get("kind").asText()).isEqualTo("LATE_CANCELLATION");
    long events = EventStore.eventsOf(jdbc, AccountId.of(patient));
    Response noReason = waive(patient, fee, " ");
    assertThat(noReason.status()).as(noReason.text()).isEqualTo(400);
    assertThat(EventStore.eventsOf(jdbc, AccountId.of(patient))).isEqualTo(events);

    ok(waive(patient, fee, "First time; car trouble"));
    JsonNode after = account(patient);
    assertThat(after.get("balance").asText()).isEqualTo("0.00");
    assertThat(after.get("fees").get(0).get("waived").asBoolean()).isTrue();
    assertThat(after.get("invoices").get(0).get("status").asText()).isEqualTo("VOID");
  }

  @Test
  void anEarlyCancellationIsFreeAndANoShowChargesItsFee() {
    PatientId patient = scenarios.evaluatedPatient("Noah Show", 6);
    String early = book(patient, Scenarios.weekdayAt(8, 10, 0));
    ok(api.cancel(early, "Travelling"));
    assertThat(account(patient).get("fees")).isEmpty();

    Instant start = Scenarios.weekdayAt(9, 10, 0);
    String missed = bookedWithClockAt(NEEDLING_SESSIONS, patient, start, Duration.ofMinutes(20));
    Response noShow = api.post("/api/visits/" + missed + "/no-show", "", FRONT_DESK);

    ok(noShow);
    JsonNode account = account(patient);
    assertThat(account.get("fees").get(0).get("kind").asText()).isEqualTo("NO_SHOW");
    assertThat(account.get("balance").asText()).isEqualTo("75.00");
  }

  @Test
  void aCoveredSessionInvoicesTheCopayAndWaitsForAClaim() {
    PatientId patient = evaluatedAndCovered("Cora Vered", true);
    String visit = completed(patient, 3, needlingWithExercise());

    JsonNode charges = charges(visit);
    assertThat(codes(charges.get("lines")))
        .containsExactlyElementsOf(needlingWithExerciseBilledTo("COVERED", "COVERED", "COVERED"));
    // copay 25.00, then 20 % of the remaining 205.00
    assertThat(charges.get("patientEstimate").asText()).isEqualTo("66.00");
    assertThat(charges.get("payerEstimate").asText()).isEqualTo("164.00");
    assertThat(firstInvoiceAmount(patient)).isEqualTo("25.00");
    assertThat(
            StreamSupport.stream(
                    api.get("/api/billing/unbilled", "billing").json().spliterator(), false)
                .filter(unbilled -> unbilled.get("visitId").asText().equals(visit))
                .map(unbilled -> unbilled.get("covered").asText()))
        .containsExactly("230.00");
  }

  @Test
  void aPayerWithoutNeedlingPaysTheTherapyAndThePatientTheNeedling() {
    PatientId patient = evaluatedAndCovered("Nia Dle", false);
    String visit = completed(patient, 3, needlingWithExercise());

    assertThat(codes(charges(visit).get("lines")))
        .containsExactlyElementsOf(needlingWithExerciseBilledTo("SELF_PAY", "COVERED", "COVERED"));
    assertThat(firstCoverage(patient).get("visitsUsed").asInt()).isEqualTo(1);
    assertThat(firstInvoiceAmount(patient)).isEqualTo("120.00");
  }

  @Test
  void needlingAloneUnderAPayerWithoutNeedlingGivesTheReservedVisitBack() {
    PatientId patient = evaluatedAndCovered("Olga Nly", false);
    String visit = completed(patient, 3, needlingOnly());

    JsonNode coverage = firstCoverage(patient);
    assertThat(coverage.get("visitsUsed").asInt()).isZero();
    assertThat(coverage.get("visitsBooked").asInt()).isZero();
    JsonNode shown = api.get("/api/visits/" + visit, "billing").json();
    assertThat(shown.get("coverageStatus").asText()).isEqualTo("SELF_PAY");
    assertThat(firstInvoiceAmount(patient)).isEqualTo("75.00");
  }

  @Test
  void aChargePreviewShowsWhatTheCompletionWillBillAndAppendsNothing() {
    PatientId patient = scenarios.evaluatedPatient("Pre View", 6);
    String visit = book(patient, Scenarios.weekdayAt(10, 9, 0));
    long events = EventStore.events(jdbc);

    Response preview =
        api.post("/api/visits/" + visit + "/charge-preview", needlingWithExercise(), "clinician");

    ok(preview);
    assertThat(codes(preview.json().get("lines")))
        .containsExactlyElementsOf(
            needlingWithExerciseBilledTo("SELF_PAY", "SELF_PAY", "SELF_PAY"));
    assertThat(preview.json().get("total").asText()).isEqualTo("230.00");
    assertThat(EventStore.events(jdbc)).isEqualTo(events);
    assertThat(account(patient).get("invoices")).isEmpty();
  }

  @Test
  void badAmountsAndUnknownThingsAreRefusedNamingTheFieldAndNothingIsPosted() {
    PatientId patient = scenarios.evaluatedPatient("Bad Amounts", 6);
    completed(patient, 4, needlingOnly());
    String path = payments(patient);
    long events = EventStore.events(jdbc);

    for (String amount : List.of("\"-5.00\"", "\"0.00\"", "\"abc\"", "\"1.234\"", "null")) {
      Response refused =
          api.post(path, "{\"amount\": " + amount + ", \"method\": \"CASH\"}", FRONT_DESK);
      assertThat(refused.status()).as(amount + ": " + refused.text()).isEqualTo(400);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.text()).as(amount).contains("amount");
    }
    String fiveInCash = TestApi.body("amount", "5.00", "method", "CASH");
    Response noMethod = api.post(path, TestApi.body("amount", "5.00"), FRONT_DESK);
    Response unknownPatient =
        api.post("/api/patients/" + UUID.randomUUID() + "/payments", fiveInCash, FRONT_DESK);
    Response unknownInvoice =
        api.post(
            path,
            TestApi.body("amount", "5.00", "method", "CASH", "invoiceNumber", "INV-2020-000001"),
            FRONT_DESK);
    Response badInvoice =
        api.post(
            path,
            TestApi.body("amount", "5.00", "method", "CASH", "invoiceNumber", "INV-1"),
            FRONT_DESK);
    Response byClinician = api.post(path, fiveInCash, "clinician");
    Response badKey = api.postOnce(path, fiveInCash, FRONT_DESK, "a b");

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
    JsonNode before = dayClose(day);

    pay(patient, TestApi.body("amount", "30.00", "method", "CASH"), FRONT_DESK);
    pay(patient, TestApi.body("amount", "70.00", "method", "CARD"), FRONT_DESK);
    JsonNode after = dayClose(day);

    assertThat(after.get("date").asText()).isEqualTo(day.toString());
    assertThat(
            new BigDecimal(after.get("received").asText())
                .subtract(new BigDecimal(before.get("received").asText())))
        .isEqualByComparingTo("100.00");
    assertThat(after.get("payments").size() - before.get("payments").size()).isEqualTo(2);
  }
}
