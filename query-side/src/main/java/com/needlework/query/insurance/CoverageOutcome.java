package com.needlework.query.insurance;

/**
 * A coverage's last word on a completed covered visit: it used a visit, gave it back when the
 * completion was reversed, or could not pay it.
 */
enum CoverageOutcome {
  USED,
  RETURNED,
  NEEDS_ATTENTION,
  NOT_BILLED
}
