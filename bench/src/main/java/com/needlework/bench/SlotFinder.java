package com.needlework.bench;

import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.clinic.VisitTypeSettings;
import com.needlework.api.common.TimeSlot;
import com.needlework.command.scheduling.BookingGuard;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks a time as a front desk reading the schedule would: a start the practitioner's working hours
 * offer, free for the practitioner and a room (buffer included) as the command side's booking guard
 * holds them, and preferably right next to what is booked already, so the day fills without
 * unusable gaps; among such times the one nearest the patient's wish.
 *
 * <p>It asks the guard rather than the availability read model: the guard is written in the
 * transaction of every command the generator sends, while the read models follow a moment later, so
 * the next step would otherwise ask for times just taken.
 */
final class SlotFinder {

  /** Staff may start a visit on any five-minute mark; the public on the clinic's slot grid. */
  static final Duration STAFF_GRID = Duration.ofMinutes(5);

  /** Where and when a visit fits. */
  record Placement(ClinicLayout.Practitioner practitioner, RoomId room, TimeSlot slot) {}

  /** What the guard holds for one practitioner and some rooms during a span, read once. */
  record Held(List<TimeSlot> practitioner, Map<RoomId, List<TimeSlot>> rooms) {

    boolean practitionerFree(TimeSlot occupied) {
      return free(practitioner, occupied);
    }

    /** The first of the rooms, in their order, free for every one of the stretches. */
    Optional<RoomId> roomFree(List<TimeSlot> occupied) {
      return rooms.entrySet().stream()
          .filter(room -> occupied.stream().allMatch(o -> free(room.getValue(), o)))
          .map(Map.Entry::getKey)
          .findFirst();
    }

    private static boolean free(List<TimeSlot> held, TimeSlot occupied) {
      return held.stream().noneMatch(occupied::overlaps);
    }
  }

  private record Candidate(Placement placement, boolean snug, long minutesFromWish) {}

  private final ClinicLayout clinic;
  private final BookingGuard guard;

  SlotFinder(ClinicLayout clinic, BookingGuard guard) {
    this.clinic = clinic;
    this.guard = guard;
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
    Held held =
        held(practitioner, settings.needsRoom() ? rooms : List.of(), clinic.days(date, date));
    List<Candidate> candidates = new ArrayList<>();
    for (Instant start :
        practitioner.hours().slotStarts(date, clinic.zone(), settings.length(), grid)) {
      if (!start.isAfter(notBefore)) {
        continue;
      }
      TimeSlot slot = TimeSlot.starting(start, settings.length());
      TimeSlot occupied = slot.extendedBy(settings.bufferAfter());
      if (!held.practitionerFree(occupied)) {
        continue;
      }
      Optional<RoomId> room =
          settings.needsRoom() ? held.roomFree(List.of(occupied)) : Optional.empty();
      if (settings.needsRoom() && room.isEmpty()) {
        continue;
      }
      Placement placement = new Placement(practitioner, room.orElse(null), slot);
      candidates.add(
          new Candidate(
              placement,
              snug(practitioner, held, occupied),
              Math.abs(Duration.between(clinic.at(date, wish).toInstant(), start).toMinutes())));
    }
    return candidates.stream()
        .min(
            Comparator.comparing((Candidate c) -> !c.snug())
                .thenComparingLong(Candidate::minutesFromWish))
        .map(Candidate::placement);
  }

  /** What the guard holds for the practitioner and the rooms (in their order) during the span. */
  Held held(ClinicLayout.Practitioner practitioner, List<RoomId> rooms, TimeSlot span) {
    Map<RoomId, List<TimeSlot>> byRoom = new LinkedHashMap<>();
    rooms.forEach(room -> byRoom.put(room, guard.heldWithin(room, span)));
    return new Held(guard.heldWithin(practitioner.id(), span), byRoom);
  }

  /**
   * The first room free for every one of the slots, when the practitioner works and is free for all
   * of them too (a series books one room for all its sessions).
   */
  Optional<RoomId> roomForAll(
      VisitTypeSettings settings,
      ClinicLayout.Practitioner practitioner,
      Held held,
      List<TimeSlot> slots) {
    List<TimeSlot> occupied =
        slots.stream().map(s -> s.extendedBy(settings.bufferAfter())).toList();
    for (int i = 0; i < slots.size(); i++) {
      if (!practitioner.hours().covers(slots.get(i), clinic.zone())
          || !held.practitionerFree(occupied.get(i))) {
        return Optional.empty();
      }
    }
    return held.roomFree(occupied);
  }

  /** Rooms in the order the practitioner takes them: their own first. */
  List<RoomId> roomsFor(ClinicLayout.Practitioner practitioner) {
    List<RoomId> rooms = new ArrayList<>();
    rooms.add(practitioner.homeRoom());
    clinic.rooms().stream().filter(r -> !r.equals(practitioner.homeRoom())).forEach(rooms::add);
    return rooms;
  }

  /** Touches the start or end of working hours, or what the practitioner holds before or after. */
  private boolean snug(ClinicLayout.Practitioner practitioner, Held held, TimeSlot occupied) {
    TimeSlot justBefore = new TimeSlot(occupied.start().minus(STAFF_GRID), occupied.start());
    TimeSlot justAfter = TimeSlot.starting(occupied.end(), STAFF_GRID);
    return !openTime(practitioner, held, justBefore) || !openTime(practitioner, held, justAfter);
  }

  private boolean openTime(ClinicLayout.Practitioner practitioner, Held held, TimeSlot stretch) {
    return practitioner.hours().covers(stretch, clinic.zone()) && held.practitionerFree(stretch);
  }
}
