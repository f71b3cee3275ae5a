package com.needlework.ops.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Checks a staff password with bcrypt once, then for a few minutes against a keyed hash kept only
 * in this process's memory (the key is random per start), so a script sending HTTP Basic on every
 * request does not pay bcrypt's ~90 ms each time. A wrong password always goes to bcrypt. Role
 * changes reach a remembered login within {@code remembered}.
 */
class RememberedCredentials implements AuthenticationProvider {

  private record Remembered(byte[] fingerprint, Authentication authentication, long until) {}

  private final AuthenticationProvider checker;
  private final Duration remembered;
  private final LongSupplier nanoTime;
  private final SecretKeySpec key;
  private final Map<String, Remembered> logins = new ConcurrentHashMap<>();

  RememberedCredentials(
      AuthenticationProvider checker, Duration remembered, LongSupplier nanoTime) {
    this.checker = checker;
    this.remembered = remembered;
    this.nanoTime = nanoTime;
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  @Override
  public Authentication authenticate(Authentication login) {
    String username = login.getName();
    byte[] fingerprint = fingerprint(username, String.valueOf(login.getCredentials()));
    Remembered known = logins.get(username);
    long now = nanoTime.getAsLong();
    if (known != null
        && now - known.until() < 0
        && MessageDigest.isEqual(known.fingerprint(), fingerprint)) {
      return known.authentication();
    }
    Authentication checked = checker.authenticate(login);
    if (checked != null && checked.isAuthenticated()) {
      logins.put(username, new Remembered(fingerprint, checked, now + remembered.toNanos()));
    }
    return checked;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  private byte[] fingerprint(String username, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal((username + '\0' + password).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException unavailable) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", unavailable);
    }
  }
}
