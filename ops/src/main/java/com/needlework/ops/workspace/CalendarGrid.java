package com.needlework.ops.workspace;

import com.needlework.api.common.TimeSlot;
import com.needlework.query.clinic.ClinicRecords.TimeOffView;
import com.needlework.query.schedule.DayScheduleResponse;
import com.needlework.query.schedule.VisitView;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A clinic day laid out for the screen: one column per practitioner, rows of 15 minutes from {@link
 * #OPENS} to {@link #CLOSES} clinic-local time, each visit and each stretch of time off as a block
 * placed by its first row and how many rows it spans, and the "now" line on today's grid.
 */
public record CalendarGrid(
    LocalDate date, List<String> hours, List<Column> columns, Optional<Integer> nowRow) {

  static final LocalTime OPENS = LocalTime.of(7, 0);
  static final LocalTime CLOSES = LocalTime.of(19, 0);
  static final Duration ROW = Duration.ofMinutes(15);
  static final int ROWS = (int) (Duration.between(OPENS, CLOSES).toMinutes() / ROW.toMinutes());
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

  /** One practitioner's day. */
  public record Column(String practitionerId, String name, List<Block> visits, List<Block> away) {}

  /**
   * A visit or a stretch of time off: rows are 1-based, {@code span} at least 1. {@code status} and
   * {@code coverage} are also said in words, never only by colour.
   */
  public record Block(
      String visitId,
      String who,
      String what,
      String room,
      String status,
      String coverage,
      String time,
      int row,
      int span) {}

  static CalendarGrid of(
      DayScheduleResponse day, List<TimeOffView> timeOff, Instant now, ZoneId zone) {
    List<Column> columns = new ArrayList<>();
    for (DayScheduleResponse.PractitionerDay practitioner : day.practitioners()) {
      List<Block> visits =
          practitioner.visits().stream()
              .filter(visit -> !"CANCELLED".equals(visit.status().name()))
              .map(visit -> visitBlock(visit, day.date(), zone))
              .toList();
      List<Block> away =
          timeOff.stream()
              .filter(off -> off.practitionerId().equals(practitioner.practitionerId()))
              .map(off -> awayBlock(off.period(), day.date(), zone))
              .flatMap(Optional::stream)
              .toList();
      columns.add(
          new Column(
              practitioner.practitionerId().toString(),
              practitioner.practitionerName(),
              visits,
              away));
    }
    List<String> hours = new ArrayList<>();
    for (LocalTime hour = OPENS; hour.isBefore(CLOSES); hour = hour.plusHours(1)) {
      hours.add(hour.format(CLOCK));
    }
    Optional<Integer> nowRow =
        LocalDate.ofInstant(now, zone).equals(day.date())
            ? rowOf(LocalTime.ofInstant(now, zone)).filter(row -> row <= ROWS)
            : Optional.empty();
    return new CalendarGrid(day.date(), hours, columns, nowRow);
  }

  private static Block visitBlock(VisitView visit, LocalDate date, ZoneId zone) {
    LocalTime start = visit.start().atZoneSameInstant(zone).toLocalTime();
    LocalTime end = visit.end().atZoneSameInstant(zone).toLocalTime();
    int row = clampedRow(start);
    int last = clampedRow(end.minusNanos(1));
    return new Block(
        visit.visitId().toString(),
        visit.attendee() == null ? "" : visit.attendee().name(),
        Labels.visitType(visit.visitType()),
        visit.roomName() == null ? "" : visit.roomName(),
        Labels.status(visit.status(), visit.lateCancellation()),
        visit.coverageStatus() == null ? "" : Labels.coverage(visit.coverageStatus()),
        start.format(CLOCK) + " – " + end.format(CLOCK),
        row,
        Math.max(1, last - row + 1));
  }

  private static Optional<Block> awayBlock(TimeSlot period, LocalDate date, ZoneId zone) {
    Instant dayStart = date.atTime(OPENS).atZone(zone).toInstant();
    Instant dayEnd = date.atTime(CLOSES).atZone(zone).toInstant();
    if (!period.start().isBefore(dayEnd) || !period.end().isAfter(dayStart)) {
      return Optional.empty();
    }
    Instant from = period.start().isBefore(dayStart) ? dayStart : period.start();
    Instant to = period.end().isAfter(dayEnd) ? dayEnd : period.end();
    int row = clampedRow(LocalTime.ofInstant(from, zone));
    int last = clampedRow(LocalTime.ofInstant(to, zone).minusNanos(1));
    return Optional.of(
        new Block(null, "Time off", "", "", "", "", "", row, Math.max(1, last - row + 1)));
  }

  private static Optional<Integer> rowOf(LocalTime time) {
    if (time.isBefore(OPENS)) {
      return Optional.empty();
    }
    return Optional.of((int) (Duration.between(OPENS, time).toMinutes() / ROW.toMinutes()) + 1);
  }

  private static int clampedRow(LocalTime time) {
    return rowOf(time).map(row -> Math.min(row, ROWS)).orElse(1);
  }
}
