package com.needlework.api.patient;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.needlework.api.common.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identifies one patient. */
public record PatientId(UUID value) {

  public PatientId {
    Objects.requireNonNull(value, "value");
  }

  public static PatientId newId() {
    return new PatientId(UUID.randomUUID());
  }

  @JsonCreator
  public static PatientId parse(String raw) {
    return new PatientId(Ids.uuid(raw, "patient id"));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
