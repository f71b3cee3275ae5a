package com.needlework.ops.web;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.ScheduleTimeOffCommand;
import com.needlework.api.patient.PatientId;
import com.needlework.ops.support.Bodies;
import com.needlework.ops.support.EventStore;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.Scenarios;
import com.needlework.ops.support.SettableClock;
import com.needlework.ops.support.TestApi;
import com.needlework.ops.support.TestApi.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a hostile or careless client sends: a NUL in every text that reaches an event, JSON that
 * only a lenient reader would take, values out of every range, URLs Tomcat refuses. Each gets a 400
 * problem+json that names what is wrong, quotes at most ~100 characters back, and appends nothing.
 */
@NeedleworkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class HostileInputIT {

  private static final String NUL = "Ann\u0000Smith";
  private static final String SOME_ID = "3f2b6c1e-8d4a-4c8e-9a51-2b7f0d6e4a10";
  private static final String CLINICIAN = "clinician";
  private static final String ADMIN = "admin";
  private static final String BILLING = "billing";

  @LocalServerPort int port;
  @Autowired CommandGateway commands;
  @Autowired CommandBus commandBus;
  @Autowired JdbcClient jdbc;
  @Autowired SettableClock clock;
  private TestApi api;
  private PractitionerId practitioner;
  private RoomId room;
  private PatientId patient;
  private String bookedVisit;
  private String fulfilledVisit;
  private JsonNode openCall;

  @BeforeAll
  void setUp() {
    api = new TestApi(port);
    Scenarios scenarios = new Scenarios(commands, jdbc);
    practitioner = scenarios.credentialedPractitioner("Hostile Input, DPT");
    room = scenarios.room("Hostile room");
    patient = scenarios.evaluatedPatient("Hana Hostile", 6);
    bookedVisit = booked(Scenarios.weekdayAt(30, 9, 0));
    Instant start = Scenarios.weekdayAt(4, 11, 0);
    fulfilledVisit = booked(start);
    try {
      clock.setNow(start.plus(Duration.ofMinutes(10)));
      assertThat(api.checkIn(fulfilledVisit).status()).isEqualTo(200);
      Response completed =
          api.post(
              "/api/visits/" + fulfilledVisit + "/complete",
              Bodies.needlingCompletion(),
              CLINICIAN);
      assertThat(completed.status()).as(completed.text()).isEqualTo(200);
    } finally {
      clock.reset();
    }
    openCall = api.discoveryCallSlots(TestApi.weekdayAhead(25)).get(3);
  }

  private String booked(Instant start) {
    Response booked =
        api.bookTreatment("/api/needling-sessions", patient, practitioner, room, start);
    assertThat(booked.status()).as(booked.text()).isEqualTo(201);
    return booked.json().get("visitId").asText();
  }

  private String call(String name, String phone, String email, String reason) {
    return callWith(name, phone, email, openCall.get("practitionerId").asText(), "reason", reason);
  }

  /** A discovery call in the open slot, and {@code more} names and values. */
  private String callWith(
      String name, String phone, String email, String practitionerId, Object... more) {
    Object[] call = {
      "name",
      name,
      "phone",
      phone,
      "email",
      email,
      "start",
      openCall.get("start").asText(),
      "practitionerId",
      practitionerId
    };
    return TestApi.body(Stream.concat(Arrays.stream(call), Arrays.stream(more)).toArray());
  }

  private static String coverage(String memberId, Object renewsOn) {
    return Bodies.coverage(
        SOME_ID,
        memberId,
        20,
        LocalDate.now().minusMonths(1),
        "benefitPeriod",
        renewsOn == null
            ? TestApi.object("type", "CALENDAR_YEAR")
            : TestApi.object("type", "PLAN_YEAR", "renewsOn", renewsOn));
  }

  private static String authorization(String number, List<String> codes) {
    LocalDate today = LocalDate.now();
    return Bodies.authorization(number, 6, today, today.plusMonths(3), "codes", codes);
  }

  private String timeOff(String reason) {
    OffsetDateTime start = OffsetDateTime.now(TestApi.CLINIC_ZONE).plusDays(300).withNano(0);
    return Bodies.timeOff(start, start.plusDays(1), reason);
  }

  /** A request in the tests' terms: method, path, user, body (null for none). */
  record Call(String method, String path, String user, String body) {}

  Stream<Arguments> textsWithANul() {
    String x12;
    try (InputStream sample =
        getClass().getResourceAsStream("/x12/pt-benefits-calendar-year.271")) {
      x12 = new String(sample.readAllBytes(), ISO_8859_1).replace("CHP123456789", "CHP1\u00009");
    } catch (IOException unreadable) {
      throw new IllegalStateException(unreadable);
    }
    String phone = "+1 415 555 0100";
    String email = "ann@example.com";
    String visits = "/api/visits/";
    String patients = "/api/patients/" + patient;
    String practitioners = "/api/practitioners/" + practitioner;
    return Stream.of(
        text(
            "call name",
            post("/api/discovery-calls", null, call(NUL, phone, email, "Pain")),
            "The name must be one line"),
        text(
            "call phone",
            post("/api/discovery-calls", null, call("Ann", "415\u0000555 0100", email, "Pain")),
            "The phone number must be one line"),
        text(
            "call email",
            post("/api/discovery-calls", null, call("Ann", phone, "ann\u0000@example.com", "Pain")),
            "The email address must be one line"),
        text(
            "call reason",
            post("/api/discovery-calls", null, call("Ann", phone, email, "Pain\u0000")),
            "The reason may hold tabs and line breaks"),
        text(
            "call practitioner id",
            post("/api/discovery-calls", null, callWith("Ann", phone, email, "\u0000")),
            "'\\u0000' is not a valid practitioner id"),
        text(
            "patient name",
            post("/api/patients", "frontdesk", Bodies.patient(NUL, "1975-04-02", phone, email)),
            "The name must be"),
        text(
            "patient phone",
            post(
                "/api/patients",
                "frontdesk",
                Bodies.patient("Ann", "1975-04-02", "415 555\u00000111", email)),
            "The phone number must be"),
        text(
            "patient email",
            post(
                "/api/patients",
                "frontdesk",
                Bodies.patient("Ann", "1975-04-02", phone, "g\u0000@example.com")),
            "The email address must be"),
        text(
            "screening notes",
            new Call(
                "PUT",
                patients + "/screening",
                CLINICIAN,
                Bodies.screening("Sore\u0000").toString()),
            "The screening notes may hold"),
        text(
            "evaluation screening notes",
            post(
                visits + SOME_ID + "/complete",
                CLINICIAN,
                Bodies.evaluationCompletion(
                    "LOW", Bodies.screening("Sore\u0000"), LocalDate.now().plusDays(60))),
            "The screening notes may hold"),
        text(
            "override reason",
            post(
                patients + "/contraindication-overrides",
                CLINICIAN,
                TestApi.body("contraindication", "pregnancy", "reason", "Cleared\u0000")),
            "The reason for the override may hold"),
        text(
            "override contraindication",
            post(
                patients + "/contraindication-overrides",
                CLINICIAN,
                TestApi.body("contraindication", "preg\u0000nancy", "reason", "x")),
            "Unknown contraindication 'preg\\u0000nancy'"),
        text(
            "cancellation reason",
            post(
                visits + bookedVisit + "/cancel", "frontdesk", TestApi.body("reason", "Ill\u0000")),
            "The cancellation reason may hold"),
        text(
            "reversal reason",
            post(
                visits + fulfilledVisit + "/reverse-completion",
                CLINICIAN,
                TestApi.body("reason", "Wrong\u0000visit")),
            "The reason for the reversal may hold"),
        text(
            "time-off reason",
            post(practitioners + "/time-off", "frontdesk", timeOff("Course\u0000")),
            "The reason may hold"),
        text(
            "credential state",
            new Call(
                "PUT",
                practitioners + "/credentials",
                ADMIN,
                TestApi.body("state", "C\u0000", "validUntil", LocalDate.now().plusYears(1))),
            "A credential's state is a two-letter code"),
        text(
            "practitioner name",
            post(
                "/api/practitioners",
                ADMIN,
                TestApi.body(
                    "name",
                    NUL,
                    "workingHours",
                    TestApi.objects(
                        TestApi.object("day", "MONDAY", "start", "08:00", "end", "12:00")))),
            "The practitioner name must be one line"),
        text(
            "room name",
            post("/api/rooms", ADMIN, TestApi.body("name", "Room\u00004")),
            "The room name must be one line"),
        text(
            "payer name",
            post("/api/payers", ADMIN, Bodies.payer(NUL, "60054")),
            "The payer name must be one line"),
        text(
            "electronic payer id",
            post("/api/payers", ADMIN, Bodies.payer("Cascade", "600\u000054")),
            "The electronic payer id must be one line"),
        text(
            "unattended e-stim code",
            post(
                "/api/payers",
                ADMIN,
                Bodies.payer("Cascade", "60054", "unattendedEstimCode", "970\u000014")),
            "The unattended e-stim code is 97014 or G0283, not '970\\u000014'"),
        text(
            "member id",
            post(patients + "/coverages", BILLING, coverage("CHP\u0000", null)),
            "The member id must be one line"),
        text(
            "member id of a change",
            new Call("PUT", "/api/coverages/" + SOME_ID, BILLING, coverage("CHP\u0000", null)),
            "The member id must be one line"),
        text(
            "renewsOn",
            post(patients + "/coverages", BILLING, coverage("CHP1", "07\u0000-01")),
            "renewsOn is a month and day such as 07-01, not '07\\u0000-01'"),
        text(
            "authorization number",
            post(
                "/api/coverages/" + SOME_ID + "/authorizations",
                BILLING,
                authorization("PA\u00001", List.of())),
            "The authorization number must be one line"),
        text(
            "authorization code",
            post(
                "/api/coverages/" + SOME_ID + "/authorizations",
                BILLING,
                authorization("PA-1", List.of("2056\u0000"))),
            "'2056\\u0000' is not a CPT or HCPCS code"),
        text(
            "waitlist visit type",
            post(
                "/api/waitlist",
                "frontdesk",
                TestApi.body(
                    "patientId",
                    patient,
                    "visitType",
                    "NEEDLING\u0000",
                    "preferredDays",
                    List.of("MONDAY"),
                    "preferredFrom",
                    "08:00",
                    "preferredTo",
                    "12:00")),
            "Unknown visit type 'NEEDLING\\u0000'"),
        text(
            "eligibility response",
            new Call("POST-X12", "/api/coverages/" + SOME_ID + "/eligibility", BILLING, x12),
            "member id of the eligibility response"),
        text(
            "patient search",
            new Call(
                "GET", "/api/patients?name=" + URLEncoder.encode(NUL, UTF_8), "frontdesk", null),
            "The name to search for must be one line"));
  }

  private static Arguments text(String what, Call call, String sentence) {
    return Arguments.of(what, call, sentence);
  }

  private static Call post(String path, String user, String body) {
    return new Call("POST", path, user, body);
  }

  private Response send(Call call) {
    return switch (call.method()) {
      case "GET" -> api.get(call.path(), call.user());
      case "PUT" -> api.put(call.path(), call.body(), call.user());
      case "POST-X12" -> api.post(call.path(), call.body(), "application/edi-x12", call.user());
      default -> api.post(call.path(), call.body(), call.user());
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("textsWithANul")
  void refusesANulInEveryTextNamingTheFieldAndAppendsNothing(
      String what, Call call, String sentence) {
    long events = EventStore.events(jdbc);

    Response response = send(call);

    JsonNode problem = assertBadRequest(response);
    assertThat(problem.get("detail").asText()).contains(sentence).doesNotContain("\u0000");
    assertThat(EventStore.events(jdbc)).isEqualTo(events);
  }

  @Test
  void refusesARepeatedKeyWhoseLastValueIsNull() {
    refusedName("\"Ann Smith\",\"name\":null", "appears more than once");
  }

  @Test
  void refusesARepeatedKey() {
    refusedName("\"Ann Smith\",\"name\":\"Bob Jones\"", "appears more than once");
  }

  /** A discovery call whose name is written as {@code json} is refused, naming the field. */
  private void refusedName(String json, String text) {
    String body = call("Ann Smith", "+1 415 555 0100", "ann@example.com", "Pain");
    refusedField(
        "/api/discovery-calls",
        null,
        body.replace("\"name\":\"Ann Smith\"", "\"name\":" + json),
        "name",
        text);
  }

  @ParameterizedTest
  @ValueSource(strings = {" {\"name\":\"Bob\"}", " garbage", ",", "]"})
  void refusesTextAfterTheBody(String after) {
    long events = EventStore.events(jdbc);
    Response response =
        api.post(
            "/api/discovery-calls",
            call("Ann Smith", "+1 415 555 0100", "a@example.com", "Pain") + after);
    JsonNode problem = assertBadRequest(response);
    assertThat(problem.get("detail").asText()).containsAnyOf("more after", "not valid JSON");
    assertThat(EventStore.events(jdbc)).isEqualTo(events);
  }

  @Test
  void refusesANullInAList() {
    refusedField(
        "/api/waitlist",
        "frontdesk",
        waitlist("[null]"),
        "preferredDays[0]",
        "Field 'preferredDays[0]' must not be null");
  }

  @Test
  void refusesANumberForAnEnum() {
    refusedField(
        "/api/waitlist", "frontdesk", waitlist("[1]"), "preferredDays[0]", "must be one of");
  }

  private String waitlist(String days) {
    return "{\"patientId\":\""
        + patient
        + "\",\"visitType\":\"NEEDLING_SESSION\",\"preferredDays\":"
        + days
        + ",\"preferredFrom\":\"08:00\",\"preferredTo\":\"12:00\"}";
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345", "true", "1.5", "[\"Ann\"]", "{\"first\":\"Ann\"}"})
  void refusesANameThatIsNotText(String name) {
    refusedName(name, "must be a string");
  }

  @Test
  void refusesAFractionForAWholeNumber() {
    refusedField(
        "/api/needling-series",
        "frontdesk",
        Bodies.series(
                patient,
                practitioner,
                room,
                TestApi.local(Scenarios.weekdayAt(50, 9, 0)),
                List.of("MONDAY"))
            .replace("}", ",\"count\":1.5}"),
        "count",
        "must be a whole number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"true\"", "1", "\"yes\""})
  void refusesABooleanThatIsNotTrueOrFalse(String flag) {
    refusedField(
        "/api/needling-sessions",
        "frontdesk",
        Bodies.booking(patient, practitioner, room, Scenarios.weekdayAt(51, 9, 0))
            .replace("}", ",\"electricalStimulation\":" + flag + "}"),
        "electricalStimulation",
        "true or false");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1796000000", "1796000000.5", "[2026,12,7,9,0]"})
  void refusesATimeThatIsNotIsoText(String start) {
    refusedField(
        "/api/discovery-calls",
        null,
        "{\"name\":\"Ann\",\"phone\":\"4155550100\",\"email\":\"a@example.com\",\"start\":"
            + start
            + "}",
        "start",
        "must be an ISO-8601 date-time with offset");
  }

  @Test
  void refusesADateThatIsANumber() {
    refusedField(
        "/api/patients",
        "frontdesk",
        "{\"name\":\"Gina Holt\",\"dateOfBirth\":19750402,\"phone\":\"415 555 0111\","
            + "\"email\":\"g@example.com\"}",
        "dateOfBirth",
        "must be a date");
  }

  @ParameterizedTest
  @ValueSource(strings = {"+999999999-12-31T00:00:00-08:00", "+10000-01-01T00:00:00-08:00"})
  void refusesTimeOffThatEndsBeyondYear9999(String end) {
    refusedField(
        "/api/practitioners/" + practitioner + "/time-off",
        "frontdesk",
        TestApi.body(
            "start", OffsetDateTime.now(TestApi.CLINIC_ZONE).plusDays(10).withNano(0), "end", end),
        "end",
        "The year must have four digits");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/schedule?date=%2B999999999-12-31",
        "/api/schedule/week?start=%2B999999999-12-25",
        "/api/day-sheet?date=%2B999999999-12-31",
        "/api/availability?visitType=EVALUATION&from=%2B999999999-12-30&to=%2B999999999-12-31"
      })
  void refusesQueryDatesBeyondYear9999(String path) {
    JsonNode problem = assertBadRequest(api.get(path, "frontdesk"));
    assertThat(problem.get("detail").asText()).contains("+999999999").contains("must be a date");
    assertThat(problem.get("field").asText()).isIn("date", "start", "from");
  }

  @Test
  void quotesAtMostAHundredCharactersOfAHugeValue() {
    String huge = "9".repeat(1_000_000);
    Response response =
        api.post(
            "/api/discovery-calls",
            TestApi.body(
                "name",
                "Ann",
                "phone",
                "4155550100",
                "email",
                "a@example.com",
                "start",
                huge,
                "practitionerId",
                huge));
    JsonNode problem = assertBadRequest(response);
    assertThat(response.text()).hasSizeLessThan(600);
    assertThat(problem.get("detail").asText()).contains("(1000000 characters)");
  }

  @Test
  void answersAHugeFieldNameWithoutQuotingIt() {
    Response response = api.post("/api/discovery-calls", "{\"" + "k".repeat(1_000_000) + "\":1}");
    assertBadRequest(response);
    assertThat(response.text()).hasSizeLessThan(600);
  }

  @Test
  void triesARefusedCommandOnceAndLogsNothingOfIt(CapturedOutput output) {
    AtomicInteger attempts = new AtomicInteger();
    Registration counting =
        commandBus.registerHandlerInterceptor(
            (unitOfWork, chain) -> {
              if (unitOfWork.getMessage().getPayload() instanceof ScheduleTimeOffCommand) {
                attempts.incrementAndGet();
              }
              return chain.proceed();
            });
    try {
      OffsetDateTime start = OffsetDateTime.now(TestApi.CLINIC_ZONE).plusDays(370).withNano(0);
      Response response =
          api.post(
              "/api/practitioners/" + practitioner + "/time-off",
              Bodies.timeOff(start, start.plusDays(400), "Sabbatical"),
              "frontdesk");

      assertThat(assertBadRequest(response).get("detail").asText()).contains("at most 366 days");
      assertThat(attempts).hasValue(1);
      assertThat(output.getAll()).doesNotContain("Sabbatical").doesNotContain("366 days");
    } finally {
      counting.cancel();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/..%2F..%2Fetc%2Fpasswd",
        "/api/a%5Cb",
        "/api/a|b",
        "/api/%00",
        "/api/%C0%AF",
        "/api//schedule",
        "/api/schedule;jsessionid=1",
        "/api/%2e%2e/admin",
        "/api/x/..;/admin/read-models",
        "/api/a%25b"
      })
  void answersAUrlRefusedBeforeTheApplicationAsProblemJson(String target) throws IOException {
    Map<String, String> response = rawGet(target);

    assertThat(response.get("status")).as(target).isEqualTo("400");
    assertThat(response.get("content-type")).as(target).startsWith("application/problem+json");
    assertThat(response.get("body")).as(target).contains("\"status\":400").doesNotContain("<");
  }

  /** Sends the request target exactly as given, which no HTTP client library allows. */
  private Map<String, String> rawGet(String target) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
              .getBytes(ISO_8859_1));
      out.flush();
      String answer = new String(socket.getInputStream().readAllBytes(), UTF_8);
      int headersEnd = answer.indexOf("\r\n\r\n");
      String head = answer.substring(0, headersEnd);
      String contentType =
          head.lines()
              .filter(line -> line.toLowerCase().startsWith("content-type:"))
              .map(line -> line.substring("content-type:".length()).trim())
              .findFirst()
              .orElse("");
      return Map.of(
          "status",
          head.split(" ")[1],
          "content-type",
          contentType,
          "body",
          answer.substring(headersEnd + 4));
    }
  }

  @Test
  void answersTheErrorPageItselfAsProblemJson() {
    Response response = api.get("/error");
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }

  private void refusedField(String path, String user, String body, String field, String text) {
    long events = EventStore.events(jdbc);

    Response response = api.post(path, body, user);

    JsonNode problem = assertBadRequest(response);
    assertThat(problem.get("field").asText()).isEqualTo(field);
    assertThat(problem.get("detail").asText()).contains(text);
    assertThat(EventStore.events(jdbc)).isEqualTo(events);
  }

  private static JsonNode assertBadRequest(Response response) {
    assertThat(response.status()).as(response.text()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(response.text()).doesNotContain("Exception").doesNotContain("at com.");
    return problem;
  }
}
