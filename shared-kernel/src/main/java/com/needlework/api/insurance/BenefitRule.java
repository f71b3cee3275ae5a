package com.needlework.api.insurance;

/** Why a coverage cannot pay for a visit as booked; each name is the {@code rule} of a 422. */
public enum BenefitRule {
  BENEFIT_VISITS_EXHAUSTED,
  AUTHORIZATION_EXPIRED,
  AUTHORIZATION_EXHAUSTED,
  ABN_REQUIRED
}
