package com.needlework.bench;

import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.clinic.VisitTypeSettings;
import com.needlework.api.clinic.WorkingPeriod;
import com.needlework.api.common.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Picks a time as a front desk reading the schedule would: inside working hours, free for the
 * practitioner and a room (buffer included), and preferably right next to what is booked already,
 * so the day fills without unusable gaps; among such times the one nearest the patient's wish.
 */
final class SlotFinder {

  /** Staff may start a visit on any five-minute mark; the public on the clinic's slot grid. */
  static final Duration STAFF_GRID = Duration.ofMinutes(5);

  /** Where and when a visit fits. */
  record Placement(ClinicLayout.Practitioner practitioner, RoomId room, TimeSlot slot) {}

  private record Candidate(Placement placement, boolean snug, long minutesFromWish) {}

  private final ClinicLayout clinic;
  private final Occupancy occupancy;

  SlotFinder(ClinicLayout clinic, Occupancy occupancy) {
    this.clinic = clinic;
    this.occupancy = occupancy;
  }

  /**
   * The best start on the date after {@code notBefore}, on the grid from the start of each working
   * period, in one of the rooms (in order of preference; none for a visit without a room).
   */
  Optional<Placement> find(
      VisitType type,
      ClinicLayout.Practitioner practitioner,
      List<RoomId> rooms,
      LocalDate date,
      Instant notBefore,
      Duration grid,
      LocalTime wish) {
    VisitTypeSettings settings = clinic.settings(type);
    List<Candidate> candidates = new ArrayList<>();
    for (WorkingPeriod period : practitioner.periodsOn(date)) {
      ZonedDateTime periodStart = clinic.at(date, period.start());
      ZonedDateTime periodEnd = clinic.at(date, period.end());
      for (ZonedDateTime start = periodStart;
          !start.plus(settings.length()).isAfter(periodEnd);
          start = start.plus(grid)) {
        if (!start.toInstant().isAfter(notBefore)) {
          continue;
        }
        TimeSlot slot = TimeSlot.starting(start.toInstant(), settings.length());
        fit(settings, practitioner, rooms, slot)
            .ifPresent(
                placement ->
                    candidates.add(
                        new Candidate(
                            placement,
                            snug(placement, periodStart, periodEnd, settings.bufferAfter()),
                            minutesBetween(placement, date, wish))));
      }
    }
    return candidates.stream()
        .min(
            Comparator.comparing((Candidate c) -> !c.snug())
                .thenComparingLong(Candidate::minutesFromWish))
        .map(Candidate::placement);
  }

  /** The slot with the practitioner in the first free room, if both are free. */
  private Optional<Placement> fit(
      VisitTypeSettings settings,
      ClinicLayout.Practitioner practitioner,
      List<RoomId> rooms,
      TimeSlot slot) {
    if (!practitioner.hours().covers(slot, clinic.zone())) {
      return Optional.empty();
    }
    TimeSlot occupied = slot.extendedBy(settings.bufferAfter());
    if (!occupancy.isFree(practitioner.id().value(), occupied)) {
      return Optional.empty();
    }
    if (!settings.needsRoom()) {
      return Optional.of(new Placement(practitioner, null, slot));
    }
    return rooms.stream()
        .filter(room -> occupancy.isFree(room.value(), occupied))
        .findFirst()
        .map(room -> new Placement(practitioner, room, slot));
  }

  /**
   * The first room free for every one of the slots, when the practitioner works and is free for all
   * of them too (a series books one room for all its sessions).
   */
  Optional<RoomId> roomForAll(
      VisitTypeSettings settings,
      ClinicLayout.Practitioner practitioner,
      List<RoomId> rooms,
      List<TimeSlot> slots) {
    List<TimeSlot> occupied =
        slots.stream().map(s -> s.extendedBy(settings.bufferAfter())).toList();
    for (int i = 0; i < slots.size(); i++) {
      if (!practitioner.hours().covers(slots.get(i), clinic.zone())
          || !occupancy.isFree(practitioner.id().value(), occupied.get(i))) {
        return Optional.empty();
      }
    }
    return rooms.stream()
        .filter(room -> occupied.stream().allMatch(o -> occupancy.isFree(room.value(), o)))
        .findFirst();
  }

  /** Rooms in the order the practitioner takes them: their own first. */
  List<RoomId> roomsFor(ClinicLayout.Practitioner practitioner) {
    List<RoomId> rooms = new ArrayList<>();
    rooms.add(practitioner.homeRoom());
    clinic.rooms().stream().filter(r -> !r.equals(practitioner.homeRoom())).forEach(rooms::add);
    return rooms;
  }

  /** Touches the start or end of the working period, or the visit before or after it. */
  private boolean snug(
      Placement placement, ZonedDateTime periodStart, ZonedDateTime periodEnd, Duration buffer) {
    Instant start = placement.slot().start();
    Instant freeAgain = placement.slot().end().plus(buffer);
    if (start.equals(periodStart.toInstant()) || !freeAgain.isBefore(periodEnd.toInstant())) {
      return true;
    }
    TimeSlot justBefore = new TimeSlot(start.minus(STAFF_GRID), start);
    TimeSlot justAfter = TimeSlot.starting(freeAgain, STAFF_GRID);
    return !occupancy.isFree(placement.practitioner().id().value(), justBefore)
        || !occupancy.isFree(placement.practitioner().id().value(), justAfter);
  }

  private long minutesBetween(Placement placement, LocalDate date, LocalTime wish) {
    return Math.abs(
        Duration.between(clinic.at(date, wish).toInstant(), placement.slot().start()).toMinutes());
  }
}
