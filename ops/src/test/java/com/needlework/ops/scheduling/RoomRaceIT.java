package com.needlework.ops.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.EvaluationBookedEvent;
import com.needlework.ops.support.Bodies;
import com.needlework.ops.support.EventStore;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.Scenarios;
import com.needlework.ops.support.TestApi;
import com.needlework.ops.support.TestApi.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@NeedleworkIntegrationTest
class RoomRaceIT {

  private static final int PRACTITIONERS = 20;

  @LocalServerPort int port;
  @Autowired CommandGateway commands;
  @Autowired JdbcClient jdbc;

  @Test
  void twentyPractitionersRacingForOneRoomAtOneTimeLeaveExactlyOneBooking() throws Exception {
    TestApi api = new TestApi(port);
    Scenarios scenarios = new Scenarios(commands, jdbc);
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
    CountDownLatch startingGun = new CountDownLatch(1);
    ExecutorService clients = Executors.newFixedThreadPool(PRACTITIONERS);
    List<Future<Response>> answers = new ArrayList<>();
    for (String request : requests) {
      answers.add(
          clients.submit(
              () -> {
                startingGun.await();
                return api.post("/api/evaluations", request, TestApi.FRONT_DESK);
              }));
    }
    startingGun.countDown();
    List<Response> responses = new ArrayList<>();
    for (Future<Response> answer : answers) {
      responses.add(answer.get());
    }
    clients.shutdown();

    Map<Integer, Long> byStatus =
        responses.stream().collect(Collectors.groupingBy(Response::status, Collectors.counting()));
    assertThat(byStatus).containsOnly(Map.entry(201, 1L), Map.entry(409, 19L));
    assertThat(responses)
        .filteredOn(r -> r.status() == 409)
        .allSatisfy(r -> assertThat(r.json().get("taken").asText()).isEqualTo("room"));
    assertThat(EventStore.events(jdbc, EvaluationBookedEvent.class)).isEqualTo(booked + 1);
  }
}
