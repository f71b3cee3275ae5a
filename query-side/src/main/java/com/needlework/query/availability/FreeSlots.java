package com.needlework.query.availability;

import com.needlework.api.clinic.DryNeedlingCredential;
import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitTypeSettings;
import com.needlework.api.clinic.WeeklyHours;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.patient.CareSnapshot;
import com.needlework.api.patient.NeedlingEligibility;
import com.needlework.api.patient.NeedlingEligibility.Ineligible;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes open slots from working hours, occupied time, free rooms and the rules that decide who
 * may be seen on which date. Pure: everything it needs is passed in, so it is tested without a
 * database.
 */
final class FreeSlots {

  /** A practitioner's hours and the time they are not free: their visits and their time off. */
  record Practitioner(PractitionerId id, String name, WeeklyHours hours, List<TimeSlot> busy) {}

  /** A treatment room and the time its visits occupy. */
  record Room(RoomId id, String name, List<TimeSlot> busy) {}

  /** The window that bookable starts must fall in, and the clinic's slot grid. */
  record Window(
      LocalDate from, LocalDate to, Instant earliest, Instant latest, ZoneId zone, Duration step) {}

  /**
   * Whether a visit with this practitioner on this clinic-local date is allowed; why not if not.
   */
  @FunctionalInterface
  interface Eligibility {

    Eligibility ANYONE = (practitioner, date) -> Optional.empty();

    Optional<Ineligible> check(PractitionerId practitioner, LocalDate date);
  }

  private FreeSlots() {}

  /** The shared needling rules for one patient, with each practitioner's credentials. */
  static Eligibility needling(
      CareSnapshot care,
      Map<PractitionerId, List<DryNeedlingCredential>> credentials,
      String clinicState) {
    return (practitioner, date) ->
        NeedlingEligibility.check(
            care, credentials.getOrDefault(practitioner, List.of()), clinicState, date, false);
  }

  /**
   * The first refusal when the rules allow no practitioner on any date of the window, so that the
   * caller can say why nothing is offered; empty when some practitioner is allowed on some date.
   */
  static Optional<Ineligible> refusedThroughout(
      Window window, List<Practitioner> practitioners, Eligibility eligibility) {
    Optional<Ineligible> first = Optional.empty();
    for (LocalDate date = window.from(); !date.isAfter(window.to()); date = date.plusDays(1)) {
      for (Practitioner practitioner : practitioners) {
        Optional<Ineligible> refusal = eligibility.check(practitioner.id(), date);
        if (refusal.isEmpty()) {
          return Optional.empty();
        }
        if (first.isEmpty()) {
          first = refusal;
        }
      }
    }
    return first;
  }

  /**
   * Every start in the window where the visit (and its buffer) overlaps nothing the practitioner
   * holds, the rules allow the practitioner on that date and, when the visit needs a room, a room
   * is free for it: the first free room in the given order is offered.
   */
  static List<AvailableSlot> compute(
      Window window,
      VisitTypeSettings settings,
      List<Practitioner> practitioners,
      List<Room> rooms,
      Eligibility eligibility) {
    List<AvailableSlot> slots = new ArrayList<>();
    for (LocalDate date = window.from(); !date.isAfter(window.to()); date = date.plusDays(1)) {
      for (Practitioner practitioner : practitioners) {
        if (eligibility.check(practitioner.id(), date).isPresent()) {
          continue;
        }
        for (Instant start :
            practitioner
                .hours()
                .slotStarts(date, window.zone(), settings.length(), window.step())) {
          if (start.isBefore(window.earliest()) || start.isAfter(window.latest())) {
            continue;
          }
          TimeSlot slot = TimeSlot.starting(start, settings.length());
          TimeSlot occupied = slot.extendedBy(settings.bufferAfter());
          if (practitioner.busy().stream().anyMatch(occupied::overlaps)) {
            continue;
          }
          Optional<Room> room = Optional.empty();
          if (settings.needsRoom()) {
            room = freeRoom(rooms, occupied);
            if (room.isEmpty()) {
              continue;
            }
          }
          slots.add(
              new AvailableSlot(
                  slot.start().atZone(window.zone()).toOffsetDateTime(),
                  slot.end().atZone(window.zone()).toOffsetDateTime(),
                  practitioner.id(),
                  practitioner.name(),
                  room.map(Room::id).orElse(null),
                  room.map(Room::name).orElse(null)));
        }
      }
    }
    slots.sort(
        Comparator.comparing(AvailableSlot::start).thenComparing(AvailableSlot::practitionerName));
    return slots;
  }

  private static Optional<Room> freeRoom(List<Room> rooms, TimeSlot occupied) {
    return rooms.stream().filter(r -> r.busy().stream().noneMatch(occupied::overlaps)).findFirst();
  }
}
