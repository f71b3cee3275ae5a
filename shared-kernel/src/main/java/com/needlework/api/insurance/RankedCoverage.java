package com.needlework.api.insurance;

import java.time.LocalDate;

/** What decides which of a patient's coverages pays first on a day. */
public interface RankedCoverage {

  CoverageId coverageId();

  CoveragePriority priority();

  LocalDate effectiveFrom();

  boolean effectiveOn(LocalDate day);

  /** Whether a coverage effective from a day until another (null: open-ended) is on a day. */
  static boolean effectiveBetween(LocalDate from, LocalDate until, LocalDate day) {
    return !day.isBefore(from) && (until == null || !day.isAfter(until));
  }
}
