package com.needlework.api.clinic;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.needlework.api.common.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identifies one time off. */
public record TimeOffId(UUID value) {

  public TimeOffId {
    Objects.requireNonNull(value, "value");
  }

  public static TimeOffId newId() {
    return new TimeOffId(UUID.randomUUID());
  }

  @JsonCreator
  public static TimeOffId parse(String raw) {
    return new TimeOffId(Ids.uuid(raw, "time off id"));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
