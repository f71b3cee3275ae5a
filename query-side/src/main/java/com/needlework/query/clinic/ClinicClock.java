package com.needlework.query.clinic;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * The clinic's time as the read side shows it: now, the clinic's zone and the clinic's today (after
 * 16:00 in Los Angeles it is already tomorrow in UTC).
 */
@Component("querySideClinicClock")
public class ClinicClock {

  private final ClinicRecords clinicRecords;
  private final Clock clock;

  public ClinicClock(ClinicRecords clinicRecords, Clock clock) {
    this.clinicRecords = clinicRecords;
    this.clock = clock;
  }

  public Instant now() {
    return clock.instant();
  }

  public ZoneId zone() {
    return clinicRecords.openClinic().zone();
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(zone()));
  }
}
