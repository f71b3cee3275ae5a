package com.needlework.bench;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses slots that can all be booked together: per practitioner, greedily the earliest slot that
 * starts no sooner than the previously chosen one ends (slots are offered more often than they
 * last, so neighbours overlap).
 */
final class SlotPicker {

  /** One offered start with one practitioner. */
  record Slot(OffsetDateTime start, OffsetDateTime end, String practitionerId) {}

  private SlotPicker() {}

  /** The chosen slots, earliest first. */
  static List<Slot> nonOverlapping(List<Slot> offered) {
    List<Slot> byStart = new ArrayList<>(offered);
    byStart.sort(Comparator.comparing(Slot::start));
    Map<String, OffsetDateTime> busyUntil = new HashMap<>();
    List<Slot> chosen = new ArrayList<>();
    for (Slot slot : byStart) {
      OffsetDateTime free = busyUntil.get(slot.practitionerId());
      if (free == null || !slot.start().isBefore(free)) {
        chosen.add(slot);
        busyUntil.put(slot.practitionerId(), slot.end());
      }
    }
    return chosen;
  }
}
