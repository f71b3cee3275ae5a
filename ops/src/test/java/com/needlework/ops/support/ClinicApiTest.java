package com.needlework.ops.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.patient.PatientId;
import com.needlework.ops.axon.ProjectionBarrier;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A test through the API with a credentialed practitioner and a treatment room of its own, made
 * before each test; the clock is put back after each.
 */
public abstract class ClinicApiTest {

  @LocalServerPort protected int port;
  @Autowired protected CommandGateway commands;
  @Autowired protected JdbcClient jdbc;
  @Autowired protected SettableClock clock;
  @Autowired protected ProjectionBarrier projections;
  protected TestApi api;
  protected Scenarios scenarios;
  protected PractitionerId practitioner;
  protected RoomId room;
  private final String practitionerName;
  private final String roomName;

  protected ClinicApiTest(String practitionerName, String roomName) {
    this.practitionerName = practitionerName;
    this.roomName = roomName;
  }

  @BeforeEach
  void setUpTheClinic() {
    api = new TestApi(port);
    scenarios = new Scenarios(commands, jdbc);
    practitioner = scenarios.credentialedPractitioner(practitionerName);
    room = scenarios.room(roomName);
  }

  @AfterEach
  void putTheClockBack() {
    clock.reset();
  }

  protected void readModelsCaughtUp() throws InterruptedException {
    assertThat(projections.awaitCaughtUp(Duration.ofSeconds(15))).isTrue();
  }

  /** Books an evaluation or a needling session ({@code path}) that must be taken: its id. */
  protected String booked(String path, PatientId patient, Instant start) {
    return TestApi.created(api.bookTreatment(path, patient, practitioner, room, start))
        .json()
        .get("visitId")
        .asText();
  }
}
