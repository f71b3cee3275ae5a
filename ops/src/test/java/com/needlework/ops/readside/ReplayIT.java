package com.needlework.ops.readside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.needlework.api.patient.Contraindication;
import com.needlework.command.consistency.Reactions;
import com.needlework.ops.support.ApiTest;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.ReadModelNames;
import com.needlework.ops.support.TestApi;
import com.needlework.ops.support.TestApi.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every read model rebuilt from the events (by an admin, over HTTP) equals the one kept up to date
 * as they came, even after its rows were damaged.
 */
@NeedleworkIntegrationTest
class ReplayIT extends ApiTest {

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
          "rm_benefit_alert",
          "rm_fee",
          "rm_visit_charges",
          "rm_charge_line",
          "rm_invoice",
          "rm_account",
          "rm_account_entry",
          "rm_payment",
          "rm_policy_fee");

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
    jdbc.sql("DELETE FROM rm_visit_type").update();
    jdbc.sql("UPDATE rm_visit SET status = 'CANCELLED'").update();
    jdbc.sql("UPDATE rm_invoice SET status = 'PAID', paid = amount").update();
    jdbc.sql("DELETE FROM rm_account_entry").update();
    assertThat(contents()).isNotEqualTo(before);

    assertThat(api.post("/api/admin/read-models/rebuild", "", TestApi.FRONT_DESK).status())
        .isEqualTo(403);
    assertThat(api.get("/api/admin/read-models", TestApi.FRONT_DESK).status()).isEqualTo(403);
    Response rebuild = api.post("/api/admin/read-models/rebuild", "", "admin");
    assertThat(rebuild.status()).isEqualTo(202);
    assertThat(processorNames(rebuild.json()))
        .containsAll(ReadModelNames.ALL)
        .contains(Reactions.WAITLIST_MATCHER);

    assertThat(projections.awaitCaughtUp(Duration.ofSeconds(60))).isTrue();
    await().atMost(Duration.ofSeconds(60)).until(() -> contents().equals(before));
    assertThat(contents()).isEqualTo(before);
    assertThat(before.get("rm_patient")).doesNotStartWith("0:");
    assertThat(before.get("rm_invoice")).doesNotStartWith("0:");
    assertThat(before.get("rm_account_entry")).doesNotStartWith("0:");

    JsonNode progress = api.get("/api/admin/read-models", "admin").json();
    long head =
        jdbc.sql("SELECT max(globalindex) FROM domainevententry").query(Long.class).single();
    assertThat(progress.get("head").asLong()).isEqualTo(head);
    progress
        .get("processors")
        .forEach(
            processor -> {
              assertThat(processor.get("running").asBoolean()).isTrue();
              assertThat(processor.get("behind").asLong()).isZero();
              assertThat(processor.get("position").asLong()).isEqualTo(head);
              assertThat(processor.get("deadLetters").asLong()).isZero();
            });
  }

  private static List<String> processorNames(JsonNode progress) {
    List<String> names = new ArrayList<>();
    progress.get("processors").forEach(processor -> names.add(processor.get("name").asText()));
    return names;
  }
}
