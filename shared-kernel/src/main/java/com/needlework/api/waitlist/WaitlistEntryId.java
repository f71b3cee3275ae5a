package com.needlework.api.waitlist;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.needlework.api.common.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identifies one waitlist entry. */
public record WaitlistEntryId(UUID value) {

  public WaitlistEntryId {
    Objects.requireNonNull(value, "value");
  }

  public static WaitlistEntryId newId() {
    return new WaitlistEntryId(UUID.randomUUID());
  }

  @JsonCreator
  public static WaitlistEntryId parse(String raw) {
    return new WaitlistEntryId(Ids.uuid(raw, "waitlist entry id"));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
