package com.needlework.api.common;

import java.time.LocalDate;
import java.util.Objects;

/** The days from {@code start} to {@code end}, both included. */
public record DateRange(LocalDate start, LocalDate end) {

  public DateRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw Refusal.invalid("A date range ends (" + end + ") before it starts (" + start + ")");
    }
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }
}
