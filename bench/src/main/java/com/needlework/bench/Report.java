package com.needlework.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Collects the runs and prints them as plain-text tables. */
final class Report {

  private static final int ERRORS_SHOWN = 10;

  private final Options options;
  private final PrintStream out;
  private final List<String> notes = new ArrayList<>();
  private final Map<Integer, LoadDriver.Run> bookings = new TreeMap<>();
  private final Map<Integer, LoadDriver.Run> inserts = new TreeMap<>();
  private int calls;
  private int warmup;
  private int openSlots;
  private LoadDriver.Run cleanup;

  Report(Options options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  /** "1 client", "8 clients". */
  static String count(int number, String noun) {
    return number + " " + noun + (number == 1 ? "" : "s");
  }

  /** Prints a line as the benchmark goes along. */
  void progress(String line) {
    out.println("- " + line);
  }

  /** Records a fact the figures depend on, printed with the settings. */
  void note(String note) {
    notes.add(note);
    progress(note);
  }

  void bookingPlan(int openSlots, int calls, int warmup) {
    this.openSlots = openSlots;
    this.calls = calls;
    this.warmup = warmup;
  }

  void bookings(LoadDriver.Run run) {
    bookings.put(run.threads(), run);
  }

  void inserts(LoadDriver.Run run) {
    inserts.put(run.threads(), run);
  }

  void cleanup(LoadDriver.Run run) {
    cleanup = run;
  }

  void print() {
    out.println();
    printSettings();
    printTable(
        "Bookings (POST /api/discovery-calls over HTTP; latency of successful bookings)",
        "clients",
        "calls",
        "cmd/s",
        bookings);
    printTable(
        "Raw inserts (" + RawInsertLoad.TABLE + ", one row per transaction, plain JDBC)",
        "connections",
        "rows",
        "rows/s",
        inserts);
    printRatios();
    printErrors();
    out.printf(
        Locale.ROOT,
        "%nClean-up: cancelled %d of %d booked visits in %.1f s (%.1f/s)%n",
        cleanup.succeeded(),
        cleanup.attempted(),
        cleanup.elapsedNanos() / 1e9,
        cleanup.perSecond());
  }

  private void printSettings() {
    Runtime runtime = Runtime.getRuntime();
    out.println("Settings");
    setting("app", options.baseUrl().toString());
    setting("database", options.jdbcUrl() + " as " + options.dbUser());
    setting(
        "bookings",
        calls
            + " per run (N), after "
            + warmup
            + " warm-up bookings with "
            + count(BookingBenchmark.MOST_CLIENTS, "client"));
    setting("open slots", openSlots + " non-overlapping discovery-call slots were open");
    setting(
        "raw inserts",
        options.rawInserts()
            + " rows per run, after "
            + options.warmup()
            + " warm-up rows on 1 connection");
    setting(
        "benchmark JVM",
        System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.runtime.version")
            + ", max heap "
            + runtime.maxMemory() / (1024 * 1024)
            + " MiB");
    setting(
        "machine",
        runtime.availableProcessors()
            + " cores, "
            + System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"));
    for (String note : notes) {
      setting("note", note);
    }
  }

  private void setting(String name, String value) {
    out.printf("  %-14s %s%n", name, value);
  }

  private void printTable(
      String title, String threads, String count, String rate, Map<Integer, LoadDriver.Run> runs) {
    out.printf("%n%s%n", title);
    out.printf(
        "  %11s %7s %7s %9s %8s %8s %8s%n",
        threads, count, "errors", rate, "p50 ms", "p99 ms", "max ms");
    runs.values()
        .forEach(
            run ->
                out.printf(
                    Locale.ROOT,
                    "  %11d %7d %7d %9.1f %8.2f %8.2f %8.2f%n",
                    run.threads(),
                    run.attempted(),
                    run.errorCount(),
                    run.perSecond(),
                    run.millisAt(50),
                    run.millisAt(99),
                    run.maxMillis()));
  }

  private void printRatios() {
    out.printf("%nBooking commands per raw insert (cmd/s / rows/s)%n");
    out.printf("  %11s %9s %9s %7s%n", "concurrency", "cmd/s", "rows/s", "ratio");
    bookings.forEach(
        (threads, booking) -> {
          LoadDriver.Run insert = inserts.get(threads);
          if (insert != null) {
            out.printf(
                Locale.ROOT,
                "  %11d %9.1f %9.1f %7.3f%n",
                threads,
                booking.perSecond(),
                insert.perSecond(),
                booking.perSecond() / insert.perSecond());
          }
        });
  }

  private void printErrors() {
    List<String> lines = new ArrayList<>();
    bookings.values().forEach(run -> errorLines(count(run.threads(), "client"), run, lines));
    inserts.values().forEach(run -> errorLines(count(run.threads(), "connection"), run, lines));
    errorLines("clean-up", cleanup, lines);
    if (!lines.isEmpty()) {
      out.printf("%nErrors%n");
      lines.forEach(out::println);
    }
  }

  private static void errorLines(String label, LoadDriver.Run run, List<String> lines) {
    List<Map.Entry<String, Integer>> errors = new ArrayList<>(run.errors().entrySet());
    errors.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
    errors.stream()
        .limit(ERRORS_SHOWN)
        .forEach(
            error -> lines.add("  " + label + ": " + error.getValue() + " x " + error.getKey()));
    if (errors.size() > ERRORS_SHOWN) {
      lines.add("  " + label + ": " + (errors.size() - ERRORS_SHOWN) + " more kinds of error");
    }
  }
}
