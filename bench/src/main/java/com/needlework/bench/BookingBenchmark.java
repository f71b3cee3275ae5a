package com.needlework.bench;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * Measures how many discovery-call bookings per second a running app completes over HTTP, with 1
 * and with 8 clients, and compares that with how many bare event rows its database commits per
 * second. Books only slots that can all be taken together and cancels every booking afterwards, so
 * it can run again. Run it from the benchmark jar:
 *
 * <pre>
 * java -jar bench/target/needlework-bench.jar booking
 * </pre>
 */
public final class BookingBenchmark {

  /** The numbers of concurrent clients (and connections) measured, ascending. */
  static final List<Integer> CONCURRENCY = List.of(1, 8);

  /** The most clients: they warm the app up and cancel the bookings afterwards. */
  static final int MOST_CLIENTS = CONCURRENCY.get(CONCURRENCY.size() - 1);

  /** Days of availability asked for: beyond the 60-day public horizon in any time zone. */
  private static final int DAYS_AHEAD = 61;

  private final Options options;
  private final Report report;
  private final NeedleworkApi api;

  private BookingBenchmark(Options options) {
    this.options = options;
    this.report = new Report(options, System.out);
    this.api = new NeedleworkApi(options.baseUrl(), options.staffUser(), options.staffPassword());
  }

  public static void main(String[] args) {
    if (Arrays.asList(args).contains("--help")) {
      System.out.print(Options.USAGE);
      return;
    }
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException wrong) {
      System.err.println(wrong.getMessage());
      System.err.print(Options.USAGE);
      System.exit(2);
      return;
    }
    int status;
    try {
      status = new BookingBenchmark(options).run() ? 0 : 1;
    } catch (IllegalStateException stopped) {
      System.err.println("Benchmark stopped: " + stopped.getMessage());
      status = 1;
    } catch (Exception failed) {
      System.err.println("Benchmark failed: " + failed);
      status = 1;
    }
    System.exit(status);
  }

  /** Runs everything; answers whether every booking was cancelled again. */
  private boolean run() throws Exception {
    report.progress("checking the app at " + options.baseUrl());
    api.requireReachable();
    api.requireStaffMayCancel();
    measureRawInserts();
    boolean cleanedUp = measureBookings();
    report.print();
    return cleanedUp;
  }

  /** Runs first, while the app is idle, and before anything is booked. */
  private void measureRawInserts() throws Exception {
    report.progress("creating " + RawInsertLoad.TABLE + " in " + options.jdbcUrl());
    RawInsertLoad raw;
    try {
      raw = new RawInsertLoad(options.jdbcUrl(), options.dbUser(), options.dbPassword());
    } catch (SQLException unreachable) {
      throw new IllegalStateException(
          "Cannot use the database at " + options.jdbcUrl() + ": " + unreachable.getMessage());
    }
    try (raw) {
      if (options.warmup() > 0) {
        report.progress("warming up with " + options.warmup() + " raw inserts");
        raw.insert(options.warmup(), 1);
      }
      for (int connections : CONCURRENCY) {
        report.progress(
            "inserting "
                + options.rawInserts()
                + " rows on "
                + Report.count(connections, "connection"));
        report.inserts(raw.insert(options.rawInserts(), connections));
      }
    }
  }

  private boolean measureBookings() throws Exception {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<SlotPicker.Slot> slots =
        SlotPicker.nonOverlapping(
            api.openDiscoveryCallSlots(today.minusDays(1), today.plusDays(DAYS_AHEAD)));
    int needed = options.warmup() + CONCURRENCY.size() * options.calls();
    int calls = options.calls();
    int warmup = options.warmup();
    if (slots.size() < needed) {
      calls = (int) ((long) options.calls() * slots.size() / needed);
      warmup = Math.min(options.warmup(), slots.size() - CONCURRENCY.size() * calls);
      if (calls < 1) {
        throw new IllegalStateException(
            "Only " + slots.size() + " non-overlapping discovery-call slots are open");
      }
      report.note(
          "only "
              + slots.size()
              + " non-overlapping slots were open, not "
              + needed
              + ": N reduced from "
              + options.calls()
              + " to "
              + calls
              + ", warm-up to "
              + warmup);
    }
    report.bookingPlan(slots.size(), calls, warmup);
    HttpBookingLoad load = new HttpBookingLoad(api);
    LoadDriver.Run cleanup;
    try {
      if (warmup > 0) {
        report.progress("warming up with " + warmup + " bookings");
        load.book(slots.subList(0, warmup), MOST_CLIENTS);
      }
      int first = warmup;
      for (int clients : CONCURRENCY) {
        report.progress(
            "booking " + calls + " discovery calls with " + Report.count(clients, "client"));
        report.bookings(load.book(slots.subList(first, first + calls), clients));
        first += calls;
      }
    } finally {
      report.progress("cancelling the benchmark's bookings");
      cleanup = load.cancelAll(MOST_CLIENTS);
      report.cleanup(cleanup);
    }
    return cleanup.errorCount() == 0;
  }
}
