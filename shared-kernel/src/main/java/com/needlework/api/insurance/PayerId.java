package com.needlework.api.insurance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.needlework.api.common.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identifies one payer. */
public record PayerId(UUID value) {

  public PayerId {
    Objects.requireNonNull(value, "value");
  }

  public static PayerId newId() {
    return new PayerId(UUID.randomUUID());
  }

  @JsonCreator
  public static PayerId parse(String raw) {
    return new PayerId(Ids.uuid(raw, "payer id"));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
