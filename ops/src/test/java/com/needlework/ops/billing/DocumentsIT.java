package com.needlework.ops.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.patient.PatientId;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.Scenarios;
import com.needlework.ops.support.SettableClock;
import com.needlework.ops.support.TestApi;
import com.needlework.ops.support.TestApi.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The patient statement and the superbill of a self-pay patient's evaluation and needling session,
 * read back from the PDFs the API serves.
 */
@NeedleworkIntegrationTest
class DocumentsIT {

  private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
  private static final int DAYS_AHEAD = 45;

  @LocalServerPort int port;
  @Autowired CommandGateway commands;
  @Autowired JdbcClient jdbc;
  @Autowired SettableClock clock;
  private final HttpClient http = HttpClient.newHttpClient();
  private TestApi api;
  private Scenarios scenarios;
  private PractitionerId priya;
  private RoomId room;

  /** A PDF (or the problem that came instead) as the API answered it. */
  record Document(int status, String contentType, String disposition, byte[] body) {

    String text() throws IOException {
      try (PDDocument pdf = Loader.loadPDF(body)) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(pdf);
      }
    }
  }

  @BeforeEach
  void setUp() {
    api = new TestApi(port);
    scenarios = new Scenarios(commands, jdbc);
    priya = scenarios.demoPractitioner("Priya");
    room = scenarios.room("Documents room");
  }

  @AfterEach
  void putTheClockBack() {
    clock.reset();
  }

  private Document document(String path, String user) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.baseUrl() + path)).GET();
    if (user != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    try {
      HttpResponse<byte[]> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Document(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Content-Disposition").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new AssertionError("The application did not answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted", e);
    }
  }

  private String book(String path, PatientId patient, Instant start) {
    Response booked = api.bookTreatment(path, patient, priya, room, start);
    assertThat(booked.status()).as(booked.text()).isEqualTo(201);
    return booked.json().get("visitId").asText();
  }

  private void checkInAndComplete(String visit, Instant start, String outcome) {
    clock.setNow(start.plus(Duration.ofMinutes(5)));
    Response checkedIn = api.post("/api/visits/" + visit + "/check-in", "", TestApi.FRONT_DESK);
    assertThat(checkedIn.status()).as(checkedIn.text()).isEqualTo(200);
    Response completed = api.post("/api/visits/" + visit + "/complete", outcome, "clinician");
    assertThat(completed.status()).as(completed.text()).isEqualTo(200);
  }

  private static String evaluation(LocalDate day) {
    return TestApi.body(
        "evaluation",
        TestApi.object(
            "complexity",
            "LOW",
            "screening",
            TestApi.object(
                "pregnancy",
                false,
                "bleedingDisorderOrAnticoagulants",
                false,
                "compromisedImmunity",
                false,
                "skinInfectionAtSite",
                false,
                "metalAllergy",
                false,
                "uncontrolledDiabetes",
                false),
            "planOfCare",
            TestApi.object(
                "sessionsAllowed", 6, "sessionsPerWeek", 2, "certifiedUntil", day.plusDays(60)),
            "diagnoses",
            List.of("M54.50", "M62.830")));
  }

  private static String needling() {
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
            30,
            "manualTherapyMinutes",
            0));
  }

  private long audited(String action, String subject) {
    return jdbc.sql(
            "SELECT count(*) FROM phi_access_log WHERE action = :action AND subject = :subject")
        .param("action", action)
        .param("subject", subject)
        .query(Long.class)
        .single();
  }

  @Test
  void aSelfPayPatientsStatementAndSuperbillsShowTheirCodesAmountsAndBalance() throws IOException {
    PatientId patient = scenarios.patient("Dora Documents");
    LocalDate day = TestApi.weekdayAhead(DAYS_AHEAD);
    Instant evaluationStart = Scenarios.weekdayAt(DAYS_AHEAD, 8, 0);
    Instant needlingStart = Scenarios.weekdayAt(DAYS_AHEAD, 14, 0);
    String evaluation = book("/api/evaluations", patient, evaluationStart);
    checkInAndComplete(evaluation, evaluationStart, evaluation(day));
    String session = book("/api/needling-sessions", patient, needlingStart);
    Document beforeCompletion = document("/api/visits/" + session + "/superbill.pdf", "billing");
    checkInAndComplete(session, needlingStart, needling());
    Response paid =
        api.post(
            "/api/patients/" + patient + "/payments",
            TestApi.body("amount", "50.00", "method", "CARD"),
            TestApi.FRONT_DESK);
    assertThat(paid.status()).as(paid.text()).isEqualTo(201);
    LocalDate statementDay = day.plusDays(45);
    clock.setNow(statementDay.atTime(10, 0).atZone(TestApi.CLINIC_ZONE).toInstant());

    Document statement = document("/api/patients/" + patient + "/statement.pdf", "billing");
    Document superbill = document("/api/visits/" + session + "/superbill.pdf", "billing");
    Document evaluationBill =
        document("/api/visits/" + evaluation + "/superbill.pdf", TestApi.FRONT_DESK);

    assertThat(beforeCompletion.status()).as("nothing charged yet").isEqualTo(404);
    assertThat(beforeCompletion.contentType()).startsWith("application/problem+json");

    assertThat(statement.status()).isEqualTo(200);
    assertThat(statement.contentType()).isEqualTo("application/pdf");
    assertThat(statement.disposition())
        .isEqualTo("inline; filename=\"statement-" + statementDay + ".pdf\"");
    String dueOn = US_DATE.format(day.plusDays(30));
    assertThat(statement.text())
        .contains("Needlework Demo Physical Therapy PC")
        .contains("2200 Mission Street")
        .contains("San Francisco, CA 94110")
        .contains("Billing NPI: 1234567893")
        .contains("TIN: 94-1234567")
        .contains("Patient Dora Documents")
        .contains("Date of birth 01/02/1980")
        .contains("Statement date " + US_DATE.format(statementDay))
        .contains("Visit on " + US_DATE.format(day))
        .containsPattern("97161 PT evaluation, low complexity GP 1 \\$150\\.00 \\$150\\.00")
        .containsPattern("20561 .*GP 1 \\$95\\.00 \\$95\\.00")
        .containsPattern("97110 Therapeutic exercise, each 15 minutes GP 2 \\$45\\.00 \\$90\\.00")
        .contains("Visit total $185.00")
        .contains("Insurance is expected to pay $0.00")
        .contains("Your estimated share $185.00")
        .contains("Payment by card -$50.00")
        .containsPattern("\\$150\\.00 \\$50\\.00 \\$100\\.00 Partly paid")
        .containsPattern("\\$185\\.00 \\$0\\.00 \\$185\\.00 Open")
        .contains("Balance due: $285.00")
        .contains("Due date: " + dueOn)
        .contains("$0.00 $285.00 $0.00 $0.00 $0.00 $285.00")
        .doesNotContain("REVERSED");

    assertThat(superbill.status()).isEqualTo(200);
    assertThat(superbill.contentType()).isEqualTo("application/pdf");
    assertThat(superbill.disposition()).isEqualTo("inline; filename=\"superbill-" + day + ".pdf\"");
    assertThat(superbill.text())
        .contains("Superbill")
        .contains("Patient Dora Documents")
        .contains("Date of birth 01/02/1980")
        .contains("Date of service " + US_DATE.format(day))
        .contains("Rendering provider Priya Natarajan, DPT")
        .contains("Rendering provider NPI 1765432194")
        .contains("Billing provider NPI 1234567893")
        .contains("Billing provider TIN 94-1234567")
        .contains("1 M54.50 Low back pain, unspecified")
        .contains("2 M62.830 Muscle spasm of back")
        .containsPattern("20561 Needle insertion\\(s\\) without injection, 3 or more .*GP 1,2 1")
        .containsPattern(
            "97110 Therapeutic exercise, each 15 minutes GP 1,2 2 \\$45\\.00 \\$90\\.00")
        .contains("Total charges $185.00")
        .contains("Amount paid $0.00")
        .contains("Balance $185.00");
    assertThat(evaluationBill.text())
        .containsPattern("97161 PT evaluation, low complexity GP 1,2 1 \\$150\\.00 \\$150\\.00")
        .contains("Total charges $150.00")
        .contains("Amount paid $50.00")
        .contains("Balance $100.00");

    assertThat(audited("VIEW_STATEMENT", "patient=" + patient)).isEqualTo(1);
    assertThat(audited("VIEW_SUPERBILL", "visit=" + session)).isEqualTo(1);
    assertThat(audited("VIEW_SUPERBILL", "visit=" + evaluation)).isEqualTo(1);
    assertThat(
            jdbc.sql("SELECT count(*) FROM phi_access_log WHERE subject LIKE '%Dora%'")
                .query(Long.class)
                .single())
        .as("no names in the audit")
        .isZero();
  }

  @Test
  void anUnknownVisitHasNoSuperbillAndAnUnknownPatientNoStatement() {
    Document superbill = document("/api/visits/" + UUID.randomUUID() + "/superbill.pdf", "billing");
    Document statement =
        document("/api/patients/" + UUID.randomUUID() + "/statement.pdf", "billing");

    assertThat(superbill.status()).isEqualTo(404);
    assertThat(superbill.contentType()).startsWith("application/problem+json");
    assertThat(new String(superbill.body(), StandardCharsets.UTF_8)).contains("charged visit");
    assertThat(statement.status()).isEqualTo(404);
    assertThat(statement.contentType()).startsWith("application/problem+json");
  }

  @Test
  void theDocumentsAreForStaffOnly() {
    PatientId patient = scenarios.patient("Anon Ymous");
    long audits = jdbc.sql("SELECT count(*) FROM phi_access_log").query(Long.class).single();

    Document statement = document("/api/patients/" + patient + "/statement.pdf", null);
    Document superbill = document("/api/visits/" + UUID.randomUUID() + "/superbill.pdf", null);
    Document wrongPassword =
        document("/api/patients/" + patient + "/statement.pdf", "nobody-at-all");

    assertThat(statement.status()).isEqualTo(401);
    assertThat(superbill.status()).isEqualTo(401);
    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(statement.contentType()).startsWith("application/problem+json");
    assertThat(jdbc.sql("SELECT count(*) FROM phi_access_log").query(Long.class).single())
        .isEqualTo(audits);
  }
}
