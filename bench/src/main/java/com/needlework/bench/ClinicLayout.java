package com.needlework.bench;

import com.needlework.api.clinic.BookingRules;
import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.clinic.VisitTypeSettings;
import com.needlework.api.clinic.WeeklyHours;
import com.needlework.api.clinic.WorkingPeriod;
import com.needlework.api.common.TimeSlot;
import com.needlework.command.clinic.ClinicCalendar;
import com.needlework.command.clinic.ClinicSchedule;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The clinic as the command side knows it after the demo seed: its zone, state and rules, the visit
 * types, the practitioners (each with a home room) and the rooms.
 */
record ClinicLayout(
    ZoneId zone,
    String state,
    BookingRules rules,
    Map<VisitType, VisitTypeSettings> visitTypes,
    List<Practitioner> practitioners,
    List<RoomId> rooms) {

  /** A practitioner and the room they treat in when it is free. */
  record Practitioner(PractitionerId id, String name, WeeklyHours hours, RoomId homeRoom) {

    List<WorkingPeriod> periodsOn(LocalDate date) {
      return hours.periods().stream().filter(p -> p.day() == date.getDayOfWeek()).toList();
    }

    boolean worksOn(LocalDate date) {
      return !periodsOn(date).isEmpty();
    }
  }

  static ClinicLayout read(ClinicCalendar calendar, JdbcClient jdbc) {
    ClinicSchedule clinic =
        calendar.clinic().orElseThrow(() -> new IllegalStateException("No clinic is open"));
    Map<VisitType, VisitTypeSettings> visitTypes = new EnumMap<>(VisitType.class);
    for (VisitType type : VisitType.values()) {
      calendar.visitType(type).ifPresent(settings -> visitTypes.put(type, settings));
    }
    List<RoomId> rooms =
        jdbc.sql("SELECT room_id FROM cs_room ORDER BY name")
            .query((rs, row) -> new RoomId(rs.getObject("room_id", UUID.class)))
            .list();
    if (rooms.isEmpty() || visitTypes.size() < VisitType.values().length) {
      throw new IllegalStateException(
          "The history needs the demo clinic's rooms and visit types (start with demo on)");
    }
    List<Practitioner> practitioners = new ArrayList<>();
    calendar.practitioners().stream()
        .sorted(Comparator.comparing(p -> p.name()))
        .forEach(
            p ->
                practitioners.add(
                    new Practitioner(
                        p.id(),
                        p.name(),
                        p.hours(),
                        rooms.get(practitioners.size() % rooms.size()))));
    return new ClinicLayout(
        clinic.zone(), clinic.state(), clinic.rules(), visitTypes, practitioners, rooms);
  }

  VisitTypeSettings settings(VisitType type) {
    return visitTypes.get(type);
  }

  List<Practitioner> workingOn(LocalDate date) {
    return practitioners.stream().filter(p -> p.worksOn(date)).toList();
  }

  Duration workingTime(LocalDate date) {
    return practitioners.stream()
        .flatMap(p -> p.periodsOn(date).stream())
        .map(p -> Duration.between(p.start(), p.end()))
        .reduce(Duration.ZERO, Duration::plus);
  }

  ZonedDateTime at(LocalDate date, LocalTime time) {
    return ZonedDateTime.of(date, time, zone);
  }

  /** The clinic-local days from {@code first} to {@code last}, both included, as one stretch. */
  TimeSlot days(LocalDate first, LocalDate last) {
    return new TimeSlot(
        at(first, LocalTime.MIDNIGHT).toInstant(),
        at(last.plusDays(1), LocalTime.MIDNIGHT).toInstant());
  }
}
