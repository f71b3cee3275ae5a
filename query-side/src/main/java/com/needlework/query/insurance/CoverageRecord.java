package com.needlework.query.insurance;

import com.needlework.api.common.DateRange;
import com.needlework.api.insurance.CoverageId;
import com.needlework.api.insurance.CoveragePriority;
import com.needlework.api.insurance.CoverageTerms;
import com.needlework.api.insurance.RankedCoverage;
import com.needlework.api.patient.PatientId;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;

/**
 * A patient's coverage as stored: its terms as they stand, the last day a termination left it (null
 * while not terminated), and the visits the payer had already counted in one benefit period before
 * this system tracked them.
 */
record CoverageRecord(
    CoverageId coverageId,
    PatientId patientId,
    CoverageTerms terms,
    LocalDate lastDay,
    DateRange usedSoFarPeriod,
    int visitsUsedSoFar)
    implements RankedCoverage {

  /** How the day a plan year renews on is written: MM-DD. */
  static final DateTimeFormatter RENEWS_ON = DateTimeFormatter.ofPattern("MM-dd");

  static MonthDay renewsOn(String stored) {
    return MonthDay.parse("--" + stored);
  }

  @Override
  public CoveragePriority priority() {
    return terms.priority();
  }

  @Override
  public LocalDate effectiveFrom() {
    return terms.effectiveFrom();
  }

  boolean terminated() {
    return lastDay != null;
  }

  /** The last day it pays for: the earlier of its terms' end and its termination; null if open. */
  LocalDate effectiveUntil() {
    LocalDate until = terms.effectiveUntil();
    if (lastDay == null) {
      return until;
    }
    return until != null && until.isBefore(lastDay) ? until : lastDay;
  }

  @Override
  public boolean effectiveOn(LocalDate day) {
    return RankedCoverage.effectiveBetween(terms.effectiveFrom(), effectiveUntil(), day);
  }

  /** The benefit period a day falls in. */
  DateRange periodContaining(LocalDate day) {
    return terms.benefitPeriod().containing(day);
  }
}
