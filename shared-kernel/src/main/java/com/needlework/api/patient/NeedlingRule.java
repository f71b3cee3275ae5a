package com.needlework.api.patient;

/** The safety rules that gate a needling session; each name is the {@code rule} of a 422. */
public enum NeedlingRule {
  EVALUATION_REQUIRED,
  PLAN_OF_CARE_EXPIRED,
  PLAN_OF_CARE_EXHAUSTED,
  CONTRAINDICATION_OPEN,
  PRACTITIONER_NOT_CREDENTIALED
}
