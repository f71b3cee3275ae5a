package com.needlework.api.clinic;

import com.needlework.api.common.Refusal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** A stretch of clinic-local time on one weekday when a practitioner sees patients. */
public record WorkingPeriod(DayOfWeek day, LocalTime start, LocalTime end) {

  public WorkingPeriod {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw Refusal.invalid(
          "A working period on " + day + " must end after it starts (" + start + "-" + end + ")");
    }
  }

  boolean overlaps(WorkingPeriod other) {
    return day == other.day && start.isBefore(other.end) && other.start.isBefore(end);
  }

  boolean contains(LocalTime from, LocalTime to) {
    return !from.isBefore(start) && !to.isAfter(end) && from.isBefore(to);
  }
}
