package com.needlework.query.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One clinic-local day: [00:00, next day's 00:00) in the clinic's zone, which lasts 23 or 25 hours
 * on the days the clocks change.
 */
record ClinicDay(LocalDate date, ZonedDateTime start, ZonedDateTime end) {

  static final int DAYS_IN_WEEK = 7;

  static ClinicDay of(LocalDate date, ZoneId zone) {
    return new ClinicDay(date, date.atStartOfDay(zone), date.plusDays(1).atStartOfDay(zone));
  }

  static List<ClinicDay> week(LocalDate first, ZoneId zone) {
    return IntStream.range(0, DAYS_IN_WEEK).mapToObj(i -> of(first.plusDays(i), zone)).toList();
  }

  boolean contains(Instant instant) {
    return !instant.isBefore(start.toInstant()) && instant.isBefore(end.toInstant());
  }
}
