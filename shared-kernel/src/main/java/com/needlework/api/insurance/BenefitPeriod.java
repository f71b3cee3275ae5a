package com.needlework.api.insurance;

import com.needlework.api.common.DateRange;
import com.needlework.api.common.Refusal;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The year a coverage's visit limit and deductible run for: the calendar year, or a plan year that
 * renews on any day (a February 29 renewal falls on February 28 in other years).
 */
public record BenefitPeriod(BenefitPeriodType type, MonthDay renewsOn) {

  private static final MonthDay NEW_YEAR = MonthDay.of(1, 1);

  public BenefitPeriod {
    if (type == null) {
      throw Refusal.invalid("A benefit period is CALENDAR_YEAR or PLAN_YEAR");
    }
    if (type == BenefitPeriodType.CALENDAR_YEAR) {
      if (renewsOn != null && !renewsOn.equals(NEW_YEAR)) {
        throw Refusal.invalid("A calendar year renews on 01-01; use PLAN_YEAR for " + renewsOn);
      }
      renewsOn = NEW_YEAR;
    } else if (renewsOn == null) {
      throw Refusal.invalid("A plan year needs the day it renews on (MM-DD)");
    }
  }

  public static BenefitPeriod calendarYear() {
    return new BenefitPeriod(BenefitPeriodType.CALENDAR_YEAR, NEW_YEAR);
  }

  /** The period a day falls in. */
  public DateRange containing(LocalDate date) {
    LocalDate start = renewsOn.atYear(date.getYear());
    if (start.isAfter(date)) {
      start = renewsOn.atYear(date.getYear() - 1);
    }
    return new DateRange(start, renewsOn.atYear(start.getYear() + 1).minusDays(1));
  }

  /** The period after the one a day falls in. */
  public DateRange following(LocalDate date) {
    return containing(containing(date).end().plusDays(1));
  }
}
