package com.needlework.api.clinic;

import com.needlework.api.common.Refusal;
import com.needlework.api.common.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A practitioner's recurring week in clinic-local time. Slots are computed per local date, so a
 * week that crosses a daylight-saving change keeps its local hours.
 */
public record WeeklyHours(List<WorkingPeriod> periods) {

  public WeeklyHours {
    periods =
        List.copyOf(periods == null ? List.of() : periods).stream()
            .sorted(Comparator.comparing(WorkingPeriod::day).thenComparing(WorkingPeriod::start))
            .toList();
    for (int i = 1; i < periods.size(); i++) {
      if (periods.get(i - 1).overlaps(periods.get(i))) {
        throw Refusal.invalid(
            "Working periods overlap on "
                + periods.get(i).day()
                + ": "
                + periods.get(i - 1)
                + " and "
                + periods.get(i));
      }
    }
  }

  /** Whether the slot lies inside one working period of its local date. */
  public boolean covers(TimeSlot slot, ZoneId zone) {
    LocalDateTime from = LocalDateTime.ofInstant(slot.start(), zone);
    LocalDateTime to = LocalDateTime.ofInstant(slot.end(), zone);
    if (!from.toLocalDate().equals(to.toLocalDate())) {
      return false;
    }
    LocalTime fromTime = from.toLocalTime();
    LocalTime toTime = to.toLocalTime();
    return periods.stream()
        .anyMatch(p -> p.day() == from.getDayOfWeek() && p.contains(fromTime, toTime));
  }

  /**
   * Every start on the given local date where a visit of the given length fits a working period,
   * stepping from each period's start.
   */
  public List<Instant> slotStarts(LocalDate date, ZoneId zone, Duration length, Duration step) {
    List<Instant> starts = new ArrayList<>();
    for (WorkingPeriod period : periods) {
      if (period.day() != date.getDayOfWeek()) {
        continue;
      }
      ZonedDateTime periodEnd = ZonedDateTime.of(date, period.end(), zone);
      ZonedDateTime candidate = ZonedDateTime.of(date, period.start(), zone);
      while (!candidate.plus(length).isAfter(periodEnd)) {
        starts.add(candidate.toInstant());
        candidate = candidate.plus(step);
      }
    }
    return starts;
  }

  /** Whether {@code start} is one of the starts {@link #slotStarts} offers on its local date. */
  public boolean isSlotStart(Instant start, ZoneId zone, Duration length, Duration step) {
    LocalDate date = LocalDate.ofInstant(start, zone);
    return slotStarts(date, zone, length, step).contains(start);
  }
}
