package com.needlework.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;

/**
 * Runs a number of operations on a number of threads, each thread issuing its next operation as
 * soon as the previous one returned, and times every operation.
 */
final class LoadDriver {

  private static final int SIGNIFICANT_DIGITS = 3;

  private LoadDriver() {}

  /** One thread's means of performing operations, opened before the clock starts. */
  @FunctionalInterface
  interface Worker extends AutoCloseable {

    /** Performs operation {@code index}; answers why it failed, or empty when it succeeded. */
    Optional<String> perform(int index) throws Exception;

    @Override
    default void close() throws Exception {}
  }

  /**
   * What one run achieved.
   *
   * @param threads how many threads issued operations
   * @param attempted how many operations were issued
   * @param errors how often each failure occurred
   * @param elapsedNanos wall-clock time from the first operation to the last answer
   * @param latencyMicros the latency of every successful operation
   */
  record Run(
      int threads,
      int attempted,
      Map<String, Integer> errors,
      long elapsedNanos,
      Histogram latencyMicros) {

    long succeeded() {
      return latencyMicros.getTotalCount();
    }

    long errorCount() {
      return attempted - succeeded();
    }

    double perSecond() {
      return succeeded() * (double) TimeUnit.SECONDS.toNanos(1) / elapsedNanos;
    }

    double millisAt(double percentile) {
      return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
    }

    double maxMillis() {
      return latencyMicros.getMaxValue() / 1000.0;
    }
  }

  static Run run(int operations, int threads, Callable<Worker> openWorker) throws Exception {
    List<Worker> workers = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int i = 0; i < threads; i++) {
        workers.add(openWorker.call());
      }
      AtomicInteger next = new AtomicInteger();
      Map<String, Integer> errors = new ConcurrentHashMap<>();
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Histogram>> results = new ArrayList<>();
      for (Worker worker : workers) {
        results.add(pool.submit(() -> work(worker, operations, next, errors, start)));
      }
      long began = System.nanoTime();
      start.countDown();
      Histogram latency = new Histogram(SIGNIFICANT_DIGITS);
      for (Future<Histogram> result : results) {
        latency.add(result.get());
      }
      long elapsed = System.nanoTime() - began;
      return new Run(threads, operations, Map.copyOf(errors), elapsed, latency);
    } finally {
      pool.shutdownNow();
      for (Worker worker : workers) {
        worker.close();
      }
    }
  }

  private static Histogram work(
      Worker worker,
      int operations,
      AtomicInteger next,
      Map<String, Integer> errors,
      CountDownLatch start)
      throws InterruptedException {
    Histogram latency = new Histogram(SIGNIFICANT_DIGITS);
    start.await();
    for (int index = next.getAndIncrement(); index < operations; index = next.getAndIncrement()) {
      long began = System.nanoTime();
      Optional<String> failure;
      try {
        failure = worker.perform(index);
      } catch (InterruptedException interrupted) {
        throw interrupted;
      } catch (Exception thrown) {
        failure = Optional.of(thrown.getClass().getSimpleName() + ": " + thrown.getMessage());
      }
      long took = System.nanoTime() - began;
      if (failure.isPresent()) {
        errors.merge(failure.get(), 1, Integer::sum);
      } else {
        latency.recordValue(TimeUnit.NANOSECONDS.toMicros(took));
      }
    }
    return latency;
  }
}
