package com.needlework.query.availability;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.VisitTypeSettings;
import com.needlework.api.clinic.WeeklyHours;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.scheduling.AvailableSlot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Computes open slots from working hours and occupied time. Pure: everything it needs is passed in,
 * so it is tested without a database.
 */
final class FreeSlots {

  /** A practitioner's hours and the time their visits already occupy. */
  record Practitioner(PractitionerId id, String name, WeeklyHours hours, List<TimeSlot> busy) {}

  /** The window that bookable starts must fall in, and the clinic's slot grid. */
  record Window(
      LocalDate from, LocalDate to, Instant earliest, Instant latest, ZoneId zone, Duration step) {}

  private FreeSlots() {}

  /**
   * Every start in the window where the visit (and its buffer) overlaps nothing the practitioner
   * holds and, when the visit needs a room, some room is free for it.
   */
  static List<AvailableSlot> compute(
      Window window,
      VisitTypeSettings settings,
      List<Practitioner> practitioners,
      int rooms,
      List<TimeSlot> roomBusy) {
    List<AvailableSlot> slots = new ArrayList<>();
    for (LocalDate date = window.from(); !date.isAfter(window.to()); date = date.plusDays(1)) {
      for (Practitioner practitioner : practitioners) {
        for (Instant start :
            practitioner
                .hours()
                .slotStarts(date, window.zone(), settings.length(), window.step())) {
          if (start.isBefore(window.earliest()) || start.isAfter(window.latest())) {
            continue;
          }
          TimeSlot slot = TimeSlot.starting(start, settings.length());
          TimeSlot occupied = slot.extendedBy(settings.bufferAfter());
          boolean practitionerFree = practitioner.busy().stream().noneMatch(occupied::overlaps);
          boolean roomFree =
              !settings.needsRoom() || roomBusy.stream().filter(occupied::overlaps).count() < rooms;
          if (practitionerFree && roomFree) {
            slots.add(
                new AvailableSlot(
                    slot.start().atZone(window.zone()).toOffsetDateTime(),
                    slot.end().atZone(window.zone()).toOffsetDateTime(),
                    practitioner.id(),
                    practitioner.name()));
          }
        }
      }
    }
    slots.sort(
        Comparator.comparing(AvailableSlot::start).thenComparing(AvailableSlot::practitionerName));
    return slots;
  }
}
