package com.needlework.api.prospect;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.needlework.api.common.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identifies one prospect. */
public record ProspectId(UUID value) {

  public ProspectId {
    Objects.requireNonNull(value, "value");
  }

  public static ProspectId newId() {
    return new ProspectId(UUID.randomUUID());
  }

  @JsonCreator
  public static ProspectId parse(String raw) {
    return new ProspectId(Ids.uuid(raw, "prospect id"));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
