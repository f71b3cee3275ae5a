package com.needlework.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock while the history benchmark writes a year of history: it stands still
 * until the tool moves it, and only ever forward. Its zoned views share the one time.
 */
final class SimulatedClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  SimulatedClock(Instant start) {
    this(new AtomicReference<>(start), ZoneOffset.UTC);
  }

  private SimulatedClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * @throws IllegalStateException when {@code later} lies before the current time
   */
  void advanceTo(Instant later) {
    Instant current = now.get();
    if (later.isBefore(current)) {
      throw new IllegalStateException(
          "The simulated clock cannot go back from " + current + " to " + later);
    }
    now.set(later);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new SimulatedClock(now, other);
  }
}
