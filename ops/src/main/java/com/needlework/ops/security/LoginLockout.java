package com.needlework.ops.security;

import com.needlework.ops.security.LoginFailures.Failure;
import com.needlework.ops.security.LoginFailures.Standing;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;

/**
 * Locks a staff login after too many wrong passwords in a row (needlework.security.lockout): while
 * locked, even the right password is refused, without being checked. Usernames that do not exist
 * are counted and locked alike, so neither the answers nor their timing tell which logins exist. A
 * right password starts the count again.
 */
class LoginLockout implements AuthenticationProvider {

  /** What a locked login is told; the same whether the username exists or not. */
  static final String LOCKED =
      "This login is locked for a few minutes after too many wrong passwords in a row;"
          + " try again later";

  private static final Logger log = LoggerFactory.getLogger(LoginLockout.class);

  private final AuthenticationProvider checker;
  private final LoginFailures failures;

  LoginLockout(AuthenticationProvider checker, LoginFailures failures) {
    this.checker = checker;
    this.failures = failures;
  }

  @Override
  public Authentication authenticate(Authentication login) {
    String username = login.getName();
    Optional<Standing> standing = failures.standing(username);
    if (standing.filter(Standing::locked).isPresent()) {
      throw new LockedException(LOCKED);
    }
    Authentication checked;
    try {
      checked = checker.authenticate(login);
    } catch (BadCredentialsException wrong) {
      Failure failure = failures.record(username);
      if (failure.locksNow()) {
        logLocked(username, failure);
      }
      if (failure.locked()) {
        throw new LockedException(LOCKED, wrong);
      }
      throw wrong;
    }
    if (checked != null && checked.isAuthenticated() && standing.isPresent()) {
      failures.forget(username);
    }
    return checked;
  }

  private void logLocked(String username, Failure failure) {
    if (failures.isStaff(username)) {
      log.warn(
          "Staff login '{}' locked until {} after {} wrong passwords in a row",
          username,
          failure.lockedUntil(),
          failure.failures());
    } else {
      log.warn(
          "A username that is no staff login locked until {} after {} wrong passwords in a row",
          failure.lockedUntil(),
          failure.failures());
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return checker.supports(authentication);
  }
}
