package com.needlework.ops.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.needlework.ops.support.ApiTest;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The demo clinic's last days left coded charges, open invoices, a payment and a credit. */
@NeedleworkIntegrationTest
class DemoAccountsIT extends ApiTest {

  private JsonNode accountOf(String name) {
    JsonNode found = api.get("/api/patients?name=" + name.replace(" ", "%20"), "billing").json();
    String patientId = found.get(0).get("patientId").asText();
    return api.get("/api/patients/" + patientId + "/account", "billing").json();
  }

  private static List<String> lines(JsonNode visit) {
    return StreamSupport.stream(visit.get("lines").spliterator(), false)
        .map(line -> line.get("code").asText() + "x" + line.get("units").asInt())
        .toList();
  }

  @Test
  void anaOwesHerCopayAndHerNoShowFee() {
    JsonNode ana = accountOf("Ana Rivera");

    assertThat(ana.get("visits")).hasSize(1);
    JsonNode session = ana.get("visits").get(0);
    // Pacific Wellness bills timed codes per code: 23 minutes of exercise are 2 units
    assertThat(lines(session)).containsExactly("20561x1", "97110x2", "97140x1");
    assertThat(session.get("diagnoses").toString()).isEqualTo("[\"M54.50\",\"M79.18\"]");
    assertThat(session.get("copay").asText()).isEqualTo("25.00");
    assertThat(ana.get("fees").get(0).get("kind").asText()).isEqualTo("NO_SHOW");
    assertThat(ana.get("invoices"))
        .extracting(invoice -> invoice.get("amount").asText())
        .containsExactly("25.00", "75.00");
    // the demo leaves both open; browser tests sharing this application may pay part of them
    java.math.BigDecimal paidSince =
        StreamSupport.stream(ana.get("payments").spliterator(), false)
            .map(payment -> new java.math.BigDecimal(payment.get("amount").asText()))
            .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    assertThat(new java.math.BigDecimal(ana.get("balance").asText()))
        .isEqualByComparingTo(new java.math.BigDecimal("100.00").subtract(paidSince));
  }

  @Test
  void devPaidMoreThanHeOwedAndHoldsACredit() {
    JsonNode dev = accountOf("Dev Patel");

    assertThat(lines(dev.get("visits").get(0))).containsExactly("20560x1", "97032x1", "97110x1");
    assertThat(dev.get("payments").get(0).get("amount").asText()).isEqualTo("40.00");
    assertThat(dev.get("invoices").get(0).get("status").asText()).isEqualTo("PAID");
    assertThat(dev.get("credit").asText()).isEqualTo("15.00");
    assertThat(dev.get("balance").asText()).isEqualTo("-15.00");
  }

  @Test
  void theOpenInvoicesListAnasTwoAndNotDevsPaidOne() {
    JsonNode open = api.get("/api/invoices?status=open", "billing").json();

    assertThat(StreamSupport.stream(open.spliterator(), false))
        .extracting(invoice -> invoice.get("patientName").asText())
        .contains("Ana Rivera")
        .doesNotContain("Dev Patel");
  }
}
