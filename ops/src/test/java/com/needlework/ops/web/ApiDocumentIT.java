package com.needlework.ops.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.TestApi;
import com.needlework.ops.support.TestApi.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@NeedleworkIntegrationTest
class ApiDocumentIT {

  @LocalServerPort int port;

  @Test
  void servesTheOpenApiDocumentWithEveryEndpoint() {
    Response document = new TestApi(port).get("/v3/api-docs");

    assertThat(document.status()).isEqualTo(200);
    assertThat(document.json().get("info").get("title").asText()).isEqualTo("Needlework API");
    assertThat(document.json().get("paths").fieldNames())
        .toIterable()
        .contains(
            "/api/discovery-calls",
            "/api/needling-sessions",
            "/api/patients/{patientId}/coverages",
            "/api/coverages/{coverageId}/eligibility",
            "/api/benefit-deadlines");
  }
}
