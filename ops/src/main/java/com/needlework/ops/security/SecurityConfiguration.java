package com.needlework.ops.security;

import com.needlework.api.staff.StaffRole;
import java.time.Duration;
import java.util.Arrays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The API is stateless (HTTP Basic, no session, so no CSRF exposure); pages use a form login with
 * CSRF protection. Public: availability, discovery-call booking and the booking page.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  private static final String[] ALL_STAFF =
      Arrays.stream(StaffRole.values()).map(Enum::name).toArray(String[]::new);
  private static final String[] SCHEDULERS = {
    StaffRole.FRONT_DESK.name(), StaffRole.CLINICIAN.name(), StaffRole.ADMIN.name()
  };
  private static final String[] TREATING = {StaffRole.CLINICIAN.name(), StaffRole.ADMIN.name()};
  private static final String[] COVERAGE_KEEPERS = {
    StaffRole.FRONT_DESK.name(), StaffRole.BILLING.name(), StaffRole.ADMIN.name()
  };
  private static final String[] CASHIERS = {
    StaffRole.FRONT_DESK.name(), StaffRole.BILLING.name(), StaffRole.ADMIN.name()
  };
  private static final String[] BOOKKEEPERS = {StaffRole.BILLING.name(), StaffRole.ADMIN.name()};
  private static final String CLINICIAN = StaffRole.CLINICIAN.name();
  private static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
  private static final String ADMIN = StaffRole.ADMIN.name();

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /**
   * Staff sign in against the staff directory; a checked password is remembered briefly; too many
   * wrong ones in a row lock the login for a while.
   */
  @Bean
  AuthenticationProvider staffLogins(
      UserDetailsService staff, PasswordEncoder passwords, LoginFailures failures) {
    DaoAuthenticationProvider bcrypt = new DaoAuthenticationProvider(staff);
    bcrypt.setPasswordEncoder(passwords);
    return new LoginLockout(
        new RememberedCredentials(bcrypt, Duration.ofMinutes(5), System::nanoTime), failures);
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, ProblemResponses problems) throws Exception {
    return http.securityMatcher("/api/**")
        .csrf(csrf -> csrf.disable())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(HttpMethod.GET, "/api/availability")
                    .permitAll()
                    .requestMatchers(HttpMethod.POST, "/api/discovery-calls")
                    .permitAll()
                    .requestMatchers("/api/admin/**")
                    .hasRole(ADMIN)
                    .requestMatchers(HttpMethod.POST, "/api/visits/*/charge-preview")
                    .hasAnyRole(ALL_STAFF)
                    .requestMatchers(
                        HttpMethod.POST, "/api/patients/*/payments", "/api/patients/*/fees/*/waive")
                    .hasAnyRole(CASHIERS)
                    .requestMatchers(
                        HttpMethod.POST, "/api/payments/*/refund", "/api/patients/*/adjustments")
                    .hasAnyRole(BOOKKEEPERS)
                    .requestMatchers(
                        HttpMethod.POST,
                        "/api/visits/*/complete",
                        "/api/visits/*/reverse-completion")
                    .hasAnyRole(TREATING)
                    .requestMatchers(
                        HttpMethod.PUT, "/api/patients/*/screening", "/api/patients/*/plan-of-care")
                    .hasRole(CLINICIAN)
                    .requestMatchers(HttpMethod.POST, "/api/patients/*/contraindication-overrides")
                    .hasRole(CLINICIAN)
                    .requestMatchers(HttpMethod.POST, "/api/patients/*/abn")
                    .hasAnyRole(SCHEDULERS)
                    .requestMatchers(
                        HttpMethod.PUT,
                        "/api/practitioners/*/credentials",
                        "/api/practitioners/*/npi",
                        "/api/clinic/**",
                        "/api/fee-schedule/*")
                    .hasRole(ADMIN)
                    .requestMatchers(
                        HttpMethod.POST, "/api/practitioners", "/api/rooms", "/api/payers")
                    .hasRole(ADMIN)
                    .requestMatchers(
                        HttpMethod.POST, "/api/patients/*/coverages", "/api/coverages/**")
                    .hasAnyRole(COVERAGE_KEEPERS)
                    .requestMatchers(HttpMethod.PUT, "/api/coverages/*")
                    .hasAnyRole(COVERAGE_KEEPERS)
                    .requestMatchers(HttpMethod.POST, "/api/practitioners/*/time-off")
                    .hasAnyRole(StaffRole.FRONT_DESK.name(), ADMIN)
                    .requestMatchers(
                        HttpMethod.POST,
                        "/api/visits/**",
                        "/api/patients",
                        "/api/prospects/*/convert",
                        "/api/evaluations",
                        "/api/needling-sessions",
                        "/api/needling-series",
                        "/api/waitlist",
                        "/api/waitlist/**")
                    .hasAnyRole(SCHEDULERS)
                    .requestMatchers(HttpMethod.GET, "/api/**")
                    .hasAnyRole(ALL_STAFF)
                    .anyRequest()
                    .denyAll())
        .httpBasic(basic -> basic.authenticationEntryPoint(problems))
        .exceptionHandling(
            handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .build();
  }

  /**
   * Pages: a form sign-in with a session (cookie HttpOnly, SameSite=Lax), CSRF on every form and
   * htmx request, signed out after {@code needlework.staff.idle-timeout} idle ({@link
   * IdleSignOut}); a Content-Security-Policy that allows no inline script or style.
   */
  @Bean
  @Order(2)
  SecurityFilterChain pages(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        "/",
                        "/book",
                        "/book/**",
                        "/login",
                        "/css/**",
                        "/js/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/error",
                        "/actuator/health",
                        "/actuator/health/**",
                        "/v3/api-docs",
                        "/v3/api-docs/**",
                        "/swagger-ui.html",
                        "/swagger-ui/**")
                    .permitAll()
                    .requestMatchers("/staff/admin", "/staff/admin/**")
                    .hasRole(ADMIN)
                    .requestMatchers("/staff/clinic", "/staff/clinic/**")
                    .hasAnyRole(TREATING)
                    .requestMatchers("/staff/billing/bookkeeping/**")
                    .hasAnyRole(BOOKKEEPERS)
                    .requestMatchers("/staff/billing", "/staff/billing/**")
                    .hasAnyRole(CASHIERS)
                    .requestMatchers("/staff/desk/**", "/staff/waitlist", "/staff/waitlist/**")
                    .hasAnyRole(SCHEDULERS)
                    .anyRequest()
                    .hasAnyRole(ALL_STAFF))
        .formLogin(
            login ->
                login
                    .loginPage("/login")
                    .defaultSuccessUrl("/staff", true)
                    .failureUrl("/login?error"))
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
        .sessionManagement(session -> session.sessionFixation().changeSessionId())
        .exceptionHandling(
            handling ->
                handling
                    .accessDeniedPage("/staff/forbidden")
                    .authenticationEntryPoint(new SignInFirst()))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .frameOptions(frame -> frame.deny()))
        .build();
  }
}
