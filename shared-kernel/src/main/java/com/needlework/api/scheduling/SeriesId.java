package com.needlework.api.scheduling;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.needlework.api.common.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identifies one series. */
public record SeriesId(UUID value) {

  public SeriesId {
    Objects.requireNonNull(value, "value");
  }

  public static SeriesId newId() {
    return new SeriesId(UUID.randomUUID());
  }

  @JsonCreator
  public static SeriesId parse(String raw) {
    return new SeriesId(Ids.uuid(raw, "series id"));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
