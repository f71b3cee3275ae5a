package com.needlework.api.billing;

/** What lowers what a patient owes besides a payment. */
public enum AdjustmentKind {
  /** Given up as uncollectable or by courtesy. */
  WRITE_OFF,
  /** A correction in the patient's favour. */
  ADJUSTMENT
}
