package com.needlework.command.billing;

import com.needlework.api.billing.AdjustmentId;
import com.needlework.api.billing.IdempotencyKey;
import com.needlework.api.billing.PaymentId;
import com.needlework.api.patient.PatientId;
import java.util.UUID;

/**
 * The id of a payment or an adjustment: a new one for each request without an {@code
 * Idempotency-Key}; with one, the same id for every retry of it, so it posts once.
 */
public final class PostedIds {

  private PostedIds() {}

  public static PaymentId payment(String key, PatientId patientId) {
    return new PaymentId(of(key, "payment", patientId));
  }

  public static AdjustmentId adjustment(String key, PatientId patientId) {
    return new AdjustmentId(of(key, "adjustment", patientId));
  }

  private static UUID of(String key, String kind, PatientId patientId) {
    return key == null ? UUID.randomUUID() : new IdempotencyKey(key).idOf(kind, patientId);
  }
}
