package com.needlework.api.billing;

/** Billing rules a request can break; each name is the {@code rule} of a 422 answer. */
public enum BillingRule {
  NO_FEE_FOR_CODE,
  NOTHING_TO_PAY,
  REFUND_ABOVE_PAYMENT,
  UNKNOWN_INVOICE,
  INVOICE_NOT_OPEN
}
