package com.needlework.api.clinic;

import com.needlework.api.common.Refusal;
import java.time.Duration;
import java.util.Objects;

/** How long a visit type lasts, what it needs and who may book it. */
public record VisitTypeSettings(
    VisitType type,
    Duration length,
    Duration bufferAfter,
    VisitLocation location,
    boolean publiclyBookable) {

  public VisitTypeSettings {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(location, "location");
    if (length == null || length.isNegative() || length.isZero() || length.toHours() > 8) {
      throw Refusal.invalid("A visit type lasts between 1 minute and 8 hours");
    }
    bufferAfter = bufferAfter == null ? Duration.ZERO : bufferAfter;
    if (bufferAfter.isNegative()) {
      throw Refusal.invalid("A buffer after a visit cannot be negative");
    }
  }

  public boolean needsRoom() {
    return location == VisitLocation.TREATMENT_ROOM;
  }
}
