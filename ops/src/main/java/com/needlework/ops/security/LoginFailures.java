package com.needlework.ops.security;

import com.needlework.ops.NeedleworkProperties;
import com.needlework.ops.NeedleworkProperties.Lockout;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Wrong staff passwords in a row per username, in PostgreSQL so that every node counts the same and
 * a restart forgets nothing. Each change is one statement, so nodes counting at once stay right. A
 * count is forgotten once its lock is over, or once its last failure is as old as the lock's
 * duration; such rows are deleted whenever a failure is recorded.
 */
@Component
class LoginFailures {

  /** A login with failures counted: {@code lockedUntil} is null while it is still open. */
  record Standing(Instant lockedUntil) {

    boolean locked() {
      return lockedUntil != null;
    }
  }

  /** A counted failure; {@code locksNow} for the one that reached the limit. */
  record Failure(int failures, Instant lockedUntil, boolean locksNow) {

    boolean locked() {
      return lockedUntil != null;
    }
  }

  /** The longest username counted as itself; longer ones cannot be staff and share a count. */
  static final int USERNAME_LENGTH = 100;

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Lockout lockout;

  LoginFailures(JdbcClient jdbc, Clock clock, NeedleworkProperties properties) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.lockout = properties.security().lockout();
  }

  /** The login's count, if one is kept for it. */
  Optional<Standing> standing(String username) {
    return jdbc.sql(
            "SELECT CASE WHEN locked_until > :now THEN locked_until END AS locked_until"
                + " FROM staff_login_failure WHERE username = :username")
        .param("username", key(username))
        .param("now", Timestamp.from(clock.instant()))
        .query((rs, row) -> new Standing(instant(rs.getTimestamp("locked_until"))))
        .optional();
  }

  /** Counts one more wrong password for the login, locking it at the limit. */
  Failure record(String username) {
    Instant now = clock.instant();
    Instant forgetBefore = now.minus(lockout.duration());
    jdbc.sql(
            "DELETE FROM staff_login_failure WHERE last_failure <= :forgetBefore"
                + " AND (locked_until IS NULL OR locked_until <= :now)")
        .param("forgetBefore", Timestamp.from(forgetBefore))
        .param("now", Timestamp.from(now))
        .update();
    String over =
        "(staff_login_failure.locked_until <= :now"
            + " OR staff_login_failure.last_failure <= :forgetBefore)";
    String counted = "CASE WHEN " + over + " THEN 1 ELSE staff_login_failure.failures + 1 END";
    return jdbc.sql(
            "INSERT INTO staff_login_failure (username, failures, last_failure, locked_until)"
                + " VALUES (:username, 1, :now,"
                + " CASE WHEN 1 >= :limit THEN CAST(:lockedUntil AS TIMESTAMPTZ) END)"
                + " ON CONFLICT (username) DO UPDATE SET"
                + " failures = "
                + counted
                + ", last_failure = :now, locked_until = CASE"
                + " WHEN staff_login_failure.locked_until > :now"
                + " THEN staff_login_failure.locked_until"
                + " WHEN "
                + counted
                + " >= :limit THEN CAST(:lockedUntil AS TIMESTAMPTZ) END"
                + " RETURNING failures, locked_until")
        .param("username", key(username))
        .param("now", Timestamp.from(now))
        .param("forgetBefore", Timestamp.from(forgetBefore))
        .param("limit", lockout.failures())
        .param("lockedUntil", Timestamp.from(now.plus(lockout.duration())))
        .query(
            (rs, row) -> {
              int failures = rs.getInt("failures");
              return new Failure(
                  failures,
                  instant(rs.getTimestamp("locked_until")),
                  failures == lockout.failures());
            })
        .single();
  }

  /**
   * Whether the username is a staff login. Only the log asks: a username that is not one may be a
   * password typed into the wrong field, so it is never written down.
   */
  boolean isStaff(String username) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM staff_account WHERE username = :username)")
        .param("username", username)
        .query(Boolean.class)
        .single();
  }

  /** A right password: the count starts again. */
  void forget(String username) {
    jdbc.sql("DELETE FROM staff_login_failure WHERE username = :username")
        .param("username", key(username))
        .update();
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static String key(String username) {
    return username.length() <= USERNAME_LENGTH ? username : username.substring(0, USERNAME_LENGTH);
  }
}
