package com.needlework.ops.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.needlework.api.prospect.ProspectRegisteredEvent;
import com.needlework.api.scheduling.DiscoveryCallBookedEvent;
import com.needlework.ops.support.ApiTest;
import com.needlework.ops.support.EventStore;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.StartingGun;
import com.needlework.ops.support.TestApi;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@NeedleworkIntegrationTest
class SlotRaceIT extends ApiTest {

  private static final int CALLERS = 20;

  @Test
  void twentyCallersRacingForOneSlotLeaveExactlyOneBooking() throws Exception {
    LocalDate day = TestApi.weekdayAhead(14);
    JsonNode slot = api.discoveryCallSlots(day).get(0);
    String practitionerId = slot.get("practitionerId").asText();
    long prospectsBefore = EventStore.events(jdbc, ProspectRegisteredEvent.class);
    long callsBefore = EventStore.events(jdbc, DiscoveryCallBookedEvent.class);
    List<Callable<Integer>> callers = new ArrayList<>();
    for (int caller = 0; caller < CALLERS; caller++) {
      String body = TestApi.discoveryCall("Caller " + (char) ('A' + caller), slot);
      callers.add(() -> api.post("/api/discovery-calls", body).status());
    }
    List<Integer> statuses = StartingGun.race(callers);

    Map<Integer, Long> byStatus =
        statuses.stream()
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(byStatus).containsOnly(Map.entry(201, 1L), Map.entry(409, 19L));
    assertThat(EventStore.events(jdbc, DiscoveryCallBookedEvent.class)).isEqualTo(callsBefore + 1);
    assertThat(EventStore.events(jdbc, ProspectRegisteredEvent.class))
        .as("the losers' prospects were rolled back with their calls")
        .isEqualTo(prospectsBefore + 1);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM booking_guard WHERE practitioner_id = CAST(:id AS uuid)"
                        + " AND occupied && tstzrange(CAST(:start AS timestamptz),"
                        + " CAST(:start AS timestamptz) + interval '20 minutes')")
                .param("id", practitionerId)
                .param("start", slot.get("start").asText())
                .query(Long.class)
                .single())
        .isEqualTo(1);
    List<JsonNode> visits =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> api.scheduledVisits(day, practitionerId), list -> !list.isEmpty());
    assertThat(visits)
        .filteredOn(v -> v.get("start").asText().equals(slot.get("start").asText()))
        .hasSize(1);
  }
}
