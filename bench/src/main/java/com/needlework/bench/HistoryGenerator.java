package com.needlework.bench;

import com.needlework.api.clinic.DryNeedlingCredential;
import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RecordCredentialCommand;
import com.needlework.api.clinic.ScheduleTimeOffCommand;
import com.needlework.api.clinic.TimeOffId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.clinic.WorkingPeriod;
import com.needlework.api.common.TimeSlot;
import com.needlework.command.clinic.ClinicCalendar;
import com.needlework.command.scheduling.BookingGuard;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a year of the clinic's history through the application's commands, day by day on a
 * simulated clock: each morning decides how many people ask for a discovery call, so that the
 * coming weeks fill to a realistic level; their care follows on the agenda ({@link CarePath}).
 * Credentials are renewed before they lapse, and every practitioner takes two weeks off.
 */
final class HistoryGenerator {

  /** The share of working time booked a few weeks ahead that a busy clinic runs at. */
  static final double FULL = 0.93;

  /** Practitioner minutes one discovery call leads to, on average (call, evaluation, course). */
  static final double MINUTES_PER_LEAD = 410;

  /** Visits one discovery call leads to, on average, cancelled and missed ones included. */
  static final double VISITS_PER_LEAD = 7.75;

  private static final LocalTime MORNING = LocalTime.of(7, 0);
  private static final int LEAD_HOURS = 14;
  private static final int LOOK_AHEAD_FROM_DAYS = 7;
  private static final int LOOK_AHEAD_DAYS = 21;
  private static final double FEEDBACK = 3;
  private static final double LEAST_FACTOR = 0.25;
  private static final double MOST_FACTOR = 2;
  private static final int RENEW_DAYS_AHEAD = 120;
  private static final int CREDENTIAL_YEARS = 2;
  private static final List<Integer> TIME_OFF_WEEKS = List.of(10, 32);

  /**
   * What the year held, and what it could hold.
   *
   * @param needlingCapacity sessions the year holds if every working hour had one
   * @param callCapacity discovery calls the year holds if every working minute had one
   * @param visitsAtFull visits expected when the calendar runs at {@link #FULL}
   * @param share the part of {@link #FULL} aimed at, for the visits asked for
   * @param inCommands the part of {@code elapsed} spent in the application's commands, the rest
   *     being the generator's own choosing
   */
  record History(
      int practitioners,
      LocalDate firstDay,
      LocalDate lastDay,
      Instant end,
      long needlingCapacity,
      long callCapacity,
      long visitsAtFull,
      double share,
      CarePath care,
      long commands,
      Duration elapsed,
      Duration inCommands) {}

  private final ClinicLayout clinic;
  private final ClinicCalendar calendar;
  private final Frontdesk desk;
  private final SimulatedClock clock;
  private final StoredEvents events;
  private final HistoryReport report;
  private final Random random;
  private final Agenda agenda;
  private final BookingGuard guard;
  private final Map<PractitionerId, LocalDate> credentialedUntil = new HashMap<>();
  private final Map<PractitionerId, List<TimeSlot>> timeOff = new HashMap<>();
  private final CarePath care;
  private double leadsPerDay;
  private double share;
  private YearMonth month;
  private long monthCommands;
  private long monthStarted;

  HistoryGenerator(
      ClinicLayout clinic,
      ClinicCalendar calendar,
      BookingGuard guard,
      Frontdesk desk,
      SimulatedClock clock,
      StoredEvents events,
      HistoryReport report,
      Random random) {
    this.clinic = clinic;
    this.calendar = calendar;
    this.guard = guard;
    this.desk = desk;
    this.clock = clock;
    this.events = events;
    this.report = report;
    this.random = random;
    this.agenda = new Agenda(clock);
    this.care =
        new CarePath(
            clinic, agenda, clock, new SlotFinder(clinic, guard), desk, credentialedUntil, random);
  }

  History generate(int visitsWanted) {
    long began = System.nanoTime();
    LocalDate seeded = LocalDate.ofInstant(clock.instant(), clinic.zone());
    LocalDate firstDay = seeded.plusDays(1);
    LocalDate lastDay = seeded.plusYears(1);
    Instant end = clinic.at(lastDay, MORNING).toInstant();
    Capacity capacity = capacity(firstDay, lastDay);
    share = Math.min(1, (double) visitsWanted / capacity.visitsAtFull());
    leadsPerDay = capacity.leadsPerDayAtFull() * share;
    report.plan(
        firstDay,
        lastDay,
        capacity.needlingSessions(),
        capacity.calls(),
        capacity.visitsAtFull(),
        share);
    readCredentials();
    scheduleTimeOff(firstDay);
    month = YearMonth.from(firstDay);
    monthStarted = System.nanoTime();
    agenda.at(clinic.at(firstDay, MORNING).toInstant(), () -> morning(firstDay));
    agenda.runUntil(end);
    progress();
    return new History(
        clinic.practitioners().size(),
        firstDay,
        lastDay,
        end,
        capacity.needlingSessions(),
        capacity.calls(),
        capacity.visitsAtFull(),
        share,
        care,
        desk.commands(),
        Duration.ofNanos(System.nanoTime() - began),
        desk.inCommands());
  }

  private record Capacity(
      long needlingSessions, long calls, double leadsPerDayAtFull, long visitsAtFull) {}

  /** What the working hours from the first day until the last hold. */
  private Capacity capacity(LocalDate firstDay, LocalDate lastDay) {
    long needlingSessions = 0;
    long calls = 0;
    Duration working = Duration.ZERO;
    for (LocalDate day = firstDay; day.isBefore(lastDay); day = day.plusDays(1)) {
      needlingSessions += needlingSessionsFitting(day);
      calls += clinic.workingTime(day).toMinutes() / minutes(VisitType.DISCOVERY_CALL);
      working = working.plus(clinic.workingTime(day));
    }
    long days = ChronoUnit.DAYS.between(firstDay, lastDay);
    double leadsPerDay = working.toMinutes() * FULL / MINUTES_PER_LEAD / days;
    return new Capacity(
        needlingSessions, calls, leadsPerDay, Math.round(leadsPerDay * days * VISITS_PER_LEAD));
  }

  private void readCredentials() {
    for (ClinicLayout.Practitioner practitioner : clinic.practitioners()) {
      credentialedUntil.put(
          practitioner.id(),
          calendar.credentials(practitioner.id()).stream()
              .filter(c -> c.state().equals(clinic.state()))
              .map(DryNeedlingCredential::validUntil)
              .max(LocalDate::compareTo)
              .orElse(LocalDate.MIN));
    }
  }

  private void morning(LocalDate day) {
    if (!YearMonth.from(day).equals(month)) {
      progress();
      month = YearMonth.from(day);
    }
    renewCredentials(day);
    int leads = leadsOn(day);
    for (int lead = 0; lead < leads; lead++) {
      agenda.at(
          clinic.at(day, MORNING).toInstant().plusSeconds(random.nextInt(LEAD_HOURS * 3600)),
          care::lead);
    }
    LocalDate next = day.plusDays(1);
    agenda.at(clinic.at(next, MORNING).toInstant(), () -> morning(next));
  }

  /**
   * The day's callers: the share of a full clinic's inflow, more while the weeks ahead are emptier
   * than aimed at, fewer while they are fuller.
   */
  private int leadsOn(LocalDate day) {
    double aim = FULL * share;
    double booked = bookedShare(day.plusDays(LOOK_AHEAD_FROM_DAYS), LOOK_AHEAD_DAYS);
    double factor =
        Math.max(LEAST_FACTOR, Math.min(MOST_FACTOR, 1 + FEEDBACK * (aim - booked) / aim));
    double expected = leadsPerDay * factor;
    int whole = (int) expected;
    return whole + (random.nextDouble() < expected - whole ? 1 : 0);
  }

  /**
   * How much of the practitioners' working time in the days the booking guard holds (time off left
   * out).
   */
  private double bookedShare(LocalDate from, int days) {
    TimeSlot span = clinic.days(from, from.plusDays(days - 1L));
    long held = 0;
    long working = 0;
    for (ClinicLayout.Practitioner practitioner : clinic.practitioners()) {
      List<TimeSlot> holds = guard.heldWithin(practitioner.id(), span);
      for (LocalDate day = from; day.isBefore(from.plusDays(days)); day = day.plusDays(1)) {
        for (WorkingPeriod period : practitioner.periodsOn(day)) {
          TimeSlot hours =
              new TimeSlot(
                  clinic.at(day, period.start()).toInstant(),
                  clinic.at(day, period.end()).toInstant());
          if (timeOff.getOrDefault(practitioner.id(), List.of()).stream()
              .anyMatch(hours::overlaps)) {
            continue;
          }
          working += hours.length().toMinutes();
          held += minutesHeld(holds, hours);
        }
      }
    }
    return working == 0 ? 1 : (double) held / working;
  }

  private void renewCredentials(LocalDate day) {
    for (ClinicLayout.Practitioner practitioner : clinic.practitioners()) {
      if (credentialedUntil.get(practitioner.id()).isBefore(day.plusDays(RENEW_DAYS_AHEAD))) {
        LocalDate until = day.plusYears(CREDENTIAL_YEARS);
        if (desk.send(
            "renew credential",
            new RecordCredentialCommand(
                practitioner.id(), new DryNeedlingCredential(clinic.state(), until)))) {
          credentialedUntil.put(practitioner.id(), until);
        }
      }
    }
  }

  /** Two weeks off a year per practitioner, staggered, booked before any patient can be. */
  private void scheduleTimeOff(LocalDate firstDay) {
    LocalDate firstMonday = firstDay.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    for (int i = 0; i < clinic.practitioners().size(); i++) {
      ClinicLayout.Practitioner practitioner = clinic.practitioners().get(i);
      for (int week : TIME_OFF_WEEKS) {
        LocalDate monday = firstMonday.plusWeeks(week + 3L * i);
        TimeSlot away =
            new TimeSlot(
                clinic.at(monday, LocalTime.MIDNIGHT).toInstant(),
                clinic.at(monday.plusWeeks(1), LocalTime.MIDNIGHT).toInstant());
        TimeOffId id = TimeOffId.newId();
        if (desk.send(
            "schedule time off",
            new ScheduleTimeOffCommand(practitioner.id(), id, away, "Vacation"))) {
          timeOff.computeIfAbsent(practitioner.id(), p -> new ArrayList<>()).add(away);
        }
      }
    }
  }

  private void progress() {
    long now = System.nanoTime();
    double seconds = (now - monthStarted) / 1e9;
    long commands = desk.commands() - monthCommands;
    LocalDate first = month.atDay(1);
    double booked = bookedShare(first, month.lengthOfMonth());
    report.month(month, booked, care.visits().size(), events.count(), commands, seconds);
    monthCommands = desk.commands();
    monthStarted = now;
  }

  /** How many minutes of the window the holds (which never overlap each other) cover. */
  private static long minutesHeld(List<TimeSlot> holds, TimeSlot window) {
    Duration held = Duration.ZERO;
    for (TimeSlot hold : holds) {
      Instant start = hold.start().isAfter(window.start()) ? hold.start() : window.start();
      Instant end = hold.end().isBefore(window.end()) ? hold.end() : window.end();
      if (end.isAfter(start)) {
        held = held.plus(Duration.between(start, end));
      }
    }
    return held.toMinutes();
  }

  private long needlingSessionsFitting(LocalDate day) {
    long length = minutes(VisitType.NEEDLING_SESSION);
    long block = length + clinic.settings(VisitType.NEEDLING_SESSION).bufferAfter().toMinutes();
    long sessions = 0;
    for (ClinicLayout.Practitioner practitioner : clinic.practitioners()) {
      for (WorkingPeriod period : practitioner.periodsOn(day)) {
        long available = Duration.between(period.start(), period.end()).toMinutes();
        sessions += available < length ? 0 : (available - length) / block + 1;
      }
    }
    return sessions;
  }

  private long minutes(VisitType type) {
    return clinic.settings(type).length().toMinutes();
  }
}
