package com.needlework.ops.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs requests each on a thread of its own, all let go at once, to race them. */
public final class StartingGun {

  private StartingGun() {}

  /** What each contender answered, in the order given. */
  public static <T> List<T> race(List<Callable<T>> contenders) throws Exception {
    CountDownLatch startingGun = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(contenders.size());
    try {
      List<Future<T>> answers = new ArrayList<>();
      for (Callable<T> contender : contenders) {
        answers.add(
            threads.submit(
                () -> {
                  startingGun.await();
                  return contender.call();
                }));
      }
      startingGun.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> answer : answers) {
        results.add(answer.get());
      }
      return results;
    } finally {
      threads.shutdown();
    }
  }
}
