package com.needlework.bench;

import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * What happens next in the simulated clinic: steps due at simulated instants, run in time order
 * (ties in the order they were planned), each with the clock moved to its instant first.
 */
final class Agenda {

  private record Step(Instant due, long order, Runnable action) {}

  private final PriorityQueue<Step> steps =
      new PriorityQueue<>(Comparator.comparing(Step::due).thenComparingLong(Step::order));
  private final SimulatedClock clock;
  private long planned;

  Agenda(SimulatedClock clock) {
    this.clock = clock;
  }

  /**
   * @throws IllegalStateException when the step would be due in the simulated past
   */
  void at(Instant due, Runnable action) {
    if (due.isBefore(clock.instant())) {
      throw new IllegalStateException(
          "A step was planned for " + due + ", before the simulated now " + clock.instant());
    }
    steps.add(new Step(due, planned++, action));
  }

  /** Runs every step due before {@code end}, then moves the clock to {@code end}. */
  void runUntil(Instant end) {
    while (!steps.isEmpty() && steps.peek().due().isBefore(end)) {
      Step next = steps.poll();
      clock.advanceTo(next.due());
      next.action().run();
    }
    clock.advanceTo(end);
  }
}
