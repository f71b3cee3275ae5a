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
 * @param security how staff sign-ins are guarded
 */
@ConfigurationProperties("needlework")
public record NeedleworkProperties(
    @DefaultValue("true") boolean demo,
    @DefaultValue("./data/postgres") Path dataDir,
    @DefaultValue EmbeddedPostgres embeddedPostgres,
    @DefaultValue ClinicSettings clinic,
    String adminPassword,
    @DefaultValue ReadYourWrites readYourWrites,
    @DefaultValue Security security) {

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

  /**
   * @param lockout when wrong passwords lock a staff login
   */
  public record Security(@DefaultValue Lockout lockout) {}

  /**
   * @param failures this many wrong passwords in a row lock a login
   * @param duration for this long; a count is also forgotten this long after its last failure
   */
  public record Lockout(@DefaultValue("5") int failures, @DefaultValue("5m") Duration duration) {

    public Lockout {
      if (failures < 1) {
        throw new IllegalArgumentException(
            "needlework.security.lockout.failures is at least 1, not " + failures);
      }
      if (duration == null || duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(
            "needlework.security.lockout.duration is positive, not " + duration);
      }
    }
  }

  public record ClinicSettings(
      @DefaultValue("Needlework Clinic") String name,
      @DefaultValue("America/Los_Angeles") ZoneId zone,
      @DefaultValue("CA") String state) {}
}
