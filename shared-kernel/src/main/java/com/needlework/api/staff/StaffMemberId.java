package com.needlework.api.staff;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.needlework.api.common.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identifies one staff member. */
public record StaffMemberId(UUID value) {

  public StaffMemberId {
    Objects.requireNonNull(value, "value");
  }

  public static StaffMemberId newId() {
    return new StaffMemberId(UUID.randomUUID());
  }

  @JsonCreator
  public static StaffMemberId parse(String raw) {
    return new StaffMemberId(Ids.uuid(raw, "staff member id"));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
