package com.needlework.bench;

import com.needlework.api.common.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The generator's copy of the booking guard: which stretches of time each practitioner and each
 * room holds (visits with their buffer, time off), so that it only asks for times the guard lets
 * through.
 */
final class Occupancy {

  private record Hold(UUID resource, Instant start) {}

  /** Per practitioner or room: start to end of every held stretch; stretches never overlap. */
  private final Map<UUID, TreeMap<Instant, Instant>> held = new HashMap<>();

  private final Map<UUID, List<Hold>> byHolder = new HashMap<>();

  /** What the guard holds already (the demo clinic's bookings). */
  static Occupancy of(JdbcClient jdbc) {
    Occupancy occupancy = new Occupancy();
    jdbc.sql(
            "SELECT holder_id, practitioner_id, room_id, lower(occupied) AS start_at,"
                + " upper(occupied) AS end_at FROM booking_guard")
        .query(
            rs -> {
              UUID holder = rs.getObject("holder_id", UUID.class);
              TimeSlot slot =
                  new TimeSlot(
                      rs.getTimestamp("start_at").toInstant(),
                      rs.getTimestamp("end_at").toInstant());
              occupancy.hold(holder, rs.getObject("practitioner_id", UUID.class), slot);
              UUID room = rs.getObject("room_id", UUID.class);
              if (room != null) {
                occupancy.hold(holder, room, slot);
              }
            });
    return occupancy;
  }

  boolean isFree(UUID resource, TimeSlot slot) {
    TreeMap<Instant, Instant> stretches = held.get(resource);
    if (stretches == null) {
      return true;
    }
    Map.Entry<Instant, Instant> before = stretches.floorEntry(slot.start());
    if (before != null && before.getValue().isAfter(slot.start())) {
      return false;
    }
    Map.Entry<Instant, Instant> after = stretches.higherEntry(slot.start());
    return after == null || !after.getKey().isBefore(slot.end());
  }

  /**
   * @throws IllegalStateException when the stretch is not free: the generator lost track
   */
  void hold(UUID holder, UUID resource, TimeSlot slot) {
    if (!isFree(resource, slot)) {
      throw new IllegalStateException("The generator double-booked " + resource + " at " + slot);
    }
    held.computeIfAbsent(resource, r -> new TreeMap<>()).put(slot.start(), slot.end());
    byHolder.computeIfAbsent(holder, h -> new ArrayList<>()).add(new Hold(resource, slot.start()));
  }

  void release(UUID holder) {
    List<Hold> holds = byHolder.remove(holder);
    if (holds != null) {
      holds.forEach(hold -> held.get(hold.resource()).remove(hold.start()));
    }
  }

  /** How much of the window the resource holds. */
  Duration heldWithin(UUID resource, TimeSlot window) {
    TreeMap<Instant, Instant> stretches = held.get(resource);
    if (stretches == null) {
      return Duration.ZERO;
    }
    Instant from = stretches.floorKey(window.start());
    Duration total = Duration.ZERO;
    for (Map.Entry<Instant, Instant> stretch :
        stretches.subMap(from == null ? window.start() : from, window.end()).entrySet()) {
      Instant start = max(stretch.getKey(), window.start());
      Instant end = min(stretch.getValue(), window.end());
      if (end.isAfter(start)) {
        total = total.plus(Duration.between(start, end));
      }
    }
    return total;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
