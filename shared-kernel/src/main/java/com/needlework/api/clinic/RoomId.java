package com.needlework.api.clinic;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.needlework.api.common.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identifies one room. */
public record RoomId(UUID value) {

  public RoomId {
    Objects.requireNonNull(value, "value");
  }

  public static RoomId newId() {
    return new RoomId(UUID.randomUUID());
  }

  @JsonCreator
  public static RoomId parse(String raw) {
    return new RoomId(Ids.uuid(raw, "room id"));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
