package com.needlework.api.waitlist;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.common.Refusal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a waiting patient could come: weekdays, a clinic-local time window, maybe a practitioner.
 */
public record WaitlistPreferences(
    Set<DayOfWeek> days, LocalTime from, LocalTime to, PractitionerId practitionerId) {

  public WaitlistPreferences {
    if (days == null || days.isEmpty()) {
      throw Refusal.invalid("Name at least one preferred day");
    }
    days = Set.copyOf(EnumSet.copyOf(days));
    from = from == null ? LocalTime.MIN : from;
    to = to == null ? LocalTime.MAX : to;
    if (!to.isAfter(from)) {
      throw Refusal.invalid("The preferred times must end after they start");
    }
  }

  /** Whether a visit on this weekday, from {@code start} to {@code end} local time, suits. */
  public boolean suits(DayOfWeek day, LocalTime start, LocalTime end, PractitionerId practitioner) {
    return days.contains(day)
        && !start.isBefore(from)
        && !end.isAfter(to)
        && (practitionerId == null || practitionerId.equals(practitioner));
  }
}
