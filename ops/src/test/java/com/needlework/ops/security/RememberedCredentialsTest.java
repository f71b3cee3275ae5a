package com.needlework.ops.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

class RememberedCredentialsTest {

  private final AtomicInteger bcryptChecks = new AtomicInteger();
  private final AtomicLong nanos = new AtomicLong();
  private final AuthenticationProvider bcrypt =
      new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication login) {
          bcryptChecks.incrementAndGet();
          if (!"demo".equals(login.getCredentials())) {
            throw new BadCredentialsException("Bad credentials");
          }
          return UsernamePasswordAuthenticationToken.authenticated(
              login.getName(), null, AuthorityUtils.createAuthorityList("ROLE_FRONT_DESK"));
        }

        @Override
        public boolean supports(Class<?> authentication) {
          return true;
        }
      };
  private final RememberedCredentials logins =
      new RememberedCredentials(bcrypt, Duration.ofMinutes(5), nanos::get);

  private static Authentication login(String password) {
    return UsernamePasswordAuthenticationToken.unauthenticated("frontdesk", password);
  }

  @Test
  void checksARememberedPasswordWithoutBcrypt() {
    Authentication first = logins.authenticate(login("demo"));
    nanos.addAndGet(Duration.ofMinutes(4).toNanos());
    Authentication second = logins.authenticate(login("demo"));

    assertThat(bcryptChecks).hasValue(1);
    assertThat(second.getAuthorities()).isEqualTo(first.getAuthorities());
    assertThat(second.isAuthenticated()).isTrue();
  }

  @Test
  void aWrongPasswordAlwaysGoesToBcryptAndFails() {
    logins.authenticate(login("demo"));

    assertThatThrownBy(() -> logins.authenticate(login("guess")))
        .isInstanceOf(BadCredentialsException.class);
    assertThat(bcryptChecks).hasValue(2);
  }

  @Test
  void forgetsAPasswordAfterFiveMinutes() {
    logins.authenticate(login("demo"));
    nanos.addAndGet(Duration.ofMinutes(5).toNanos());

    logins.authenticate(login("demo"));

    assertThat(bcryptChecks).hasValue(2);
  }

  @Test
  void doesNotRememberAFailedLogin() {
    for (String password : List.of("guess", "guess")) {
      assertThatThrownBy(() -> logins.authenticate(login(password)))
          .isInstanceOf(BadCredentialsException.class);
    }
    assertThat(bcryptChecks).hasValue(2);
  }
}
