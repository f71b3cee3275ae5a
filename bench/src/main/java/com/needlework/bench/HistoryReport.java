package com.needlework.bench;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the history benchmark's findings as plain text, section by section as they come. */
final class HistoryReport {

  static final double AVAILABILITY_P99_TARGET_MS = 10;
  static final double REBUILD_TARGET_EVENTS_PER_SECOND = 20_000;

  private final PrintStream out;
  private String machine = "";
  private int visitsAsked;
  private AvailabilityBench.Result availability;
  private ReadModelRebuild.Result rebuild;

  HistoryReport(PrintStream out) {
    this.out = out;
  }

  void settings(HistoryOptions options, String database, int port) {
    visitsAsked = options.visits();
    machine = InProcessApplication.machine(database);
    out.println("Settings");
    setting("data dir", options.dataDir().toString());
    setting("app", "in this JVM, http://localhost:" + port + ", simulated clock");
    setting(
        "asked",
        options.visits()
            + " visits, "
            + options.queries()
            + " queries after "
            + options.warmup()
            + " warm-up, seed "
            + options.seed());
    setting("machine", machine);
    out.println();
  }

  void progress(String line) {
    out.println("- " + line);
  }

  void plan(
      LocalDate firstDay,
      LocalDate lastDay,
      long needlingCapacity,
      long callCapacity,
      long visitsAtFull,
      double share) {
    progress("simulating " + firstDay + " to " + lastDay + " (clinic-local mornings)");
    progress(
        String.format(
            Locale.ROOT,
            "the calendar holds at most %,d needling sessions a year (every working hour booked)"
                + " or %,d discovery calls (every working minute); at the realistic mix, %.0f %%"
                + " booked, about %,d visits",
            needlingCapacity,
            callCapacity,
            HistoryGenerator.FULL * 100,
            visitsAtFull));
    progress(
        String.format(
            Locale.ROOT,
            "aiming at %.0f %% of that (%.0f %% of working time booked in the weeks ahead)",
            share * 100,
            share * HistoryGenerator.FULL * 100));
  }

  void month(
      YearMonth month, double booked, int visits, long events, long commands, double seconds) {
    progress(
        String.format(
            Locale.ROOT,
            "%s: %2.0f %% of working time booked; %,d visits so far, %,d events, %,.1f commands/s"
                + " (%,d commands in %.1f s)",
            month,
            booked * 100,
            visits,
            events,
            commands / seconds,
            commands,
            seconds));
  }

  void history(
      HistoryGenerator.History history,
      Map<String, Long> eventsByType,
      List<Frontdesk.Surprise> surprises,
      Map<String, Long> deadLetters) {
    CarePath care = history.care();
    VisitTally tally = VisitTally.of(care.visits());
    double seconds = history.elapsed().toNanos() / 1e9;
    long events = eventsByType.values().stream().mapToLong(Long::longValue).sum();
    out.printf(
        "%nHistory (%s to %s, written through commands)%n", history.firstDay(), history.lastDay());
    tally.print(out);
    out.printf(
        Locale.ROOT,
        "  %,d patients converted from discovery calls, %,d needling series booked%n",
        care.patients().size(),
        care.seriesBooked());
    care.shortfalls()
        .forEach(
            (shortfall, count) ->
                out.printf(
                    Locale.ROOT,
                    "  %,d times no time was free: %s%n",
                    count,
                    shortfall.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
    if (tally.total() < visitsAsked) {
      out.printf(
          Locale.ROOT,
          "  %,d visits asked for, %,d generated: the calendar (%d practitioners, their working"
              + " hours, the rooms) holds no more at a realistic mix%n",
          visitsAsked,
          tally.total(),
          history.practitioners());
    }
    out.printf(
        Locale.ROOT,
        "  %,d commands in %.1f s: %,.1f commands/s, %,.1f visits/s; %,d events in the store%n",
        history.commands(),
        seconds,
        history.commands() / seconds,
        tally.total() / seconds,
        events);
    double inCommands = history.inCommands().toNanos() / 1e9;
    out.printf(
        Locale.ROOT,
        "  %.1f s of it inside the commands: %,.1f commands/s while the application worked%n",
        inCommands,
        history.commands() / inCommands);
    out.println("  events by type:");
    eventsByType.forEach((type, count) -> out.printf(Locale.ROOT, "    %-34s %,9d%n", type, count));
    out.printf(
        "%nRefused or failed while writing the history (unexpected: the generator only asks"
            + " for what the rules allow)%n");
    if (surprises.isEmpty()) {
      out.println("  none");
    }
    for (Frontdesk.Surprise surprise : surprises) {
      out.printf(
          Locale.ROOT,
          "  %,d x %s: %s (first at simulated %s)%n      %s%n",
          surprise.count(),
          surprise.step(),
          surprise.problem(),
          surprise.firstAt(),
          surprise.example());
    }
    deadLetters("after writing the history", deadLetters);
  }

  void deadLetters(String when, Map<String, Long> deadLetters) {
    out.printf("%nDead letters %s (events a processor could not handle)%n", when);
    if (deadLetters.isEmpty()) {
      out.println("  none");
    }
    deadLetters.forEach((what, count) -> out.printf(Locale.ROOT, "  %,d x %s%n", count, what));
  }

  void availability(AvailabilityBench.Week week, AvailabilityBench.Result result) {
    availability = result;
    out.printf(
        "%nAvailability of one practitioner-week (%s, %s to %s), one request at a time%n",
        week.practitioner().name(), week.monday(), week.sunday());
    setting("request", "GET " + result.query());
    if (!result.note().isEmpty()) {
      setting("note", result.note());
    }
    out.printf(
        "  %-44s %-16s %6s %6s %8s %8s %8s %6s%n",
        "how", "visit type", "asked", "errors", "p50 ms", "p99 ms", "max ms", "slots");
    for (AvailabilityBench.Measurement measurement : result.measurements()) {
      LoadDriver.Run run = measurement.run();
      out.printf(
          Locale.ROOT,
          "  %-44s %-16s %6d %6d %8.2f %8.2f %8.2f %6d%n",
          measurement.how(),
          measurement.type(),
          run.attempted(),
          run.errorCount(),
          run.millisAt(50),
          run.millisAt(99),
          run.maxMillis(),
          measurement.slots());
      run.errors()
          .forEach((error, count) -> out.printf(Locale.ROOT, "      %,d x %s%n", count, error));
    }
    out.printf(
        Locale.ROOT,
        "  one bcrypt check of the staff password (what HTTP Basic costs per request): %.2f ms%n",
        result.passwordCheckMillis());
  }

  void offeredSlots(OfferedSlotAudit.Audit audit) {
    out.printf(
        Locale.ROOT,
        "  of the %d slots offered over HTTP, the booking guard would refuse %d (practitioner or"
            + " room taken)%n",
        audit.offered(),
        audit.taken());
  }

  void rebuild(ReadModelRebuild.Result result) {
    rebuild = result;
    out.printf(
        Locale.ROOT,
        "%nRebuild of all read models (%,d events, head %,d; processors replay together)%n",
        result.events(),
        result.head());
    setting("how", "POST /api/admin/read-models/rebuild, then GET /api/admin/read-models");
    setting(
        "request",
        String.format(
            Locale.ROOT,
            "%.2f s (stops, resets and starts each processor; counted in the times below)",
            result.request().toNanos() / 1e9));
    out.printf("  %-18s %12s %10s%n", "processor", "caught up s", "events/s");
    for (ReadModelRebuild.Processor processor : result.processors()) {
      double seconds = processor.caughtUp().toNanos() / 1e9;
      out.printf(
          Locale.ROOT,
          "  %-18s %12.2f %,10.0f%n",
          processor.name(),
          seconds,
          result.events() / seconds);
    }
    out.printf(
        Locale.ROOT,
        "  %-18s %12.2f %,10.0f%n",
        "all",
        result.elapsed().toNanos() / 1e9,
        result.eventsPerSecond());
    setting("not replayed", String.join(", ", result.notReplayed()));
    out.println("  read models before and after (rows, md5 of all rows in order):");
    result
        .before()
        .forEach(
            (table, before) -> {
              ReadModelRebuild.Fingerprint after = result.after().get(table);
              out.printf(
                  Locale.ROOT,
                  "    %-28s %,8d %-32s -> %,8d %-32s %s%n",
                  table,
                  before.rows(),
                  before.rows() == 0 ? "-" : before.md5(),
                  after == null ? 0 : after.rows(),
                  after == null ? "(gone)" : after.rows() == 0 ? "-" : after.md5(),
                  before.equals(after) ? "same" : "DIFFERENT");
            });
    setting("verdict", result.readModelsMatch() ? "every read model is the same" : "MISMATCH");
  }

  void targets() {
    out.printf("%nTargets for later (issue 3), and this run%n");
    if (availability != null) {
      for (AvailabilityBench.Measurement measurement : availability.measurements()) {
        double p99 = measurement.run().millisAt(99);
        setting(
            "availability",
            String.format(
                Locale.ROOT,
                "p99 <= %.0f ms: %.2f ms %s (%s, %s)",
                AVAILABILITY_P99_TARGET_MS,
                p99,
                p99 <= AVAILABILITY_P99_TARGET_MS ? "met" : "NOT met",
                measurement.type(),
                measurement.how()));
      }
    }
    if (rebuild != null) {
      setting(
          "rebuild",
          String.format(
              Locale.ROOT,
              ">= %,.0f events/s: %,.0f events/s %s",
              REBUILD_TARGET_EVENTS_PER_SECOND,
              rebuild.eventsPerSecond(),
              rebuild.eventsPerSecond() >= REBUILD_TARGET_EVENTS_PER_SECOND ? "met" : "NOT met"));
    }
    setting("machine", machine);
  }

  private void setting(String name, String value) {
    out.printf("  %-14s %s%n", name, value);
  }
}
