package com.needlework.ops.readside;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.needlework.api.clinic.RoomAddedEvent;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.patient.EvaluationRecordedEvent;
import com.needlework.api.patient.PatientId;
import com.needlework.api.patient.PatientRegisteredEvent;
import com.needlework.api.prospect.ContactDetails;
import com.needlework.api.prospect.ProspectId;
import com.needlework.api.prospect.ProspectRegisteredEvent;
import com.needlework.ops.support.ApiTest;
import com.needlework.ops.support.EventStore;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.TestApi;
import com.needlework.query.consistency.ReadModels;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * A read model that cannot handle an event parks it in the dead-letter queue, with every later
 * event of the same aggregate, and goes on with the others; admins see the parked letters. A
 * handler in the patients' read model fails on purpose for patients named "Poison …", with the
 * patient's name in its message (and a NUL in it for "Poison Nul …").
 */
@NeedleworkIntegrationTest
@Import(DeadLetterIT.FailingPatientRecords.class)
@ExtendWith(OutputCaptureExtension.class)
class DeadLetterIT extends ApiTest {

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
      String name = event.details().name();
      if (name.startsWith("Poison Nul")) {
        throw new IllegalStateException("this read model cannot take \u0000" + name);
      }
      if (name.startsWith("Poison")) {
        throw new IllegalStateException(
            "this read model cannot take " + name,
            new IllegalArgumentException("screening notes of " + name + ": sciatica"));
      }
    }
  }

  record Letter(String sequence, long index, String payloadType) {}

  @Autowired EventStorageEngine storage;
  @Autowired TransactionManager transactions;

  private List<Letter> patientLetters() {
    return letters(ReadModels.PATIENTS);
  }

  private List<Letter> letters(String group) {
    return jdbc.sql(
            "SELECT sequenceidentifier, sequenceindex, payloadtype FROM deadletterentry"
                + " WHERE processinggroup = :group ORDER BY sequenceidentifier, sequenceindex")
        .param("group", group)
        .query((row, number) -> new Letter(row.getString(1), row.getLong(2), row.getString(3)))
        .list();
  }

  /**
   * Another aggregate id that the same segment of a two-segment processor reads, so the test shows
   * the segment itself going on (Axon assigns a sequence to a segment by its id's hash).
   */
  private static UUID inTheSameSegmentAs(UUID other) {
    UUID id;
    do {
      id = UUID.randomUUID();
    } while ((id.toString().hashCode() & 1) != (other.toString().hashCode() & 1));
    return id;
  }

  private List<String> rows(String sql, UUID id) {
    return jdbc.sql(sql).param("id", id).query(String.class).list();
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
    Map<String, Long> before = deadLettersByProcessor();
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
    before.remove(ReadModels.PATIENTS);
    assertThat(letters).isNotEmpty().isEqualTo(before);
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

  @Test
  void anEventTheReadModelCannotStoreIsParkedWhileTheRestOfItsSegmentGoesOn() throws Exception {
    RoomId poisoned = RoomId.newId();
    RoomId next = new RoomId(inTheSameSegmentAs(poisoned.value()));
    EventStore.appendDirectly(
        storage, transactions, "Room", poisoned, new RoomAddedEvent(poisoned, "Room\u0000 A"));
    EventStore.appendDirectly(
        storage, transactions, "Room", next, new RoomAddedEvent(next, "Room after the NUL"));

    assertThat(projections.awaitCaughtUp(Duration.ofSeconds(15))).isTrue();

    assertThat(letters(ReadModels.CLINIC_DIRECTORY))
        .extracting(Letter::sequence)
        .contains(poisoned.toString())
        .doesNotContain(next.toString());
    assertThat(rows("SELECT name FROM rm_room WHERE room_id = :id", next.value()))
        .containsExactly("Room after the NUL");
    assertThat(rows("SELECT name FROM rm_room WHERE room_id = :id", poisoned.value())).isEmpty();
    assertThat(deadLettersByProcessor().get(ReadModels.CLINIC_DIRECTORY))
        .isEqualTo((long) letters(ReadModels.CLINIC_DIRECTORY).size());
  }

  @Test
  void aStoredEventThatTheKernelNowRefusesToReadIsParkedToo() throws Exception {
    ProspectId stored = ProspectId.newId();
    ProspectId next = new ProspectId(inTheSameSegmentAs(stored.value()));
    EventStore.insertRaw(
        jdbc,
        "Prospect",
        stored,
        ProspectRegisteredEvent.class,
        "{\"prospectId\":\""
            + stored
            + "\",\"contact\":{\"name\":\"Ann\\u0000Smith\",\"phone\":\"4155550100\","
            + "\"email\":\"ann@example.com\"}}");
    EventStore.appendDirectly(
        storage,
        transactions,
        "Prospect",
        next,
        new ProspectRegisteredEvent(
            next, new ContactDetails("Ned Next", "4155550101", "ned@example.com")));

    assertThat(projections.awaitCaughtUp(Duration.ofSeconds(15))).isTrue();

    assertThat(letters(ReadModels.PROSPECTS))
        .extracting(Letter::sequence)
        .contains(stored.toString());
    assertThat(rows("SELECT name FROM rm_prospect WHERE prospect_id = :id", next.value()))
        .containsExactly("Ned Next");
  }

  @Test
  void aHandlerWhoseFailureQuotesANulIsParkedAllTheSame() throws Exception {
    PatientId poisoned = scenarios.patient("Poison Nul Nora");
    PatientId healthy = scenarios.patient("Hale Hardy");

    assertThat(projections.awaitCaughtUp(Duration.ofSeconds(15))).isTrue();

    assertThat(patientLetters()).extracting(Letter::sequence).contains(poisoned.toString());
    assertThat(api.get("/api/patients/" + healthy, TestApi.FRONT_DESK).status()).isEqualTo(200);
  }

  @Test
  void aFailingHandlerIsLoggedByTypeAndPlaceWithoutThePatientData(CapturedOutput output)
      throws Exception {
    PatientId poisoned = scenarios.patient("Poison Quill");

    assertThat(projections.awaitCaughtUp(Duration.ofSeconds(15))).isTrue();

    assertThat(patientLetters()).extracting(Letter::sequence).contains(poisoned.toString());
    assertThat(output.getAll())
        .contains("Read model 'patients' failed on event")
        .contains(IllegalStateException.class.getName())
        .contains("Caused by: " + IllegalArgumentException.class.getName())
        .contains("at " + FailsOnPoisonedPatients.class.getName())
        .doesNotContain("Poison Quill")
        .doesNotContain("sciatica");
  }
}
