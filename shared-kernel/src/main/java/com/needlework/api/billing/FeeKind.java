package com.needlework.api.billing;

/** The clinic's policy fees. */
public enum FeeKind {
  LATE_CANCELLATION,
  NO_SHOW
}
