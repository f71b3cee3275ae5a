package com.needlework.ops.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.needlework.ops.support.EventStore;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.TestApi;
import com.needlework.ops.support.TestApi.Response;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who bills (NPI, TIN, address), the practitioners' NPIs and the policy fees, set by an admin. */
@NeedleworkIntegrationTest
class BillingSetupIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  private TestApi api;

  @BeforeEach
  void setUp() {
    api = new TestApi(port);
  }

  private static String identity(String npi) {
    return TestApi.body(
        "legalName",
        "Needlework Demo Physical Therapy PC",
        "npi",
        npi,
        "tin",
        "94-1234567",
        "address",
        TestApi.object(
            "line1",
            "2200 Mission Street",
            "city",
            "San Francisco",
            "state",
            "CA",
            "zip",
            "94110"));
  }

  @Test
  void theDemoClinicBillsUnderItsIdentityAndChargesItsPolicyFees() {
    JsonNode clinic = api.get("/api/clinic", TestApi.FRONT_DESK).json();

    assertThat(clinic.get("billingIdentity").get("npi").asText()).isEqualTo("1234567893");
    assertThat(clinic.get("billingIdentity").get("tin").asText()).isEqualTo("94-1234567");
    assertThat(clinic.get("visitFees").get("lateCancellation").asText()).isEqualTo("50.00");
    assertThat(clinic.get("visitFees").get("noShow").asText()).isEqualTo("75.00");
    assertThat(
            StreamSupport.stream(
                    api.get("/api/practitioners", "billing").json().spliterator(), false)
                .filter(p -> p.hasNonNull("npi"))
                .map(p -> p.get("npi").asText()))
        .as("the demo practitioners; those other tests register have no NPI")
        .containsExactlyInAnyOrder("1549873218", "1654321987", "1765432194");
  }

  @Test
  void anNpiWhoseCheckDigitFailsIsRefusedNamingTheFieldAndNothingIsRecorded() {
    long events = EventStore.events(jdbc);

    Response refused = api.put("/api/clinic/billing-identity", identity("1234567890"), "admin");

    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.json().get("field").asText()).isEqualTo("npi");
    assertThat(refused.json().get("detail").asText()).contains("check digit");
    assertThat(EventStore.events(jdbc)).isEqualTo(events);
  }

  @Test
  void onlyAnAdminSetsWhoBillsAndTheFees() {
    assertThat(api.put("/api/clinic/billing-identity", identity("1234567893"), "billing").status())
        .isEqualTo(403);
    Response fees =
        api.put(
            "/api/clinic/visit-fees",
            TestApi.body("lateCancellation", "40.00", "noShow", "60.00"),
            "admin");

    assertThat(fees.status()).as(fees.text()).isEqualTo(200);
    assertThat(api.get("/api/clinic", "billing").json().get("visitFees").get("noShow").asText())
        .isEqualTo("60.00");
    api.put(
        "/api/clinic/visit-fees",
        TestApi.body("lateCancellation", "50.00", "noShow", "75.00"),
        "admin");
  }
}
