package com.needlework.ops.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.EvaluationBookedEvent;
import com.needlework.ops.support.ApiTest;
import com.needlework.ops.support.Bodies;
import com.needlework.ops.support.EventStore;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.Scenarios;
import com.needlework.ops.support.StartingGun;
import com.needlework.ops.support.TestApi;
import com.needlework.ops.support.TestApi.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@NeedleworkIntegrationTest
class RoomRaceIT extends ApiTest {

  private static final int PRACTITIONERS = 20;

  @Test
  void twentyPractitionersRacingForOneRoomAtOneTimeLeaveExactlyOneBooking() throws Exception {
    RoomId room = scenarios.demoRoom("Room 2");
    PatientId patient = scenarios.patient("Olga Vance");
    Instant start = Scenarios.weekdayAt(15, 11, 0);
    List<String> requests = new ArrayList<>();
    for (int i = 0; i < PRACTITIONERS; i++) {
      Response registered =
          api.post(
              "/api/practitioners",
              TestApi.body(
                  "name",
                  "Room racer " + i,
                  "workingHours",
                  TestApi.objects(
                      TestApi.object(
                          "day",
                          start.atZone(TestApi.CLINIC_ZONE).getDayOfWeek(),
                          "start",
                          "08:00",
                          "end",
                          "18:00"))),
              "admin");
      assertThat(registered.status()).as(registered.text()).isEqualTo(201);
      PractitionerId practitioner =
          PractitionerId.parse(registered.json().get("practitionerId").asText());
      requests.add(Bodies.booking(patient, practitioner, room, start));
    }
    long booked = EventStore.events(jdbc, EvaluationBookedEvent.class);
    List<Callable<Response>> clients = new ArrayList<>();
    for (String request : requests) {
      clients.add(() -> api.post("/api/evaluations", request, TestApi.FRONT_DESK));
    }
    List<Response> responses = StartingGun.race(clients);

    Map<Integer, Long> byStatus =
        responses.stream().collect(Collectors.groupingBy(Response::status, Collectors.counting()));
    assertThat(byStatus).containsOnly(Map.entry(201, 1L), Map.entry(409, 19L));
    assertThat(responses)
        .filteredOn(r -> r.status() == 409)
        .allSatisfy(r -> assertThat(r.json().get("taken").asText()).isEqualTo("room"));
    assertThat(EventStore.events(jdbc, EvaluationBookedEvent.class)).isEqualTo(booked + 1);
  }
}
