package com.needlework.ops.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.ops.NeedleworkApplication;
import com.needlework.ops.support.TestApi;
import com.needlework.ops.support.TestApi.Response;
import com.needlework.query.consistency.ReadModels;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Ready means ready: from the moment the application listens, its health and its readiness answer
 * 503 until staff can sign in and every read model shows what the store holds; on the first start
 * (the demo clinic being opened) and on a later one that finds the read models to rebuild. The
 * patients' read model, which the benefit worklist reads, is slowed down on purpose, so that
 * answering ready too early shows as an empty worklist.
 */
class ReadinessIT {

  private static final String[] PROBES = {"/actuator/health", "/actuator/health/readiness"};
  private static final Duration START_LIMIT = Duration.ofMinutes(3);

  @TempDir Path dataDir;

  @ProcessingGroup(ReadModels.PATIENTS)
  static class SlowPatientRecords {
    @EventHandler
    void on(Object event) throws InterruptedException {
      Thread.sleep(100);
    }
  }

  /** What a probe saw: its answers before the first 200, and the worklist read right after it. */
  record Probe(TreeSet<Integer> before, Response worklist) {}

  /** The running application and what each probe saw while it started. */
  record Start(ConfigurableApplicationContext app, Map<String, Probe> probes) {}

  @Test
  void healthAndReadinessAnswer503UntilStaffSignInAndTheWorklistShowsTheDemoClinic()
      throws Exception {
    Start first = start();
    try {
      assertReadyMeantReady(first);
      rebuildEveryReadModelOnTheNextStart(first.app());
    } finally {
      first.app().close();
    }

    Start second = start();
    try {
      assertReadyMeantReady(second);
    } finally {
      second.app().close();
    }
  }

  private static void assertReadyMeantReady(Start start) {
    for (String probe : PROBES) {
      Probe seen = start.probes().get(probe);
      assertThat(seen.worklist().status())
          .as("worklist right after " + probe + " said 200: " + seen.worklist().text())
          .isEqualTo(200);
      assertThat(seen.worklist().json())
          .as("worklist right after " + probe + " said 200")
          .hasSize(4);
      assertThat(seen.before()).as(probe + " before its first 200").containsOnly(503).isNotEmpty();
    }
  }

  /** Resets every read model and stops before they replay, as a node stopped mid-rebuild. */
  private static void rebuildEveryReadModelOnTheNextStart(ConfigurableApplicationContext app) {
    EventProcessingConfiguration processing = app.getBean(EventProcessingConfiguration.class);
    for (String name : ReadModels.names()) {
      StreamingEventProcessor processor =
          processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
      processor.shutDown();
      processor.resetTokens();
    }
  }

  /** Starts the application in the background and probes it from the moment it listens. */
  private Start start() throws Exception {
    CompletableFuture<Integer> port = new CompletableFuture<>();
    CompletableFuture<ConfigurableApplicationContext> app = new CompletableFuture<>();
    Thread starting =
        new Thread(
            () -> {
              try {
                app.complete(
                    new SpringApplicationBuilder(NeedleworkApplication.class)
                        .initializers(
                            context ->
                                ((GenericApplicationContext) context)
                                    .registerBean(SlowPatientRecords.class))
                        .listeners(
                            (ApplicationListener<WebServerInitializedEvent>)
                                initialized -> port.complete(initialized.getWebServer().getPort()))
                        .run(
                            "--server.port=0",
                            "--needlework.embedded-postgres.port=0",
                            "--needlework.data-dir=" + dataDir.resolve("postgres"),
                            "--needlework.demo=true"));
              } catch (Throwable failure) {
                port.completeExceptionally(failure);
                app.completeExceptionally(failure);
              }
            },
            "starting-needlework");
    starting.start();
    TestApi api = new TestApi(port.get(START_LIMIT.toSeconds(), TimeUnit.SECONDS));
    Map<String, Probe> probes = probe(api, app);
    return new Start(app.get(START_LIMIT.toSeconds(), TimeUnit.SECONDS), probes);
  }

  private static Map<String, Probe> probe(
      TestApi api, CompletableFuture<ConfigurableApplicationContext> app)
      throws InterruptedException {
    Map<String, TreeSet<Integer>> before = new LinkedHashMap<>();
    Map<String, Probe> probes = new LinkedHashMap<>();
    long deadline = System.nanoTime() + START_LIMIT.toNanos();
    while (probes.size() < PROBES.length) {
      assertThat(System.nanoTime() - deadline).as("ready within " + START_LIMIT).isNegative();
      assertThat(app).isNotCompletedExceptionally();
      for (String path : PROBES) {
        if (probes.containsKey(path)) {
          continue;
        }
        int status = api.get(path).status();
        if (status == 200) {
          Response worklist = api.get("/api/benefit-deadlines", "billing");
          probes.put(path, new Probe(before.getOrDefault(path, new TreeSet<>()), worklist));
        } else {
          before.computeIfAbsent(path, unseen -> new TreeSet<>()).add(status);
        }
      }
      Thread.sleep(10);
    }
    return probes;
  }
}
