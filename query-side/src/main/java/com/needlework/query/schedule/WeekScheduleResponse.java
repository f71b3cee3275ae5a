package com.needlework.query.schedule;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Seven clinic-local days from {@code start} to {@code end} (inclusive). Each day shows where it
 * starts and ends, so a 23- or 25-hour day at a daylight-saving change is visible as such.
 */
public record WeekScheduleResponse(LocalDate start, LocalDate end, ZoneId zone, List<Day> days) {

  public record Day(
      LocalDate date, OffsetDateTime startsAt, OffsetDateTime endsAt, List<VisitView> visits) {}

  /** Places each visit on the clinic-local day it starts on. */
  static WeekScheduleResponse of(List<ClinicDay> week, ZoneId zone, List<VisitView> visits) {
    List<Day> days =
        week.stream()
            .map(
                day ->
                    new Day(
                        day.date(),
                        day.start().toOffsetDateTime(),
                        day.end().toOffsetDateTime(),
                        visits.stream()
                            .filter(visit -> day.contains(visit.start().toInstant()))
                            .toList()))
            .toList();
    return new WeekScheduleResponse(
        week.get(0).date(), week.get(week.size() - 1).date(), zone, days);
  }
}
