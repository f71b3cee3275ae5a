package com.needlework.command.insurance;

import com.needlework.api.insurance.AuthorizationId;
import java.time.LocalDate;

/**
 * The durable deadlines a coverage schedules. Their names and payload records are stored with each
 * scheduled deadline: renaming them breaks deadlines already scheduled.
 */
final class BenefitDeadlines {

  static final String PERIOD_END = "benefit-period-end";
  static final String AUTHORIZATION_EXPIRING = "authorization-expiring";
  static final String AUTHORIZATION_EXPIRED = "authorization-expired";

  /** The benefit period that starts on {@code periodStart} has ended. */
  record PeriodEnd(LocalDate periodStart) {}

  /** An authorization reached a deadline: soon to expire, or expired. */
  record AuthorizationDeadline(AuthorizationId authorizationId) {}

  private BenefitDeadlines() {}
}
