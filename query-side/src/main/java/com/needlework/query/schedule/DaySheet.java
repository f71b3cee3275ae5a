package com.needlework.query.schedule;

import com.needlework.api.scheduling.VisitStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The front desk's day: who is expected, who is late, who is in, who was seen, who did not come and
 * what was cancelled.
 */
public record DaySheet(
    LocalDate date,
    ZoneId zone,
    OffsetDateTime asOf,
    List<VisitView> expected,
    List<VisitView> late,
    List<VisitView> checkedIn,
    List<VisitView> completed,
    List<VisitView> noShows,
    List<VisitView> cancelled) {

  enum Section {
    EXPECTED,
    LATE,
    CHECKED_IN,
    COMPLETED,
    NO_SHOW,
    CANCELLED
  }

  /** A booked visit whose start has passed without a check-in is late. */
  static Section sectionOf(VisitStatus status, Instant start, Instant now) {
    return switch (status) {
      case BOOKED -> start.isBefore(now) ? Section.LATE : Section.EXPECTED;
      case ARRIVED -> Section.CHECKED_IN;
      case FULFILLED -> Section.COMPLETED;
      case NOSHOW -> Section.NO_SHOW;
      case CANCELLED -> Section.CANCELLED;
    };
  }

  static DaySheet of(LocalDate date, ZoneId zone, Instant now, List<VisitView> visits) {
    return new DaySheet(
        date,
        zone,
        VisitView.local(now, zone),
        in(Section.EXPECTED, visits, now),
        in(Section.LATE, visits, now),
        in(Section.CHECKED_IN, visits, now),
        in(Section.COMPLETED, visits, now),
        in(Section.NO_SHOW, visits, now),
        in(Section.CANCELLED, visits, now));
  }

  private static List<VisitView> in(Section section, List<VisitView> visits, Instant now) {
    return visits.stream()
        .filter(visit -> sectionOf(visit.status(), visit.start().toInstant(), now) == section)
        .toList();
  }
}
