package com.needlework.ops.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.needlework.ops.support.ApiTest;
import com.needlework.ops.support.EventStore;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.TestApi;
import com.needlework.ops.support.TestApi.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bad input gets a 4xx problem+json that says what was wrong, and appends nothing. */
@NeedleworkIntegrationTest
class BadRequestsIT extends ApiTest {

  private static final String UNKNOWN_ID = "3f2b6c1e-8d4a-4c8e-9a51-2b7f0d6e4a10";

  private JsonNode slot;

  @BeforeEach
  void setUp() {
    slot = api.discoveryCallSlots(TestApi.weekdayAhead(21)).get(0);
  }

  private String call(String start, String practitionerId, String phone) {
    return "{\"name\":\"Ann Smith\",\"phone\":\""
        + phone
        + "\",\"email\":\"ann@example.com\",\"start\":\""
        + start
        + "\",\"practitionerId\":\""
        + practitionerId
        + "\"}";
  }

  static Stream<Arguments> badBookings() {
    return Stream.of(
        Arguments.of("malformed JSON", "{\"name\": ", 400, "not valid JSON"),
        Arguments.of("not an object", "[1,2]", 400, "JSON object"),
        Arguments.of("empty body", "", 400, "request body"),
        Arguments.of("unknown field", "{\"nmae\":\"Ann\"}", 400, "Unknown field 'nmae'"),
        Arguments.of(
            "missing name",
            "{\"phone\":\"4155550100\",\"email\":\"a@example.com\",\"start\":\"2030-01-07T09:00:00-08:00\"}",
            400,
            "A name is required"),
        Arguments.of(
            "missing start",
            "{\"name\":\"Ann\",\"phone\":\"4155550100\",\"email\":\"a@example.com\"}",
            400,
            "'start' is required"),
        Arguments.of(
            "start without offset",
            "{\"name\":\"Ann\",\"phone\":\"4155550100\",\"email\":\"a@example.com\","
                + "\"start\":\"2030-01-07T09:00\"}",
            400,
            "ISO-8601 date-time with offset"),
        Arguments.of(
            "bad email",
            "{\"name\":\"Ann\",\"phone\":\"4155550100\",\"email\":\"ann\","
                + "\"start\":\"2030-01-07T09:00:00-08:00\"}",
            400,
            "email address is not valid"),
        Arguments.of(
            "practitioner id not a UUID",
            "{\"name\":\"Ann\",\"phone\":\"4155550100\",\"email\":\"a@example.com\","
                + "\"start\":\"2030-01-07T09:00:00-08:00\",\"practitionerId\":\"dr-who\"}",
            400,
            "not a valid practitioner id"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badBookings")
  void refusesABadBookingAndAppendsNothing(String what, String body, int status, String sentence) {
    long events = EventStore.events(jdbc);

    Response response = api.post("/api/discovery-calls", body);

    assertProblem(response, status, sentence);
    assertThat(EventStore.events(jdbc)).isEqualTo(events);
  }

  @Test
  void refusesAStartInThePast() {
    String past = OffsetDateTime.now().minusDays(1).withNano(0).toString();
    refusesBooking(
        call(past, slot.get("practitionerId").asText(), "4155550100"), 422, "in the past");
  }

  @Test
  void refusesAStartThatIsNotAnOfferedSlot() {
    String offGrid = OffsetDateTime.parse(slot.get("start").asText()).plusMinutes(7).toString();
    refusesBooking(
        call(offGrid, slot.get("practitionerId").asText(), "4155550100"),
        422,
        "not an offered start time");
  }

  @Test
  void refusesAnUnknownPractitioner() {
    refusesBooking(
        call(slot.get("start").asText(), UNKNOWN_ID, "4155550100"), 422, "no practitioner");
  }

  @Test
  void refusesAPhoneNumberWithoutEnoughDigits() {
    refusesBooking(
        call(slot.get("start").asText(), slot.get("practitionerId").asText(), "555"),
        400,
        "7 to 15 digits");
  }

  @Test
  void refusesASlotSomebodyElseTookWithAConflict() {
    String body =
        call(slot.get("start").asText(), slot.get("practitionerId").asText(), "4155550100");
    assertThat(api.post("/api/discovery-calls", body).status()).isEqualTo(201);

    refusesBooking(body, 409, "no longer available");
  }

  @Test
  void refusesAnUnknownVisitTypeInTheAvailability() {
    LocalDate day = TestApi.weekdayAhead(21);
    assertProblem(
        api.get("/api/availability?visitType=MASSAGE&from=" + day + "&to=" + day),
        400,
        "Unknown visit type 'MASSAGE'");
  }

  @Test
  void refusesAMalformedDateInTheAvailability() {
    assertProblem(
        api.get("/api/availability?visitType=DISCOVERY_CALL&from=tomorrow&to=2030-01-01"),
        400,
        "'from' has the value 'tomorrow'");
  }

  @Test
  void refusesAnAvailabilityRangeThatEndsBeforeItStarts() {
    assertProblem(
        api.get("/api/availability?visitType=DISCOVERY_CALL&from=2030-01-10&to=2030-01-01"),
        400,
        "is before 'from'");
  }

  @Test
  void refusesToRescheduleAVisitThatDoesNotExist() {
    long events = EventStore.events(jdbc);
    assertProblem(
        api.post(
            "/api/visits/" + UNKNOWN_ID + "/reschedule",
            "{\"start\":\"2030-01-07T09:00:00-08:00\"}",
            TestApi.FRONT_DESK),
        404,
        "There is no visit with id " + UNKNOWN_ID);
    assertThat(EventStore.events(jdbc)).isEqualTo(events);
  }

  @Test
  void refusesToCancelWithAMalformedVisitId() {
    assertProblem(
        api.post("/api/visits/42/cancel", "{\"reason\":\"ill\"}", TestApi.FRONT_DESK),
        400,
        "'42' is not a valid visit id");
  }

  @Test
  void refusesTheScheduleToAnonymousCallers() {
    assertProblem(api.get("/api/schedule?date=2030-01-07"), 401, "Sign in as clinic staff");
  }

  @Test
  void refusesCancellationsByBillingStaff() {
    assertProblem(
        api.post("/api/visits/" + UNKNOWN_ID + "/cancel", "{\"reason\":\"x\"}", "billing"),
        403,
        "role does not allow");
  }

  private void refusesBooking(String body, int status, String sentence) {
    long events = EventStore.events(jdbc);
    assertProblem(api.post("/api/discovery-calls", body), status, sentence);
    assertThat(EventStore.events(jdbc)).isEqualTo(events);
  }

  private static void assertProblem(Response response, int status, String sentence) {
    assertThat(response.status()).as(response.text()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("detail").asText()).containsIgnoringCase(sentence);
    assertThat(response.text()).doesNotContain("Exception").doesNotContain("at com.");
  }
}
