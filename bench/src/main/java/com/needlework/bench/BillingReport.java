package com.needlework.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the billing benchmark's findings as plain text, section by section as they come. */
final class BillingReport {

  /** One thing checked once the read models caught up. */
  record Check(String what, String expected, String actual, boolean passed) {}

  private final PrintStream out;
  private String machine = "";

  BillingReport(PrintStream out) {
    this.out = out;
  }

  void settings(BillingOptions options, String database, int port) {
    machine = InProcessApplication.machine(database);
    out.println("Settings");
    setting("data dir", options.dataDir().toString());
    setting("app", "in this JVM, http://localhost:" + port + ", demo clinic, simulated clock");
    setting("asked", options.visits() + " needling sessions, seed " + options.seed());
    setting("machine", machine);
    out.println();
  }

  void progress(String line) {
    out.println("- " + line);
  }

  void setUp(List<BillingBenchmark.Session> sessions, long commands, Duration took) {
    Map<BillingMix.Funding, Integer> funding = new EnumMap<>(BillingMix.Funding.class);
    sessions.forEach(s -> funding.merge(s.funding, 1, Integer::sum));
    long booked = sessions.stream().filter(s -> s.visit != null).count();
    long days = sessions.stream().map(s -> s.day).filter(d -> d != null).distinct().count();
    out.printf("%nSet-up (not timed: patients, evaluations, coverages, bookings)%n");
    setting(
        "patients",
        String.format(
            Locale.ROOT,
            "%d: %d self-pay, %d Pacific Wellness ($25 copay, covers needling), %d Blue Horizon"
                + " ($30 copay, needling self-pay)",
            sessions.size(),
            funding.getOrDefault(BillingMix.Funding.SELF_PAY, 0),
            funding.getOrDefault(BillingMix.Funding.PACIFIC_WELLNESS, 0),
            funding.getOrDefault(BillingMix.Funding.BLUE_HORIZON, 0)));
    setting(
        "bookings",
        booked
            + " needling sessions on "
            + days
            + " weekdays (the demo clinic: 3 practitioners, 3 rooms, 8:00-18:00)");
    setting(
        "commands",
        String.format(Locale.ROOT, "%,d in %.1f s, one thread", commands, took.toNanos() / 1e9));
  }

  void completions(LoadDriver.Run run, List<BillingBenchmark.Session> sessions) {
    long lines = sessions.stream().filter(s -> s.completed).mapToLong(s -> s.quotedLines).sum();
    Map<String, Long> mix = new java.util.TreeMap<>();
    sessions.forEach(
        s -> {
          mix.merge("muscles " + s.treatment.muscles(), 1L, Long::sum);
          mix.merge("e-stim " + s.treatment.electricalStimulation(), 1L, Long::sum);
          if (s.treatment.exerciseMinutes() > 0) {
            mix.merge("with exercise", 1L, Long::sum);
          }
          if (s.treatment.manualTherapyMinutes() > 0) {
            mix.merge("with manual therapy", 1L, Long::sum);
          }
        });
    out.printf(
        "%nCompleting the visits (VisitCompletion.complete: the visit, its coded charges posted to"
            + " the account, the coverage's visit used; one transaction each, one thread)%n");
    setting("treatments", mix.toString());
    double seconds = run.elapsedNanos() / 1e9;
    header();
    row("completions", run);
    setting(
        "charge lines",
        String.format(
            Locale.ROOT,
            "%,d (%.2f per visit): %,.1f charge lines/s",
            lines,
            lines / (double) Math.max(1, run.succeeded()),
            lines / seconds));
    errors(run);
  }

  void payments(LoadDriver.Run gateway, LoadDriver.Run http, String retry) {
    out.printf("%nPayments (one per patient, at the end of the last day)%n");
    header();
    row("RecordPaymentCommand, gateway", gateway);
    row("POST .../payments over HTTP", http);
    errors(gateway);
    errors(http);
    setting("retry", retry);
  }

  void caughtUp(Duration took) {
    progress(
        String.format(
            Locale.ROOT,
            "the read models caught up %.2f s after the last payment",
            took.toNanos() / 1e9));
  }

  void checks(List<Check> checks) {
    out.printf("%nRight to the cent? (after the read models caught up)%n");
    for (Check check : checks) {
      out.printf(
          Locale.ROOT,
          "  %-4s %-72s %s%n",
          check.passed() ? "ok" : "FAIL",
          check.what(),
          check.passed()
              ? check.actual()
              : "expected " + check.expected() + ", found " + check.actual());
    }
    setting(
        "verdict",
        checks.stream().allMatch(Check::passed) ? "every check passed" : "SOME CHECKS FAILED");
  }

  void surprises(List<Frontdesk.Surprise> surprises) {
    out.printf("%nRefused or failed during the set-up (unexpected)%n");
    if (surprises.isEmpty()) {
      out.println("  none");
    }
    for (Frontdesk.Surprise surprise : surprises) {
      out.printf(
          Locale.ROOT,
          "  %,d x %s: %s%n      %s%n",
          surprise.count(),
          surprise.step(),
          surprise.problem(),
          surprise.example());
    }
  }

  void deadLetters(Map<String, Long> deadLetters) {
    out.printf("%nDead letters (events a processor could not handle)%n");
    if (deadLetters.isEmpty()) {
      out.println("  none");
    }
    deadLetters.forEach((what, count) -> out.printf(Locale.ROOT, "  %,d x %s%n", count, what));
  }

  void machine() {
    out.println();
    setting("machine", machine);
  }

  private void header() {
    out.printf(
        "  %-32s %6s %6s %9s %8s %8s %8s%n",
        "what", "count", "errors", "per s", "p50 ms", "p99 ms", "max ms");
  }

  private void row(String what, LoadDriver.Run run) {
    out.printf(
        Locale.ROOT,
        "  %-32s %6d %6d %9.1f %8.2f %8.2f %8.2f%n",
        what,
        run.attempted(),
        run.errorCount(),
        run.perSecond(),
        run.millisAt(50),
        run.millisAt(99),
        run.maxMillis());
  }

  private void errors(LoadDriver.Run run) {
    run.errors()
        .forEach((error, count) -> out.printf(Locale.ROOT, "      %,d x %s%n", count, error));
  }

  private void setting(String name, String value) {
    out.printf("  %-14s %s%n", name, value);
  }
}
