package com.needlework.ops.consistency;

import static com.needlework.ops.support.TestApi.created;
import static com.needlework.ops.support.TestApi.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.patient.PatientId;
import com.needlework.ops.support.Bodies;
import com.needlework.ops.support.ClinicApiTest;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.Scenarios;
import com.needlework.ops.support.TestApi;
import com.needlework.ops.support.TestApi.Response;
import com.needlework.query.consistency.ReadModels;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Every kind of write is answered only once the read models show it: each test writes, then reads
 * what the write changed at once, without waiting or retrying. Every read model takes 25 ms over
 * each event here, so a read that came before its read model caught up would show the old state.
 */
@NeedleworkIntegrationTest
@Import(ReadYourWritesIT.SlowReadModels.class)
class ReadYourWritesIT extends ClinicApiTest {

  @TestConfiguration
  static class SlowReadModels {
    @Bean
    SlowClinicDirectory slowClinicDirectory() {
      return new SlowClinicDirectory();
    }

    @Bean
    SlowSchedule slowSchedule() {
      return new SlowSchedule();
    }

    @Bean
    SlowProspects slowProspects() {
      return new SlowProspects();
    }

    @Bean
    SlowPatients slowPatients() {
      return new SlowPatients();
    }

    @Bean
    SlowWaitlistEntries slowWaitlistEntries() {
      return new SlowWaitlistEntries();
    }

    @Bean
    SlowPayers slowPayers() {
      return new SlowPayers();
    }

    @Bean
    SlowCoverages slowCoverages() {
      return new SlowCoverages();
    }

    @Bean
    SlowBenefitAlerts slowBenefitAlerts() {
      return new SlowBenefitAlerts();
    }
  }

  abstract static class Slow {
    @EventHandler
    void on(Object event) throws InterruptedException {
      Thread.sleep(25);
    }
  }

  @ProcessingGroup(ReadModels.CLINIC_DIRECTORY)
  static class SlowClinicDirectory extends Slow {}

  @ProcessingGroup(ReadModels.SCHEDULE)
  static class SlowSchedule extends Slow {}

  @ProcessingGroup(ReadModels.PROSPECTS)
  static class SlowProspects extends Slow {}

  @ProcessingGroup(ReadModels.PATIENTS)
  static class SlowPatients extends Slow {}

  @ProcessingGroup(ReadModels.WAITLIST_ENTRIES)
  static class SlowWaitlistEntries extends Slow {}

  @ProcessingGroup(ReadModels.PAYERS)
  static class SlowPayers extends Slow {}

  @ProcessingGroup(ReadModels.COVERAGES)
  static class SlowCoverages extends Slow {}

  @ProcessingGroup(ReadModels.BENEFIT_ALERTS)
  static class SlowBenefitAlerts extends Slow {}

  private static final String X12 = "application/edi-x12";

  ReadYourWritesIT() {
    super("Reads Writes " + System.nanoTime(), "Read-your-writes room " + System.nanoTime());
  }

  /** What a test set up through commands (no HTTP, so no waiting) shows before it writes. */
  private void setUpShown() throws InterruptedException {
    assertThat(projections.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
  }

  @Test
  void aBookingOfEachVisitTypeShowsAtOnce() throws Exception {
    LocalDate day = TestApi.weekdayAhead(5);
    JsonNode slot = api.discoveryCallSlots(day).get(0);
    Response call =
        created(api.post("/api/discovery-calls", TestApi.discoveryCall("Di Caller", slot)));
    String callPractitioner = slot.get("practitionerId").asText();
    assertThat(visitIds(day, callPractitioner)).contains(call.json().get("visitId").asText());
    assertThat(api.discoveryCallSlots(day))
        .noneMatch(
            offered ->
                offered.get("start").asText().equals(slot.get("start").asText())
                    && offered.get("practitionerId").asText().equals(callPractitioner));

    PatientId evaluated = scenarios.patient("Eva Luation");
    Instant evaluationStart = Scenarios.weekdayAt(6, 9, 0);
    String evaluation = booked("/api/evaluations", evaluated, evaluationStart);
    assertThat(visitIds(localDate(evaluationStart), practitioner.toString())).contains(evaluation);
    assertThat(visitsOf(evaluated)).contains(evaluation);

    PatientId needled = scenarios.evaluatedPatient("Ned Ling", 6);
    Instant sessionStart = Scenarios.weekdayAt(6, 11, 0);
    String session = booked("/api/needling-sessions", needled, sessionStart);
    assertThat(visitIds(localDate(sessionStart), practitioner.toString())).contains(session);
    assertThat(patient(needled).get("care").get("sessionsLeft").asInt()).isEqualTo(5);

    Instant firstOfSeries = Scenarios.weekdayAt(13, 9, 0);
    Response series =
        ok(
            api.post(
                "/api/needling-series",
                Bodies.series(
                    needled,
                    practitioner,
                    room,
                    TestApi.local(firstOfSeries),
                    List.of(firstOfSeries.atZone(TestApi.CLINIC_ZONE).getDayOfWeek()),
                    "count",
                    2),
                TestApi.FRONT_DESK));
    List<String> occurrences = new ArrayList<>();
    series.json().get("occurrences").forEach(o -> occurrences.add(o.get("visitId").asText()));
    assertThat(series.json().get("booked").asInt()).isEqualTo(2);
    assertThat(visitsOf(needled)).containsAll(occurrences);
  }

  @Test
  void aCallBookedOnTheBookingPageIsOnTheScheduleAtOnce() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String page =
        browser
            .send(
                HttpRequest.newBuilder(URI.create(api.baseUrl() + "/book")).GET().build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    String csrf = firstMatch(page, "name=\"_csrf\" value=\"([^\"]+)\"");
    String start = firstMatch(page, "name=\"slot\" value=\"([^\"]+)\"");
    LocalDate day =
        OffsetDateTime.parse(start).atZoneSameInstant(TestApi.CLINIC_ZONE).toLocalDate();
    long callsBefore = callsStarting(day, start);

    HttpResponse<String> booked =
        browser.send(
            HttpRequest.newBuilder(URI.create(api.baseUrl() + "/book"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        form(
                            Map.of(
                                "_csrf", csrf,
                                "slot", start,
                                "name", "Page Booker",
                                "phone", "+1 415 555 0142",
                                "email", "page@example.com",
                                "reason", "Back pain",
                                "week", ""))))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(booked.statusCode()).as(booked.body()).isEqualTo(302);
    assertThat(booked.headers().firstValue("Location").orElse("")).endsWith("/book/confirmed");
    assertThat(callsStarting(day, start)).isEqualTo(callsBefore + 1);
  }

  @Test
  void eachStepOfAVisitShowsAtOnce() {
    PatientId patient = scenarios.evaluatedPatient("Viv Steps", 8);
    Instant start = Scenarios.weekdayAt(7, 9, 0);
    String visit = booked("/api/needling-sessions", patient, start);
    Instant moved = start.plus(Duration.ofHours(2));

    ok(
        api.post(
            visitPath(visit, "reschedule"),
            TestApi.body("start", TestApi.local(moved)),
            TestApi.FRONT_DESK));
    assertThat(OffsetDateTime.parse(scheduled(visit, moved).get("start").asText()).toInstant())
        .isEqualTo(moved);

    clock.setNow(moved.plus(Duration.ofMinutes(5)));
    ok(api.post(visitPath(visit, "check-in"), "", TestApi.FRONT_DESK));
    assertThat(scheduled(visit, moved).get("status").asText()).isEqualTo("ARRIVED");

    ok(api.post(visitPath(visit, "complete"), Bodies.needlingCompletion(), "clinician"));
    assertThat(scheduled(visit, moved).get("status").asText()).isEqualTo("FULFILLED");

    ok(
        api.post(
            visitPath(visit, "reverse-completion"),
            TestApi.body("reason", "Completed the wrong visit"),
            "clinician"));
    assertThat(scheduled(visit, moved).get("status").asText()).isEqualTo("ARRIVED");

    String missed = booked("/api/needling-sessions", patient, start.plus(Duration.ofHours(4)));
    clock.setNow(start.plus(Duration.ofHours(5)));
    ok(api.post(visitPath(missed, "no-show"), "", TestApi.FRONT_DESK));
    assertThat(scheduled(missed, start).get("status").asText()).isEqualTo("NOSHOW");

    clock.reset();
    String cancelled = booked("/api/needling-sessions", patient, Scenarios.weekdayAt(8, 9, 0));
    ok(
        api.post(
            visitPath(cancelled, "cancel"),
            TestApi.body("reason", "Car trouble"),
            TestApi.FRONT_DESK));
    assertThat(scheduled(cancelled, Scenarios.weekdayAt(8, 9, 0)).get("status").asText())
        .isEqualTo("CANCELLED");
  }

  @Test
  void aRegisteredOrConvertedPatientCanBeReadAtOnce() {
    Response registered =
        created(
            api.post(
                "/api/patients",
                Bodies.patient("Reg Istered", "1975-04-02", "415 555 0111", "reg@example.com"),
                TestApi.FRONT_DESK));
    assertThat(patient(registered.json().get("patientId").asText()).get("name").asText())
        .isEqualTo("Reg Istered");

    LocalDate day = TestApi.weekdayAhead(9);
    Response call =
        created(
            api.post(
                "/api/discovery-calls",
                TestApi.discoveryCall("Con Verted", api.discoveryCallSlots(day).get(0))));
    String prospect = call.json().get("prospectId").asText();
    Response converted =
        created(
            api.post(
                "/api/prospects/" + prospect + "/convert",
                TestApi.body("dateOfBirth", "1980-05-06"),
                TestApi.FRONT_DESK));
    JsonNode record = patient(converted.json().get("patientId").asText());
    assertThat(record.get("convertedFrom").asText()).isEqualTo(prospect);
    assertThat(record.get("visits"))
        .extracting(v -> v.get("visitId").asText())
        .contains(call.json().get("visitId").asText());
  }

  @Test
  void aScreeningAnOverrideAndAPlanOfCareChangeWhatIsOfferedAtOnce() throws Exception {
    PatientId patient = scenarios.evaluatedPatient("Scr Eening", 6);
    LocalDate day = TestApi.weekdayAhead(11);
    setUpShown();
    assertThat(api.needlingAvailability(patient, practitioner, day).status()).isEqualTo(200);

    ok(api.screen(patient, Bodies.screening("Rescreened", "pregnancy")));
    Response contraindicated = api.needlingAvailability(patient, practitioner, day);
    assertThat(contraindicated.status()).as(contraindicated.text()).isEqualTo(422);
    assertThat(contraindicated.json().get("rule").asText()).isEqualTo("CONTRAINDICATION_OPEN");

    created(
        api.post(
            "/api/patients/" + patient + "/contraindication-overrides",
            TestApi.body(
                "contraindication",
                "pregnancy",
                "reason",
                "Second trimester, obstetrician cleared"),
            "clinician"));
    Response overridden = api.needlingAvailability(patient, practitioner, day);
    assertThat(overridden.status()).as(overridden.text()).isEqualTo(200);
    assertThat(overridden.json()).isNotEmpty();

    ok(
        api.put(
            "/api/patients/" + patient + "/plan-of-care",
            Bodies.planOfCare(9, 3, LocalDate.now(TestApi.CLINIC_ZONE).plusDays(50)).toString(),
            "clinician"));
    assertThat(patient(patient).get("care").get("planOfCare").get("sessionsAllowed").asInt())
        .isEqualTo(9);
  }

  @Test
  void eachInsuranceChangeShowsAtOnce() throws IOException {
    Response payer =
        created(api.post("/api/payers", Bodies.payer("Instant Health", "60054"), "admin"));
    String payerId = payer.json().get("payerId").asText();
    assertThat(ok(api.get("/api/payers", "billing")).json())
        .extracting(p -> p.get("payerId").asText())
        .contains(payerId);

    PatientId patient = scenarios.patient("Cov Erage");
    Response coverage =
        created(
            api.post(
                "/api/patients/" + patient + "/coverages", coverageTerms(payerId, 30), "billing"));
    String coverageId = coverage.json().get("coverageId").asText();
    assertThat(coverageOf(patient, coverageId).get("visitsAllowed").asInt()).isEqualTo(30);

    ok(api.put("/api/coverages/" + coverageId, coverageTerms(payerId, 24), "billing"));
    assertThat(coverageOf(patient, coverageId).get("visitsAllowed").asInt()).isEqualTo(24);

    LocalDate today = LocalDate.now(TestApi.CLINIC_ZONE);
    created(
        api.post(
            "/api/coverages/" + coverageId + "/authorizations",
            Bodies.authorization("PA-NOW-1", 12, today, today.plusDays(90)),
            "billing"));
    assertThat(coverageOf(patient, coverageId).get("authorizations"))
        .extracting(a -> a.get("number").asText())
        .containsExactly("PA-NOW-1");

    ok(
        api.post(
            "/api/coverages/" + coverageId + "/eligibility",
            eligibilityResponse(),
            X12,
            "billing"));
    assertThat(coverageOf(patient, coverageId).get("lastEligibility").isNull()).isFalse();

    LocalDate lastDay = today.plusDays(30);
    ok(
        api.post(
            "/api/coverages/" + coverageId + "/terminate",
            TestApi.body("lastDay", lastDay),
            "billing"));
    assertThat(coverageOf(patient, coverageId).get("effectiveUntil").asText())
        .isEqualTo(lastDay.toString());
  }

  @Test
  void practitionersRoomsCredentialsAndTimeOffShowAtOnce() throws Exception {
    LocalDate day = TestApi.weekdayAhead(12);
    Response registered =
        created(
            api.post(
                "/api/practitioners",
                TestApi.body(
                    "name",
                    "New Comer, DPT",
                    "workingHours",
                    TestApi.objects(
                        TestApi.object(
                            "day", day.getDayOfWeek(), "start", "08:00", "end", "12:00"))),
                "admin"));
    String newcomer = registered.json().get("practitionerId").asText();
    JsonNode schedule =
        ok(api.get("/api/schedule?date=" + day + "&practitionerId=" + newcomer, TestApi.FRONT_DESK))
            .json();
    assertThat(schedule.get("practitioners").get(0).get("practitionerName").asText())
        .isEqualTo("New Comer, DPT");

    PatientId patient = scenarios.evaluatedPatient("Cred Ential", 6);
    setUpShown();
    assertThat(
            api.needlingAvailability(patient, PractitionerId.parse(newcomer), day)
                .json()
                .get("rule")
                .asText())
        .isEqualTo("PRACTITIONER_NOT_CREDENTIALED");
    ok(
        api.put(
            "/api/practitioners/" + newcomer + "/credentials",
            TestApi.body("state", "CA", "validUntil", day.plusYears(1)),
            "admin"));
    Response credentialed = api.needlingAvailability(patient, PractitionerId.parse(newcomer), day);
    assertThat(credentialed.status()).as(credentialed.text()).isEqualTo(200);

    Response addedRoom =
        created(api.post("/api/rooms", TestApi.body("name", "Room Instant"), "admin"));
    String roomId = addedRoom.json().get("roomId").asText();
    JsonNode rooms =
        ok(api.get("/api/schedule?date=" + day + "&roomId=" + roomId, TestApi.FRONT_DESK)).json();
    assertThat(rooms.get("rooms").get(0).get("roomName").asText()).isEqualTo("Room Instant");

    assertThat(evaluationSlots(day)).isNotEmpty();
    created(
        api.post(
            "/api/practitioners/" + practitioner + "/time-off",
            Bodies.timeOff(
                day.atStartOfDay(TestApi.CLINIC_ZONE).toOffsetDateTime(),
                day.plusDays(1).atStartOfDay(TestApi.CLINIC_ZONE).toOffsetDateTime(),
                "Conference"),
            TestApi.FRONT_DESK));
    assertThat(evaluationSlots(day)).isEmpty();
  }

  @Test
  void aWaitlistEntryAndItsOffersShowAtOnce() {
    PractitionerId waiting = scenarios.credentialedPractitioner("Wait Lister, DPT");
    Response first =
        created(
            api.post(
                "/api/waitlist",
                Bodies.needlingWaitlist(scenarios.evaluatedPatient("Fir St", 6), waiting),
                TestApi.FRONT_DESK));
    String firstEntry = first.json().get("entryId").asText();
    assertThat(waitlistEntry(firstEntry).get("status").asText()).isEqualTo("WAITING");
    String secondEntry =
        created(
                api.post(
                    "/api/waitlist",
                    Bodies.needlingWaitlist(scenarios.evaluatedPatient("Sec Ond", 6), waiting),
                    TestApi.FRONT_DESK))
            .json()
            .get("entryId")
            .asText();
    Instant monday = Scenarios.mondayAfter(4, 14);
    Response freed =
        created(
            api.bookTreatment(
                "/api/needling-sessions",
                scenarios.evaluatedPatient("Can Celled", 6),
                waiting,
                room,
                monday));
    ok(
        api.post(
            visitPath(freed.json().get("visitId").asText(), "cancel"),
            TestApi.body("reason", "Moved away"),
            TestApi.FRONT_DESK));
    awaitOffer(firstEntry);

    ok(api.post("/api/waitlist/" + firstEntry + "/decline", "", TestApi.FRONT_DESK));
    JsonNode declined = waitlistEntry(firstEntry);
    assertThat(declined.get("status").asText()).isEqualTo("WAITING");
    assertThat(declined.get("declinedOffers")).hasSize(1);

    awaitOffer(secondEntry);
    Response accepted =
        created(api.post("/api/waitlist/" + secondEntry + "/accept", "", TestApi.FRONT_DESK));
    String visit = accepted.json().get("visitId").asText();
    JsonNode booked = waitlistEntry(secondEntry);
    assertThat(booked.get("status").asText()).isEqualTo("BOOKED");
    assertThat(booked.get("bookedVisitId").asText()).isEqualTo(visit);
    assertThat(visitIds(localDate(monday), waiting.toString())).contains(visit);
  }

  /** The waitlist matcher offers freed slots on its own time: only the offer is waited for. */
  private void awaitOffer(String entry) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> waitlistEntry(entry).get("status").asText().equals("OFFERED"));
  }

  private JsonNode waitlistEntry(String entry) {
    List<JsonNode> entries = new ArrayList<>();
    ok(api.get("/api/waitlist", TestApi.FRONT_DESK)).json().forEach(entries::add);
    return entries.stream()
        .filter(e -> e.get("entryId").asText().equals(entry))
        .findFirst()
        .orElseThrow(() -> new AssertionError("The waitlist does not show entry " + entry));
  }

  private List<JsonNode> evaluationSlots(LocalDate day) {
    List<JsonNode> slots = new ArrayList<>();
    ok(api.get(
            "/api/availability?visitType=EVALUATION&from="
                + day
                + "&to="
                + day
                + "&practitionerId="
                + practitioner,
            TestApi.FRONT_DESK))
        .json()
        .forEach(slots::add);
    return slots;
  }

  private JsonNode coverageOf(PatientId patient, String coverage) {
    List<JsonNode> coverages = new ArrayList<>();
    ok(api.get("/api/patients/" + patient + "/coverages", "billing"))
        .json()
        .forEach(coverages::add);
    return coverages.stream()
        .filter(c -> c.get("coverageId").asText().equals(coverage))
        .findFirst()
        .orElseThrow(() -> new AssertionError("The coverages do not show " + coverage));
  }

  private static String coverageTerms(String payer, int visitsAllowed) {
    return Bodies.coverageWithCosts(
        payer,
        "CHP123456789",
        visitsAllowed,
        LocalDate.now(TestApi.CLINIC_ZONE).minusYears(1),
        new Bodies.CostSharing("30.00", "20", "500.00", "100.00"),
        0);
  }

  private String eligibilityResponse() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/x12/pt-benefits-calendar-year.271")) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
  }

  /** The visit as the schedule of its day shows it, for this test's practitioner. */
  private JsonNode scheduled(String visit, Instant onTheDayOf) {
    return api.scheduledVisits(localDate(onTheDayOf), practitioner.toString()).stream()
        .filter(v -> v.get("visitId").asText().equals(visit))
        .findFirst()
        .orElseThrow(() -> new AssertionError("The schedule does not show visit " + visit));
  }

  private List<String> visitIds(LocalDate day, String practitioner) {
    return api.scheduledVisits(day, practitioner).stream()
        .map(v -> v.get("visitId").asText())
        .toList();
  }

  private long callsStarting(LocalDate day, String start) {
    List<JsonNode> visits = new ArrayList<>();
    ok(api.get("/api/schedule?date=" + day, TestApi.FRONT_DESK))
        .json()
        .get("practitioners")
        .forEach(p -> p.get("visits").forEach(visits::add));
    Instant at = OffsetDateTime.parse(start).toInstant();
    return visits.stream()
        .filter(v -> v.get("visitType").asText().equals("DISCOVERY_CALL"))
        .filter(v -> OffsetDateTime.parse(v.get("start").asText()).toInstant().equals(at))
        .count();
  }

  private JsonNode patient(Object patient) {
    return ok(api.get("/api/patients/" + patient, TestApi.FRONT_DESK)).json();
  }

  private List<String> visitsOf(PatientId patient) {
    List<String> visits = new ArrayList<>();
    patient(patient).get("visits").forEach(v -> visits.add(v.get("visitId").asText()));
    return visits;
  }

  private static String visitPath(String visit, String step) {
    return "/api/visits/" + visit + "/" + step;
  }

  private static LocalDate localDate(Instant instant) {
    return instant.atZone(TestApi.CLINIC_ZONE).toLocalDate();
  }

  private static String firstMatch(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    assertThat(matcher.find()).as("the page holds " + regex).isTrue();
    return matcher.group(1);
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            field ->
                URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
