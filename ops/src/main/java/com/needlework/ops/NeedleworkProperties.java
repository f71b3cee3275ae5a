package com.needlework.ops;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The application's own settings.
 *
 * @param demo seed the demo clinic into an empty store (otherwise an empty clinic)
 * @param dataDir where the embedded PostgreSQL keeps its data between runs
 * @param embeddedPostgres how the embedded PostgreSQL listens and stores
 * @param clinic the clinic opened in an empty store when the demo is off
 * @param adminPassword the first admin's password when the demo is off (generated if blank)
 * @param readYourWrites how long a write's answer waits for the read models to show it
 */
@ConfigurationProperties("needlework")
public record NeedleworkProperties(
    @DefaultValue("true") boolean demo,
    @DefaultValue("./data/postgres") Path dataDir,
    @DefaultValue EmbeddedPostgres embeddedPostgres,
    @DefaultValue ClinicSettings clinic,
    String adminPassword,
    @DefaultValue ReadYourWrites readYourWrites) {

  /**
   * @param port 0 picks a free port
   * @param durable fsync and synchronous commit on, so an acknowledged booking survives a crash
   */
  public record EmbeddedPostgres(
      @DefaultValue("15432") int port, @DefaultValue("true") boolean durable) {}

  /**
   * @param timeout a write's answer waits at most this long for the read models, then answers
   *     anyway (with a warning in the log)
   */
  public record ReadYourWrites(@DefaultValue("3s") Duration timeout) {}

  public record ClinicSettings(
      @DefaultValue("Needlework Clinic") String name,
      @DefaultValue("America/Los_Angeles") ZoneId zone,
      @DefaultValue("CA") String state) {}
}
