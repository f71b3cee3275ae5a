package com.needlework.bench;

import java.util.Arrays;

/**
 * The benchmark jar's entry point: the first argument names the benchmark, the rest are its own.
 *
 * <pre>
 * java -jar bench/target/needlework-bench.jar booking [--key=value ...]
 * java -jar bench/target/needlework-bench.jar history --data-dir=DIR [--key=value ...]
 * java -jar bench/target/needlework-bench.jar billing --data-dir=DIR [--key=value ...]
 * </pre>
 */
public final class Benchmarks {

  static final String USAGE =
      "Usage: java -jar bench/target/needlework-bench.jar BENCHMARK [--key=value ...]\n"
          + "  booking   bookings per second against a running app, and its database's raw limit\n"
          + "  history   a year of history in this JVM: availability latency, read-model rebuild\n"
          + "  billing   a clinic's sessions billed in this JVM: completions and payments, to the cent\n"
          + "BENCHMARK --help lists its keys and defaults.\n";

  private Benchmarks() {}

  public static void main(String[] args) {
    String benchmark = args.length == 0 ? "" : args[0];
    String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
    switch (benchmark) {
      case "booking" -> BookingBenchmark.main(rest);
      case "history" -> HistoryBenchmark.main(rest);
      case "billing" -> BillingBenchmark.main(rest);
      case "--help", "help" -> System.out.print(USAGE);
      default -> {
        System.err.println(
            benchmark.isEmpty() ? "Name a benchmark." : "Unknown benchmark '" + benchmark + "'.");
        System.err.print(USAGE);
        System.exit(2);
      }
    }
  }
}
