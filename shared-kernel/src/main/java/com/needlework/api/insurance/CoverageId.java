package com.needlework.api.insurance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.needlework.api.common.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identifies one coverage. */
public record CoverageId(UUID value) {

  public CoverageId {
    Objects.requireNonNull(value, "value");
  }

  public static CoverageId newId() {
    return new CoverageId(UUID.randomUUID());
  }

  @JsonCreator
  public static CoverageId parse(String raw) {
    return new CoverageId(Ids.uuid(raw, "coverage id"));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
