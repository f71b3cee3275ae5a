package com.needlework.api.billing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.needlework.api.common.Ids;
import com.needlework.api.scheduling.VisitId;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** Identifies one fee. */
public record FeeId(UUID value) {

  public FeeId {
    Objects.requireNonNull(value, "value");
  }

  /** A visit's one fee of a kind; derived, so charging it twice finds the first. */
  public static FeeId of(VisitId visit, FeeKind kind) {
    return new FeeId(
        UUID.nameUUIDFromBytes(
            ("fee:" + kind + ":" + visit.value()).getBytes(StandardCharsets.UTF_8)));
  }

  @JsonCreator
  public static FeeId parse(String raw) {
    return new FeeId(Ids.uuid(raw, "fee id"));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
