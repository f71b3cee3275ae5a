package com.needlework.api.billing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.needlework.api.common.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identifies one payment. */
public record PaymentId(UUID value) {

  public PaymentId {
    Objects.requireNonNull(value, "value");
  }

  public static PaymentId newId() {
    return new PaymentId(UUID.randomUUID());
  }

  @JsonCreator
  public static PaymentId parse(String raw) {
    return new PaymentId(Ids.uuid(raw, "payment id"));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
