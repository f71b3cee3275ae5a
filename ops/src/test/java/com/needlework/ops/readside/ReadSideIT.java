package com.needlework.ops.readside;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.needlework.api.patient.Contraindication;
import com.needlework.api.patient.PatientId;
import com.needlework.ops.support.ClinicApiTest;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.Scenarios;
import com.needlework.ops.support.TestApi;
import com.needlework.ops.support.TestApi.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the front desk reads: availability with the rules, plan progress, weeks, the day sheet. */
@NeedleworkIntegrationTest
class ReadSideIT extends ClinicApiTest {

  ReadSideIT() {
    super("Reader, DPT", "Reading room");
  }

  private Response needlingAvailability(PatientId patient, LocalDate day) {
    return api.needlingAvailability(patient, practitioner, day);
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> nodes = new ArrayList<>();
    array.forEach(nodes::add);
    return nodes;
  }

  @Test
  void needlingAvailabilityOffersOnlyWhatThePatientWouldBeAllowedAndSaysWhyNot() throws Exception {
    PatientId allowed = scenarios.evaluatedPatient("Cal Open", 6);
    PatientId pregnant = scenarios.evaluatedPatient("Dora Closed", 6, Contraindication.PREGNANCY);
    PatientId notEvaluated = scenarios.patient("Eli New");
    readModelsCaughtUp();
    LocalDate day = TestApi.weekdayAhead(5);

    Response open = needlingAvailability(allowed, day);
    Response contraindicated = needlingAvailability(pregnant, day);
    Response unevaluated = needlingAvailability(notEvaluated, day);

    assertThat(open.status()).as(open.text()).isEqualTo(200);
    List<JsonNode> slots = list(open.json());
    assertThat(slots).isNotEmpty();
    assertThat(slots.get(0).get("roomId").asText()).isNotBlank();
    assertThat(slots)
        .allSatisfy(
            s -> assertThat(s.get("practitionerId").asText()).isEqualTo(practitioner.toString()));
    assertThat(contraindicated.status()).isEqualTo(422);
    assertThat(contraindicated.json().get("rule").asText()).isEqualTo("CONTRAINDICATION_OPEN");
    assertThat(unevaluated.status()).isEqualTo(422);
    assertThat(unevaluated.json().get("rule").asText()).isEqualTo("EVALUATION_REQUIRED");
  }

  @Test
  void aBookedSessionTakesItsRoomAndPractitionerOutOfTheAvailability() throws Exception {
    PatientId patient = scenarios.evaluatedPatient("Fay Fill", 6);
    Instant nine = Scenarios.weekdayAt(6, 9, 0);
    readModelsCaughtUp();
    LocalDate day = nine.atZone(TestApi.CLINIC_ZONE).toLocalDate();
    assertThat(list(needlingAvailability(patient, day).json()))
        .anyMatch(s -> OffsetDateTime.parse(s.get("start").asText()).toInstant().equals(nine));

    booked("/api/needling-sessions", patient, nine);
    readModelsCaughtUp();

    assertThat(list(needlingAvailability(patient, day).json()))
        .noneMatch(
            s -> {
              Instant start = OffsetDateTime.parse(s.get("start").asText()).toInstant();
              return !start.isBefore(nine.minus(Duration.ofMinutes(59)))
                  && start.isBefore(nine.plus(Duration.ofMinutes(60)));
            });
  }

  @Test
  void planProgressCountsBookedAndDoneSessionsButNotCancelledOrMissedOnes() throws Exception {
    PatientId patient = scenarios.evaluatedPatient("Gus Count", 6);
    String kept = booked("/api/needling-sessions", patient, Scenarios.weekdayAt(7, 9, 0));
    String cancelled = booked("/api/needling-sessions", patient, Scenarios.weekdayAt(7, 11, 0));
    Instant missedAt = Scenarios.weekdayAt(7, 14, 0);
    String missed = booked("/api/needling-sessions", patient, missedAt);
    api.cancel(cancelled, "Ill");
    clock.setNow(missedAt.plus(Duration.ofMinutes(30)));
    assertThat(api.post("/api/visits/" + missed + "/no-show", "", TestApi.FRONT_DESK).status())
        .isEqualTo(200);
    readModelsCaughtUp();

    JsonNode record = api.get("/api/patients/" + patient, TestApi.FRONT_DESK).json();

    JsonNode care = record.get("care");
    assertThat(care.get("planOfCare").get("sessionsAllowed").asInt()).isEqualTo(6);
    assertThat(care.get("sessionsUsed").asInt()).isEqualTo(1);
    assertThat(care.get("sessionsLeft").asInt()).isEqualTo(5);
    assertThat(list(record.get("visits")))
        .extracting(v -> v.get("visitId").asText() + " " + v.get("status").asText())
        .contains(kept + " BOOKED", cancelled + " CANCELLED", missed + " NOSHOW");
  }

  @Test
  void aWeekAcrossTheSpringDaylightSavingChangeKeepsLocalTimes() throws Exception {
    PatientId patient = scenarios.patient("Hana Spring");
    String friday = booked("/api/evaluations", patient, Instant.parse("2027-03-12T17:00:00Z"));
    String monday = booked("/api/evaluations", patient, Instant.parse("2027-03-15T16:00:00Z"));
    readModelsCaughtUp();

    JsonNode week =
        api.get(
                "/api/schedule/week?start=2027-03-11&practitionerId=" + practitioner,
                TestApi.FRONT_DESK)
            .json();

    List<JsonNode> days = list(week.get("days"));
    assertThat(days).hasSize(7);
    JsonNode sunday = days.get(3);
    assertThat(sunday.get("date").asText()).isEqualTo("2027-03-14");
    assertThat(sunday.get("startsAt").asText()).isEqualTo("2027-03-14T00:00:00-08:00");
    assertThat(sunday.get("endsAt").asText()).isEqualTo("2027-03-15T00:00:00-07:00");
    JsonNode fridayVisit = days.get(1).get("visits").get(0);
    JsonNode mondayVisit = days.get(4).get("visits").get(0);
    assertThat(fridayVisit.get("visitId").asText()).isEqualTo(friday);
    assertThat(fridayVisit.get("start").asText()).isEqualTo("2027-03-12T09:00:00-08:00");
    assertThat(mondayVisit.get("visitId").asText()).isEqualTo(monday);
    assertThat(mondayVisit.get("start").asText()).isEqualTo("2027-03-15T09:00:00-07:00");
  }

  @Test
  void theDaySheetFollowsAVisitFromExpectedToLateToCheckedIn() throws Exception {
    PatientId patient = scenarios.evaluatedPatient("Ivo Sheet", 6);
    Instant start = Scenarios.weekdayAt(8, 10, 0);
    String visit = booked("/api/needling-sessions", patient, start);
    LocalDate day = start.atZone(TestApi.CLINIC_ZONE).toLocalDate();
    readModelsCaughtUp();

    clock.setNow(start.minus(Duration.ofHours(1)));
    JsonNode before = api.get("/api/day-sheet?date=" + day, TestApi.FRONT_DESK).json();
    clock.setNow(start.plus(Duration.ofMinutes(10)));
    JsonNode late = api.get("/api/day-sheet?date=" + day, TestApi.FRONT_DESK).json();
    assertThat(api.checkIn(visit).status()).isEqualTo(200);
    readModelsCaughtUp();
    JsonNode arrived = api.get("/api/day-sheet?date=" + day, TestApi.FRONT_DESK).json();

    assertThat(ids(before.get("expected"))).contains(visit);
    assertThat(ids(late.get("late"))).contains(visit);
    assertThat(ids(late.get("expected"))).doesNotContain(visit);
    assertThat(ids(arrived.get("checkedIn"))).contains(visit);
    assertThat(ids(arrived.get("late"))).doesNotContain(visit);
  }

  @Test
  void aRoomsDayListsOnlyThatRoomsVisits() throws Exception {
    PatientId patient = scenarios.patient("Jon Room");
    Instant start = Scenarios.weekdayAt(9, 15, 0);
    String visit = booked("/api/evaluations", patient, start);
    readModelsCaughtUp();
    LocalDate day = start.atZone(TestApi.CLINIC_ZONE).toLocalDate();

    Response roomDay = api.get("/api/schedule?date=" + day + "&roomId=" + room, TestApi.FRONT_DESK);
    Response unknownRoom =
        api.get(
            "/api/schedule?date=" + day + "&roomId=3f2b6c1e-8d4a-4c8e-9a51-2b7f0d6e4a10",
            TestApi.FRONT_DESK);

    assertThat(roomDay.status()).isEqualTo(200);
    JsonNode rooms = roomDay.json().get("rooms");
    assertThat(rooms).hasSize(1);
    assertThat(ids(rooms.get(0).get("visits"))).containsExactly(visit);
    assertThat(rooms.get(0).get("visits").get(0).get("attendee").get("name").asText())
        .isEqualTo("Jon Room");
    assertThat(unknownRoom.status()).isEqualTo(404);
  }

  @Test
  void patientReadsAreAudited() throws Exception {
    PatientId patient = scenarios.patient("Kim Audit");
    readModelsCaughtUp();

    api.get("/api/patients/" + patient, "billing");

    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM phi_access_log WHERE username = 'billing'"
                        + " AND action = 'VIEW_PATIENT' AND subject LIKE :subject")
                .param("subject", "%" + patient + "%")
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql("SELECT count(*) FROM phi_access_log WHERE subject LIKE '%Kim%'")
                .query(Long.class)
                .single())
        .isZero();
  }

  private static List<String> ids(JsonNode visits) {
    return list(visits).stream().map(v -> v.get("visitId").asText()).toList();
  }
}
