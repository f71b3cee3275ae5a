package com.needlework.bench;

import com.needlework.ops.axon.AdjustableClock;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock while the history benchmark writes a year of history: it stands still
 * until the tool moves it, and only ever forward. Its zoned views share the one time. The demo
 * seeding, which lives through the demo clinic's last days at the start, moves it back and forth
 * ({@link #setNow}) and then puts it back where it stood ({@link #reset}).
 */
final class SimulatedClock extends AdjustableClock {

  private final AtomicReference<Instant> now;
  private final AtomicReference<Instant> beforeSeeding = new AtomicReference<>();
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
  public void setNow(Instant moved) {
    beforeSeeding.compareAndSet(null, now.get());
    now.set(moved);
  }

  @Override
  public void reset() {
    Instant saved = beforeSeeding.getAndSet(null);
    if (saved != null) {
      now.set(saved);
    }
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
