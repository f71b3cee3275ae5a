package com.needlework.api.common;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open interval of time [start, end). */
public record TimeSlot(Instant start, Instant end) {

  public TimeSlot {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw Refusal.invalid("A time slot must end after it starts");
    }
  }

  public static TimeSlot starting(Instant start, Duration length) {
    return new TimeSlot(start, start.plus(length));
  }

  public Duration length() {
    return Duration.between(start, end);
  }

  public boolean overlaps(TimeSlot other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  public TimeSlot extendedBy(Duration extra) {
    return new TimeSlot(start, end.plus(extra));
  }
}
