package com.needlework.ops.axon;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock: the real time, unless it was moved. Only two things move it: the demo
 * clinic's seeding, which lives through its last fortnight once on an empty store before the
 * application reports ready, and the integration tests. Whoever moves it puts it back.
 */
public class AdjustableClock extends Clock {

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
