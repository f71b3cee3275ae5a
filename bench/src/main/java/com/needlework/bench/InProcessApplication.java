package com.needlework.bench;

import com.needlework.ops.NeedleworkApplication;
import com.needlework.ops.axon.AdjustableClock;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application started inside the benchmark's JVM on a fresh data folder, demo on, on the
 * benchmark's simulated clock (which outranks the application's own and is its adjustable clock, so
 * the demo seeding can live through the demo clinic's last days), on free ports.
 */
final class InProcessApplication {

  private InProcessApplication() {}

  /**
   * @param benchmark how the refusal names the benchmark, such as "history"
   * @throws IllegalArgumentException when the folder holds anything
   */
  static void requireFresh(Path dataDir, String benchmark, String writes) {
    if (!Files.exists(dataDir)) {
      return;
    }
    boolean empty;
    try (Stream<Path> entries = Files.list(dataDir)) {
      empty = entries.findAny().isEmpty();
    } catch (IOException notAFolder) {
      empty = false;
    }
    if (!empty) {
      throw new IllegalArgumentException(
          "The data folder "
              + dataDir
              + " exists and is not empty. The "
              + benchmark
              + " benchmark writes "
              + writes
              + " into a fresh store: remove the folder or name another with --data-dir.");
    }
  }

  /** The application, in this JVM, on the simulated clock, with the demo clinic seeded. */
  static ConfigurableApplicationContext start(Path dataDir, SimulatedClock clock) {
    return new SpringApplicationBuilder(NeedleworkApplication.class)
        .initializers(
            context ->
                ((GenericApplicationContext) context)
                    .registerBean(
                        "simulatedClock",
                        AdjustableClock.class,
                        () -> clock,
                        bd -> bd.setPrimary(true)))
        .run(
            "--needlework.data-dir=" + dataDir,
            "--needlework.embedded-postgres.port=0",
            "--server.port=0",
            "--needlework.demo=true",
            "--logging.level.root=WARN");
  }

  static int port(ConfigurableApplicationContext app) {
    return ((WebServerApplicationContext) app).getWebServer().getPort();
  }

  static URI local(int port) {
    return URI.create("http://localhost:" + port);
  }

  /** The embedded PostgreSQL's version and durability settings, for the report. */
  static String database(JdbcClient jdbc) {
    String version =
        jdbc.sql("SELECT current_setting('server_version')").query(String.class).single();
    String fsync = jdbc.sql("SELECT current_setting('fsync')").query(String.class).single();
    String commit =
        jdbc.sql("SELECT current_setting('synchronous_commit')").query(String.class).single();
    return "embedded PostgreSQL "
        + version
        + " (fsync "
        + fsync
        + ", synchronous_commit "
        + commit
        + ")";
  }

  /** The machine and JVM, and the database, in one line for the report. */
  static String machine(String database) {
    Runtime runtime = Runtime.getRuntime();
    return runtime.availableProcessors()
        + " cores, "
        + System.getProperty("os.name")
        + " "
        + System.getProperty("os.version")
        + " "
        + System.getProperty("os.arch")
        + "; "
        + System.getProperty("java.vm.name")
        + " "
        + System.getProperty("java.runtime.version")
        + ", max heap "
        + runtime.maxMemory() / (1024 * 1024)
        + " MiB; "
        + database;
  }
}
