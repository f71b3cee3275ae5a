package com.needlework.api.insurance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.needlework.api.common.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identifies one authorization. */
public record AuthorizationId(UUID value) {

  public AuthorizationId {
    Objects.requireNonNull(value, "value");
  }

  public static AuthorizationId newId() {
    return new AuthorizationId(UUID.randomUUID());
  }

  @JsonCreator
  public static AuthorizationId parse(String raw) {
    return new AuthorizationId(Ids.uuid(raw, "authorization id"));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
