package com.needlework.query.insurance;

/** What a durable deadline raised an alert about. */
enum AlertKind {
  BENEFIT_PERIOD_ENDED,
  AUTHORIZATION_EXPIRING,
  AUTHORIZATION_EXPIRED,
  PLAN_OF_CARE_ENDING_SOON
}
