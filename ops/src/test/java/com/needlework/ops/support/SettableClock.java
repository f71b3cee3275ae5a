package com.needlework.ops.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in integration tests: the real time, unless a test moves it. Tests that
 * move it put it back ({@link #reset()}), because the application is shared between test classes.
 */
public class SettableClock extends Clock {

  private volatile Duration offset = Duration.ZERO;

  public void setNow(Instant now) {
    offset = Duration.between(Instant.now(), now);
  }

  public void reset() {
    offset = Duration.ZERO;
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.offset(Clock.system(zone), offset);
  }
}
