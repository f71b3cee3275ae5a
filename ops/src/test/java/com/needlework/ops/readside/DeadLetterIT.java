package com.needlework.ops.readside;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.needlework.api.patient.EvaluationRecordedEvent;
import com.needlework.api.patient.PatientId;
import com.needlework.api.patient.PatientRegisteredEvent;
import com.needlework.ops.axon.ProjectionBarrier;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.Scenarios;
import com.needlework.ops.support.TestApi;
import com.needlework.query.consistency.ReadModels;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A read model that cannot handle an event parks it in the dead-letter queue, with every later
 * event of the same aggregate, and goes on with the others; admins see the parked letters. A
 * handler in the patients' read model fails on purpose for patients named "Poison …".
 */
@NeedleworkIntegrationTest
@Import(DeadLetterIT.FailingPatientRecords.class)
class DeadLetterIT {

  @TestConfiguration
  static class FailingPatientRecords {
    @Bean
    FailsOnPoisonedPatients failsOnPoisonedPatients() {
      return new FailsOnPoisonedPatients();
    }
  }

  @ProcessingGroup(ReadModels.PATIENTS)
  static class FailsOnPoisonedPatients {
    @EventHandler
    void on(PatientRegisteredEvent event) {
      if (event.details().name().startsWith("Poison")) {
        throw new IllegalStateException("this read model cannot take patient " + event.patientId());
      }
    }
  }

  record Letter(String sequence, long index, String payloadType) {}

  @LocalServerPort int port;
  @Autowired CommandGateway commands;
  @Autowired JdbcClient jdbc;
  @Autowired ProjectionBarrier projections;
  private TestApi api;
  private Scenarios scenarios;

  @BeforeEach
  void setUp() {
    api = new TestApi(port);
    scenarios = new Scenarios(commands, jdbc);
  }

  private List<Letter> patientLetters() {
    return jdbc.sql(
            "SELECT sequenceidentifier, sequenceindex, payloadtype FROM deadletterentry"
                + " WHERE processinggroup = :group ORDER BY sequenceidentifier, sequenceindex")
        .param("group", ReadModels.PATIENTS)
        .query((row, number) -> new Letter(row.getString(1), row.getLong(2), row.getString(3)))
        .list();
  }

  private Map<String, Long> deadLettersByProcessor() {
    Map<String, Long> letters = new HashMap<>();
    api.get("/api/admin/read-models", "admin")
        .json()
        .get("processors")
        .forEach(
            processor ->
                letters.put(processor.get("name").asText(), processor.get("deadLetters").asLong()));
    return letters;
  }

  @Test
  void aFailedEventIsParkedWithTheLaterEventsOfItsPatientWhileOtherPatientsGoOn() throws Exception {
    PatientId poisoned = scenarios.patient("Poison Pill");
    scenarios.evaluate(poisoned, LocalDate.now(TestApi.CLINIC_ZONE), 6);
    PatientId healthy = scenarios.patient("Hale Hearty");
    assertThat(projections.awaitCaughtUp(Duration.ofSeconds(15))).isTrue();
    assertThat(patientLetters()).extracting(Letter::sequence).doesNotContain(healthy.toString());

    List<Letter> parked = patientLetters();
    assertThat(parked)
        .filteredOn(letter -> letter.sequence().equals(poisoned.toString()))
        .extracting(Letter::payloadType)
        .containsExactly(
            PatientRegisteredEvent.class.getName(), EvaluationRecordedEvent.class.getName());

    JsonNode healthyRecord = api.get("/api/patients/" + healthy, TestApi.FRONT_DESK).json();
    assertThat(healthyRecord.get("name").asText()).isEqualTo("Hale Hearty");

    Map<String, Long> letters = deadLettersByProcessor();
    assertThat(letters).containsEntry(ReadModels.PATIENTS, (long) parked.size());
    letters.remove(ReadModels.PATIENTS);
    assertThat(letters.values()).isNotEmpty().containsOnly(0L);
  }

  @Test
  void aRebuildParksTheSameEventsAgainInsteadOfAddingCopies() throws Exception {
    PatientId poisoned = scenarios.patient("Poison Ivy");
    assertThat(projections.awaitCaughtUp(Duration.ofSeconds(15))).isTrue();
    List<Letter> before = patientLetters();
    assertThat(before).extracting(Letter::sequence).contains(poisoned.toString());

    assertThat(api.post("/api/admin/read-models/rebuild", "", "admin").status()).isEqualTo(202);
    assertThat(projections.awaitCaughtUp(Duration.ofSeconds(60))).isTrue();

    assertThat(patientLetters()).isEqualTo(before);
  }
}
