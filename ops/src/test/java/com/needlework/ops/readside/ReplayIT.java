package com.needlework.ops.readside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.needlework.api.patient.Contraindication;
import com.needlework.ops.axon.ProjectionBarrier;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.Scenarios;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every read model rebuilt from the events equals the one kept up to date as they came. */
@NeedleworkIntegrationTest
class ReplayIT {

  private static final List<String> READ_TABLES =
      List.of(
          "rm_clinic",
          "rm_visit_type",
          "rm_practitioner",
          "rm_room",
          "rm_credential",
          "rm_time_off",
          "rm_visit",
          "rm_prospect",
          "rm_patient",
          "rm_contraindication_override",
          "rm_waitlist_entry",
          "rm_waitlist_declined_offer",
          "rm_payer",
          "rm_coverage",
          "rm_authorization",
          "rm_covered_visit",
          "rm_eligibility",
          "rm_benefit_alert");

  @Autowired EventProcessingConfiguration processing;
  @Autowired ProjectionBarrier projections;
  @Autowired CommandGateway commands;
  @Autowired JdbcClient jdbc;

  private Map<String, String> contents() {
    Map<String, String> contents = new LinkedHashMap<>();
    for (String table : READ_TABLES) {
      contents.put(
          table,
          jdbc.sql(
                  "SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '')"
                      + " FROM "
                      + table
                      + " t")
              .query(String.class)
              .single());
    }
    return contents;
  }

  @Test
  void rebuildingEveryReadModelFromTheEventsGivesTheSameRows() throws Exception {
    Scenarios scenarios = new Scenarios(commands, jdbc);
    scenarios.evaluatedPatient("Lou Replay", 6, Contraindication.METAL_ALLERGY);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE execution_time <= now()")
                        .query(Long.class)
                        .single()
                    == 0);
    assertThat(projections.awaitCaughtUp(Duration.ofSeconds(15))).isTrue();
    Map<String, String> before = contents();

    List<StreamingEventProcessor> readModels =
        processing.eventProcessors().values().stream()
            .filter(StreamingEventProcessor.class::isInstance)
            .map(StreamingEventProcessor.class::cast)
            .filter(StreamingEventProcessor::supportsReset)
            .filter(processor -> !processor.getName().equals("waitlist-matcher"))
            .toList();
    assertThat(readModels)
        .extracting(StreamingEventProcessor::getName)
        .contains(
            "clinic-directory",
            "schedule",
            "prospects",
            "patients",
            "waitlist-entries",
            "payers",
            "coverages",
            "benefit-alerts");
    for (StreamingEventProcessor processor : readModels) {
      processor.shutDown();
      processor.resetTokens();
      processor.start();
    }

    assertThat(projections.awaitCaughtUp(Duration.ofSeconds(60))).isTrue();
    await().atMost(Duration.ofSeconds(60)).until(() -> contents().equals(before));
    assertThat(contents()).isEqualTo(before);
    assertThat(before.get("rm_patient")).doesNotStartWith("0:");
  }
}
