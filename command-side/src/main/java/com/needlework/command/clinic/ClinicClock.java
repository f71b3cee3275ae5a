package com.needlework.command.clinic;

import com.needlework.api.common.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * The clinic's time: now, and the clinic-local day of any instant. "Today" is always the clinic's
 * today (after 16:00 in Los Angeles it is already tomorrow in UTC).
 */
@Component("commandSideClinicClock")
public class ClinicClock {

  private final ClinicCalendar calendar;
  private final Clock clock;

  public ClinicClock(ClinicCalendar calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  public Instant now() {
    return clock.instant();
  }

  public ZoneId zone() {
    return calendar
        .clinic()
        .orElseThrow(() -> Refusal.conflict("The clinic is not open yet"))
        .zone();
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(zone()));
  }

  public LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(instant, zone());
  }

  /** The instant the clinic-local day begins. */
  public Instant startOf(LocalDate day) {
    return day.atStartOfDay(zone()).toInstant();
  }
}
