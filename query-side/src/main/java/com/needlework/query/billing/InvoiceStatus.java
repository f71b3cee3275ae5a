package com.needlework.query.billing;

import com.needlework.api.common.Money;

/** Where an invoice stands: nothing paid yet, part of it, all of it, or void. */
public enum InvoiceStatus {
  OPEN,
  PARTLY_PAID,
  PAID,
  VOID;

  static InvoiceStatus of(Money amount, Money paid, boolean voided) {
    if (voided) {
      return VOID;
    }
    if (paid.compareTo(amount) >= 0) {
      return PAID;
    }
    return paid.compareTo(Money.ZERO) > 0 ? PARTLY_PAID : OPEN;
  }
}
