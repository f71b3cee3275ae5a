package com.needlework.api.insurance;

/** How a visit is paid for: by the coverage, by the patient, or not settled yet. */
public enum CoverageStatus {
  COVERED,
  SELF_PAY,
  NEEDS_ATTENTION
}
