package com.needlework.api.clinic;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.needlework.api.common.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identifies one clinic. */
public record ClinicId(UUID value) {

  public ClinicId {
    Objects.requireNonNull(value, "value");
  }

  public static ClinicId newId() {
    return new ClinicId(UUID.randomUUID());
  }

  @JsonCreator
  public static ClinicId parse(String raw) {
    return new ClinicId(Ids.uuid(raw, "clinic id"));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
