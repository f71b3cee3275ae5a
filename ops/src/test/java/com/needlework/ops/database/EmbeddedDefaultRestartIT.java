package com.needlework.ops.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.needlework.api.clinic.ClinicOpenedEvent;
import com.needlework.api.patient.PatientId;
import com.needlework.api.patient.PlanOfCareEndingSoonEvent;
import com.needlework.ops.NeedleworkApplication;
import com.needlework.ops.support.EventStore;
import com.needlework.ops.support.Scenarios;
import com.needlework.ops.support.TestApi;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded default keeps its data: a booking made before a restart is there after it. */
class EmbeddedDefaultRestartIT {

  @TempDir Path dataDir;

  private ConfigurableApplicationContext start(String... more) {
    return start(Duration.ZERO, more);
  }

  /** Starts the application with its clock {@code ahead} of the real time. */
  private ConfigurableApplicationContext start(Duration ahead, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--needlework.embedded-postgres.port=0",
                "--needlework.data-dir=" + dataDir.resolve("postgres")));
    args.addAll(List.of(more));
    return new SpringApplicationBuilder(NeedleworkApplication.class)
        .run(args.toArray(String[]::new));
  }

  private static TestApi api(ConfigurableApplicationContext app) {
    return new TestApi(((WebServerApplicationContext) app).getWebServer().getPort());
  }

  @Test
  void withoutTheDemoAnEmptyClinicOpensWithOneAdminLogin() {
    try (ConfigurableApplicationContext app =
        start("--needlework.demo=false", "--needlework.admin-password=first-admin-pw")) {
      TestApi api = api(app);
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      assertThat(jdbc.sql("SELECT username FROM staff_account").query(String.class).list())
          .containsExactly("admin");
      assertThat(jdbc.sql("SELECT count(*) FROM cs_practitioner").query(Long.class).single())
          .isZero();
      assertThat(api.discoveryCallSlots(TestApi.weekdayAhead(3))).isEmpty();
      assertThat(api.get("/api/schedule?date=" + TestApi.weekdayAhead(3), "frontdesk").status())
          .isEqualTo(401);
    }
  }

  @Test
  void aDeadlineThatFellDueWhileTheApplicationWasDownFiresAfterTheRestart() throws Exception {
    Duration ahead = Duration.ofSeconds(40);
    try (ConfigurableApplicationContext first = start(ahead)) {
      Scenarios scenarios =
          new Scenarios(first.getBean(CommandGateway.class), first.getBean(JdbcClient.class));
      PatientId patient = scenarios.patient("Gil Restart");
      scenarios.evaluate(patient, LocalDate.now(TestApi.CLINIC_ZONE).minusDays(58), 6);
      JdbcClient jdbc = first.getBean(JdbcClient.class);
      assertThat(
              jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE execution_time > now()")
                  .query(Long.class)
                  .single())
          .as("the certification reminder waits in PostgreSQL")
          .isPositive();
      assertThat(EventStore.events(jdbc, PlanOfCareEndingSoonEvent.class)).isZero();
    }
    Thread.sleep(ahead.plusSeconds(2).toMillis());

    try (ConfigurableApplicationContext second = start()) {
      JdbcClient jdbc = second.getBean(JdbcClient.class);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> EventStore.events(jdbc, PlanOfCareEndingSoonEvent.class) == 1);
    }
  }

  @Test
  void aBookingSurvivesAStopAndAStartOfTheApplication() {
    LocalDate day = TestApi.weekdayAhead(10);
    String visitId;
    String practitionerId;
    try (ConfigurableApplicationContext first = start()) {
      TestApi api = api(first);
      JsonNode slot = api.discoveryCallSlots(day).get(0);
      practitionerId = slot.get("practitionerId").asText();
      visitId =
          api.post("/api/discovery-calls", TestApi.discoveryCall("Fay Lund", slot))
              .json()
              .get("visitId")
              .asText();
    }

    assertThat(dataDir.resolve("postgres").resolve("PG_VERSION")).exists();
    try (ConfigurableApplicationContext second = start()) {
      TestApi api = api(second);
      List<JsonNode> visits =
          await()
              .atMost(Duration.ofSeconds(15))
              .until(() -> api.scheduledVisits(day, practitionerId), list -> !list.isEmpty());
      assertThat(visits).extracting(v -> v.get("visitId").asText()).containsExactly(visitId);
      assertThat(EventStore.events(second.getBean(JdbcClient.class), ClinicOpenedEvent.class))
          .as("the demo clinic is seeded once, not on every start")
          .isEqualTo(1);
    }
  }
}
