package com.needlework.ops.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.needlework.api.prospect.ProspectRegisteredEvent;
import com.needlework.api.scheduling.DiscoveryCallBookedEvent;
import com.needlework.ops.support.ApiTest;
import com.needlework.ops.support.EventStore;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.TestApi;
import com.needlework.ops.support.TestApi.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

@NeedleworkIntegrationTest
class DiscoveryCallBookingIT extends ApiTest {

  @Test
  void aCallBookedOnlineAppearsOnTheFrontDesksSchedule() {
    LocalDate day = TestApi.weekdayAhead(7);
    JsonNode slot = api.discoveryCallSlots(day).get(0);
    String practitionerId = slot.get("practitionerId").asText();

    Response booked = api.post("/api/discovery-calls", TestApi.discoveryCall("Ann Smith", slot));

    assertThat(booked.status()).isEqualTo(201);
    String visitId = booked.json().get("visitId").asText();
    // The schedule and the prospects' contact details are two read models, each catching up on
    // its own: wait for both.
    List<JsonNode> visits =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () -> api.scheduledVisits(day, practitionerId),
                list -> !list.isEmpty() && !list.get(0).get("attendee").get("name").isNull());
    JsonNode visit = visits.get(0);
    assertThat(visit.get("visitId").asText()).isEqualTo(visitId);
    assertThat(visit.get("visitType").asText()).isEqualTo("DISCOVERY_CALL");
    assertThat(visit.get("status").asText()).isEqualTo("BOOKED");
    assertThat(OffsetDateTime.parse(visit.get("start").asText()))
        .isEqualTo(OffsetDateTime.parse(slot.get("start").asText()));
    assertThat(visit.get("start").asText()).isEqualTo(slot.get("start").asText());
    assertThat(visit.get("practitionerName").asText())
        .isEqualTo(slot.get("practitionerName").asText());
    assertThat(visit.get("attendee").get("name").asText()).isEqualTo("Ann Smith");
    assertThat(visit.get("attendee").get("kind").asText()).isEqualTo("PROSPECT");
  }

  @Test
  void aBookedSlotIsNoLongerOffered() {
    LocalDate day = TestApi.weekdayAhead(7);
    JsonNode slot = api.discoveryCallSlots(day).get(5);

    assertThat(api.post("/api/discovery-calls", TestApi.discoveryCall("Ben Ortiz", slot)).status())
        .isEqualTo(201);

    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                api.discoveryCallSlots(day).stream()
                    .noneMatch(
                        open ->
                            open.get("start").equals(slot.get("start"))
                                && open.get("practitionerId").equals(slot.get("practitionerId"))));
  }

  @Test
  void withoutAChosenPractitionerAnyFreeOneTakesTheCall() {
    LocalDate day = TestApi.weekdayAhead(7);
    JsonNode slot = api.discoveryCallSlots(day).get(9);
    String body =
        "{\"name\":\"Cleo Park\",\"phone\":\"4155550123\",\"email\":\"cleo@example.com\","
            + "\"start\":\""
            + slot.get("start").asText()
            + "\"}";

    Response booked = api.post("/api/discovery-calls", body);

    assertThat(booked.status()).isEqualTo(201);
    assertThat(booked.json().get("practitionerId").asText()).isNotBlank();
  }

  @Test
  void theFrontDeskReschedulesAndCancelsACall() {
    LocalDate day = TestApi.weekdayAhead(7);
    List<JsonNode> slots = api.discoveryCallSlots(day);
    JsonNode slot = slots.get(slots.size() - 1);
    String practitionerId = slot.get("practitionerId").asText();
    String visitId =
        api.post("/api/discovery-calls", TestApi.discoveryCall("Dee Nguyen", slot))
            .json()
            .get("visitId")
            .asText();
    String earlier =
        OffsetDateTime.parse(slot.get("start").asText()).minusHours(2).minusMinutes(5).toString();

    Response moved =
        api.post(
            "/api/visits/" + visitId + "/reschedule",
            "{\"start\":\"" + earlier + "\"}",
            TestApi.FRONT_DESK);
    Response cancelled =
        api.post(
            "/api/visits/" + visitId + "/cancel",
            "{\"reason\":\"Found a clinic nearer home\"}",
            TestApi.FRONT_DESK);

    assertThat(moved.status()).isEqualTo(200);
    assertThat(cancelled.status()).isEqualTo(200);
    JsonNode visit =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () ->
                    api.scheduledVisits(day, practitionerId).stream()
                        .filter(v -> v.get("visitId").asText().equals(visitId))
                        .findFirst()
                        .orElse(null),
                v -> v != null && v.get("status").asText().equals("CANCELLED"));
    assertThat(OffsetDateTime.parse(visit.get("start").asText()))
        .isEqualTo(OffsetDateTime.parse(earlier));
    assertThat(visit.get("lateCancellation").asBoolean()).isFalse();
  }

  @Test
  void everyScheduleReadIsAudited() {
    LocalDate day = TestApi.weekdayAhead(7);
    long before =
        jdbc.sql("SELECT count(*) FROM phi_access_log WHERE username = 'frontdesk'")
            .query(Long.class)
            .single();

    assertThat(api.get("/api/schedule?date=" + day, TestApi.FRONT_DESK).status()).isEqualTo(200);

    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM phi_access_log WHERE username = 'frontdesk'"
                        + " AND action = 'VIEW_SCHEDULE' AND subject = :subject")
                .param("subject", "date=" + day)
                .query(Long.class)
                .single())
        .isGreaterThanOrEqualTo(1);
    assertThat(
            jdbc.sql("SELECT count(*) FROM phi_access_log WHERE username = 'frontdesk'")
                .query(Long.class)
                .single())
        .isEqualTo(before + 1);
  }

  @Test
  void aBookingStoresOneProspectAndOneCall() {
    LocalDate day = TestApi.weekdayAhead(7);
    JsonNode slot = api.discoveryCallSlots(day).get(12);
    long prospects = EventStore.events(jdbc, ProspectRegisteredEvent.class);
    long calls = EventStore.events(jdbc, DiscoveryCallBookedEvent.class);

    assertThat(api.post("/api/discovery-calls", TestApi.discoveryCall("Eve Ross", slot)).status())
        .isEqualTo(201);

    assertThat(EventStore.events(jdbc, ProspectRegisteredEvent.class)).isEqualTo(prospects + 1);
    assertThat(EventStore.events(jdbc, DiscoveryCallBookedEvent.class)).isEqualTo(calls + 1);
  }
}
