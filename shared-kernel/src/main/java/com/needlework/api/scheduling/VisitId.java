package com.needlework.api.scheduling;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.needlework.api.common.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identifies one visit. */
public record VisitId(UUID value) {

  public VisitId {
    Objects.requireNonNull(value, "value");
  }

  public static VisitId newId() {
    return new VisitId(UUID.randomUUID());
  }

  @JsonCreator
  public static VisitId parse(String raw) {
    return new VisitId(Ids.uuid(raw, "visit id"));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
