package com.needlework.api.billing;

/** How a patient paid. */
public enum PaymentMethod {
  CASH,
  CARD,
  CHECK
}
