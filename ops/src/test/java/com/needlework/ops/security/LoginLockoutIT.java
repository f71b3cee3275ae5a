package com.needlework.ops.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.staff.StaffRole;
import com.needlework.command.staff.StaffAccounts;
import com.needlework.ops.NeedleworkProperties;
import com.needlework.ops.support.ApiTest;
import com.needlework.ops.support.NeedleworkIntegrationTest;
import com.needlework.ops.support.TestApi.Response;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Five wrong passwords in a row lock a staff login for five minutes, the right one included, and
 * say so; a right password starts the count again; a username that is no login locks alike. Each
 * test signs in with a login of its own, never a demo login other tests use.
 */
@NeedleworkIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LoginLockoutIT extends ApiTest {

  private static final String PASSWORD = "right horse battery";
  private static final String WRONG = "wrong horse battery";
  private static final String SIGNED_IN = "/api/payers";

  @Autowired StaffAccounts staff;
  @Autowired NeedleworkProperties properties;

  private String username;
  private Duration lock;

  @BeforeEach
  void aLoginOfItsOwn() {
    username = "lockout-" + UUID.randomUUID().toString().substring(0, 8);
    staff.register(username, "Lockout Tester", Set.of(StaffRole.FRONT_DESK), PASSWORD);
    lock = properties.security().lockout().duration();
  }

  @Test
  void fiveWrongPasswordsInARowLockTheLoginUntilTheLockIsOver(CapturedOutput log) {
    for (int wrong = 1; wrong <= 4; wrong++) {
      assertNotLocked(signIn(username, WRONG));
    }
    assertLocked(signIn(username, WRONG));

    assertLocked(signIn(username, PASSWORD));
    assertThat(log.getOut())
        .contains("Staff login '" + username + "' locked until")
        .doesNotContain(PASSWORD)
        .doesNotContain(WRONG);

    clock.setNow(clock.instant().plus(lock).plusSeconds(1));
    assertThat(signIn(username, PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void aRightPasswordStartsTheCountAgain() {
    for (int wrong = 1; wrong <= 4; wrong++) {
      assertNotLocked(signIn(username, WRONG));
    }
    assertThat(signIn(username, PASSWORD).status()).isEqualTo(200);
    for (int wrong = 1; wrong <= 4; wrong++) {
      assertNotLocked(signIn(username, WRONG));
    }

    assertThat(signIn(username, PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void wrongPasswordsOnceTheLockIsOverCountFromOne() {
    for (int wrong = 1; wrong <= 5; wrong++) {
      signIn(username, WRONG);
    }
    clock.setNow(clock.instant().plus(lock).plusSeconds(1));

    assertNotLocked(signIn(username, WRONG));
    assertThat(signIn(username, PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void wrongPasswordsAsOldAsTheLockAreForgotten() {
    for (int wrong = 1; wrong <= 4; wrong++) {
      signIn(username, WRONG);
    }
    clock.setNow(clock.instant().plus(lock));

    assertNotLocked(signIn(username, WRONG));
    assertThat(signIn(username, PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void aUsernameThatIsNoLoginLocksAlikeAndIsNeverLogged(CapturedOutput log) {
    String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
    for (int wrong = 1; wrong <= 4; wrong++) {
      assertNotLocked(signIn(unknown, WRONG));
    }
    Response fifth = signIn(unknown, WRONG);
    assertLocked(fifth);

    for (int wrong = 1; wrong <= 5; wrong++) {
      signIn(username, WRONG);
    }
    assertThat(signIn(username, PASSWORD).json().get("detail"))
        .isEqualTo(fifth.json().get("detail"));
    assertThat(log.getOut())
        .contains("A username that is no staff login locked until")
        .doesNotContain(unknown);
  }

  @Test
  void countsWhoseLockIsOverAndWhoseLastFailureIsOldAreDeletedAtTheNextFailure() {
    String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
    for (int wrong = 1; wrong <= 5; wrong++) {
      signIn(unknown, WRONG);
    }
    assertThat(countKeptFor(unknown)).isEqualTo(1);

    clock.setNow(clock.instant().plus(lock).plusSeconds(1));
    signIn(username, WRONG);

    assertThat(countKeptFor(unknown)).isZero();
    assertThat(countKeptFor(username)).isEqualTo(1);
  }

  private Response signIn(String user, String password) {
    return api.get(SIGNED_IN, user, password);
  }

  private long countKeptFor(String user) {
    return jdbc.sql("SELECT count(*) FROM staff_login_failure WHERE username = :username")
        .param("username", user)
        .query(Long.class)
        .single();
  }

  private static void assertLocked(Response response) {
    assertThat(response.status()).as(response.text()).isEqualTo(401);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("detail").asText())
        .contains("locked for a few minutes")
        .contains("try again later");
  }

  private static void assertNotLocked(Response response) {
    assertThat(response.status()).as(response.text()).isEqualTo(401);
    assertThat(response.json().get("detail").asText()).doesNotContain("locked");
  }
}
