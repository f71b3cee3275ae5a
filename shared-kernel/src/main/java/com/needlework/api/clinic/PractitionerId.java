package com.needlework.api.clinic;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.needlework.api.common.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identifies one practitioner. */
public record PractitionerId(UUID value) {

  public PractitionerId {
    Objects.requireNonNull(value, "value");
  }

  public static PractitionerId newId() {
    return new PractitionerId(UUID.randomUUID());
  }

  @JsonCreator
  public static PractitionerId parse(String raw) {
    return new PractitionerId(Ids.uuid(raw, "practitioner id"));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
