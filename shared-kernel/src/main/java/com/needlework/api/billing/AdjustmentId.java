package com.needlework.api.billing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.needlework.api.common.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identifies one adjustment. */
public record AdjustmentId(UUID value) {

  public AdjustmentId {
    Objects.requireNonNull(value, "value");
  }

  public static AdjustmentId newId() {
    return new AdjustmentId(UUID.randomUUID());
  }

  @JsonCreator
  public static AdjustmentId parse(String raw) {
    return new AdjustmentId(Ids.uuid(raw, "adjustment id"));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
