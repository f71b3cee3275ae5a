package com.needlework.ops.readside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.needlework.api.patient.PatientRegisteredEvent;
import com.needlework.ops.support.ApiTest;
import com.needlework.ops.support.EventStore;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.TestApi;
import com.needlework.ops.support.TestApi.Response;
import com.needlework.query.consistency.ReadModels;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The admin status shows every segment, across nodes, where the token store has it: one nobody
 * holds, one another node holds, one an error keeps stopping, each with its position and owner, and
 * the last error's class but never its message. A processor that stops on patients named "Fault …"
 * stands for a broken read model.
 */
@NeedleworkIntegrationTest
@Import(ReadModelStatusIT.FailingProcessor.class)
@TestPropertySource(
    properties = {
      "axon.eventhandling.processors.faulty.mode=pooled",
      "axon.eventhandling.processors.faulty.thread-count=1",
      "axon.eventhandling.processors.faulty.initial-segment-count=1",
      "needlework.read-your-writes.timeout=1s"
    })
@DirtiesContext
class ReadModelStatusIT extends ApiTest {

  private static final String FAULTY = "faulty";

  @TestConfiguration
  static class FailingProcessor {
    @Bean
    StopsOnFaults stopsOnFaults() {
      return new StopsOnFaults();
    }

    @Bean
    ConfigurerModule faultsStopTheProcessor() {
      return configurer ->
          configurer
              .eventProcessing()
              .registerListenerInvocationErrorHandler(
                  FAULTY, config -> PropagatingErrorHandler.instance());
    }
  }

  @ProcessingGroup(FAULTY)
  static class StopsOnFaults {
    @EventHandler
    void on(PatientRegisteredEvent event) {
      if (event.details().name().startsWith("Fault")) {
        throw new IllegalStateException("cannot take patient " + event.details().name());
      }
    }
  }

  @Autowired EventProcessingConfiguration processing;

  private Response status() {
    Response status = api.get("/api/admin/read-models", "admin");
    assertThat(status.status()).as(status.text()).isEqualTo(200);
    return status;
  }

  private static JsonNode segment(Response status, String processor, int segment) {
    for (JsonNode each : status.json().get("processors")) {
      if (each.get("name").asText().equals(processor)) {
        for (JsonNode eachSegment : each.get("segments")) {
          if (eachSegment.get("segment").asInt() == segment) {
            return eachSegment;
          }
        }
      }
    }
    throw new AssertionError("No segment " + segment + " of " + processor + ": " + status.text());
  }

  private static JsonNode processor(Response status, String processor) {
    for (JsonNode each : status.json().get("processors")) {
      if (each.get("name").asText().equals(processor)) {
        return each;
      }
    }
    throw new AssertionError("No processor " + processor + ": " + status.text());
  }

  @Test
  void aSegmentAnErrorKeepsStoppingShowsItsPositionAndTheErrorsClassOnly() {
    var patient = scenarios.patient("Fault Line");
    long failing = EventStore.lastIndexOf(jdbc, patient);

    Response status =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(this::status, answer -> segment(answer, FAULTY, 0).get("lastError").isObject());

    JsonNode segment = segment(status, FAULTY, 0);
    assertThat(segment.get("lastError").get("type").asText())
        .isEqualTo(IllegalStateException.class.getName());
    assertThat(Instant.parse(segment.get("lastError").get("at").asText())).isNotNull();
    assertThat(segment.get("position").asLong()).isLessThan(failing);
    assertThat(segment.get("behind").asLong()).isPositive();
    assertThat(processor(status, FAULTY).get("behind").asLong()).isPositive();
    assertThat(status.text()).doesNotContain("Fault Line").doesNotContain("cannot take");
  }

  @Test
  void aSegmentNobodyHoldsOrAnotherNodeHoldsShowsWhereItStands() throws Exception {
    StreamingEventProcessor payers =
        processing.eventProcessor(ReadModels.PAYERS, StreamingEventProcessor.class).orElseThrow();
    release(payers);
    try {
      Response added =
          api.post(
              "/api/payers",
              TestApi.body("name", "Nobody Reads Health", "electronicPayerId", "60054"),
              "admin");
      assertThat(added.status())
          .as("answered after the wait for the read models timed out: " + added.text())
          .isEqualTo(201);
      long head = projections.head().orElseThrow();

      Response status = status();
      JsonNode unclaimed = segment(status, ReadModels.PAYERS, 0);
      assertThat(unclaimed.get("owner").isNull()).isTrue();
      assertThat(unclaimed.get("claimedHere").asBoolean()).isFalse();
      assertThat(unclaimed.get("position").asLong()).isLessThan(head);
      assertThat(unclaimed.get("behind").asLong()).isPositive();
      assertThat(processor(status, ReadModels.PAYERS).get("position").asLong()).isLessThan(head);
      assertThat(projections.awaitCaughtUpWith(head, Duration.ofMillis(300))).isFalse();

      jdbc.sql(
              "UPDATE tokenentry SET owner = 'node-b', timestamp = :now"
                  + " WHERE processorname = :payers AND segment = 0")
          .param("now", Instant.now().toString())
          .param("payers", ReadModels.PAYERS)
          .update();
      JsonNode elsewhere = segment(status(), ReadModels.PAYERS, 0);
      assertThat(elsewhere.get("state").asText()).isEqualTo("CLAIMED_ELSEWHERE");
      assertThat(elsewhere.get("owner").asText()).isEqualTo("node-b");
      assertThat(elsewhere.get("position").asLong()).isLessThan(head);
    } finally {
      claimAgain(payers);
    }
  }

  @Test
  void aReadModelBehindOnlyOnEventsItDoesNotHandleIsNotWaitedFor() throws Exception {
    StreamingEventProcessor payers =
        processing.eventProcessor(ReadModels.PAYERS, StreamingEventProcessor.class).orElseThrow();
    assertThat(projections.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
    release(payers);
    try {
      var patient = scenarios.patient("Unpaid Reader");
      long patientEvent = EventStore.lastIndexOf(jdbc, patient);

      assertThat(segment(status(), ReadModels.PAYERS, 0).get("position").asLong())
          .isLessThan(patientEvent);
      assertThat(projections.awaitCaughtUpWith(patientEvent, Duration.ofSeconds(15))).isTrue();
    } finally {
      claimAgain(payers);
    }
  }

  /** Stops this node from working on the processor's only segment, for ten minutes. */
  private void release(StreamingEventProcessor processor) {
    processor.releaseSegment(0, 10, TimeUnit.MINUTES);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                segment(status(), processor.getName(), 0)
                    .get("state")
                    .asText()
                    .equals("UNCLAIMED"));
  }

  private void claimAgain(StreamingEventProcessor processor) throws Exception {
    jdbc.sql("UPDATE tokenentry SET owner = NULL WHERE processorname = :name")
        .param("name", processor.getName())
        .update();
    assertThat(processor.claimSegment(0).get(30, TimeUnit.SECONDS)).isTrue();
    assertThat(projections.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
  }
}
