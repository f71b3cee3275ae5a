package com.needlework.query.insurance;

import com.needlework.api.common.DateRange;
import com.needlework.api.insurance.CoveredVisits;
import com.needlework.query.insurance.CoverageActivity.BookedVisit;
import com.needlework.query.insurance.CoverageActivity.UsedVisits;
import java.time.LocalDate;
import java.util.List;

/**
 * Where a coverage stands on one day: the benefit period containing it with its covered visits
 * (allowed; used, counted by the payer before tracking and then used less given back; booked or
 * under way), and of the booked ones those from that day on. Pure, so it is tested without a
 * database.
 */
record PeriodStanding(DateRange period, CoveredVisits visits, int bookedFromToday) {

  static PeriodStanding of(CoverageRecord coverage, CoverageActivity activity, LocalDate today) {
    DateRange period = coverage.periodContaining(today);
    int usedBeforeTracking =
        coverage.usedSoFarPeriod().start().equals(period.start()) ? coverage.visitsUsedSoFar() : 0;
    int usedSince =
        activity.used().stream()
            .filter(used -> period.start().equals(used.periodStart()))
            .mapToInt(UsedVisits::visits)
            .sum();
    List<BookedVisit> booked =
        activity.booked().stream()
            .filter(visit -> period.start().equals(visit.periodStart()))
            .toList();
    return new PeriodStanding(
        period,
        new CoveredVisits(
            coverage.terms().visitsAllowed(), usedBeforeTracking + usedSince, booked.size()),
        (int) booked.stream().filter(visit -> !visit.date().isBefore(today)).count());
  }

  /** Covered visits left that nobody has booked from the day on: to use before the reset. */
  int unbooked() {
    return new CoveredVisits(visits.allowed(), visits.used(), bookedFromToday).unreserved();
  }
}
