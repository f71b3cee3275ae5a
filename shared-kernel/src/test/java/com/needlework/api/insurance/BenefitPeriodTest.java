package com.needlework.api.insurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.needlework.api.common.DateRange;
import com.needlework.api.common.Refusal;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class BenefitPeriodTest {

  private static DateRange range(String start, String end) {
    return new DateRange(LocalDate.parse(start), LocalDate.parse(end));
  }

  @Test
  void aCalendarYearRunsFromJanuaryFirstToDecemberThirtyFirst() {
    BenefitPeriod year = BenefitPeriod.calendarYear();
    assertThat(year.containing(LocalDate.parse("2026-12-31")))
        .isEqualTo(range("2026-01-01", "2026-12-31"));
    assertThat(year.containing(LocalDate.parse("2027-01-01")))
        .isEqualTo(range("2027-01-01", "2027-12-31"));
  }

  @Test
  void aJulyPlanYearRunsToTheThirtiethOfJuneAfter() {
    BenefitPeriod july = new BenefitPeriod(BenefitPeriodType.PLAN_YEAR, MonthDay.of(7, 1));
    assertThat(july.containing(LocalDate.parse("2027-06-30")))
        .isEqualTo(range("2026-07-01", "2027-06-30"));
    assertThat(july.containing(LocalDate.parse("2027-07-01")))
        .isEqualTo(range("2027-07-01", "2028-06-30"));
    assertThat(july.following(LocalDate.parse("2026-11-30")))
        .isEqualTo(range("2027-07-01", "2028-06-30"));
  }

  @Test
  void aFebruaryTwentyNinthRenewalFallsOnTheTwentyEighthInOtherYears() {
    BenefitPeriod leap = new BenefitPeriod(BenefitPeriodType.PLAN_YEAR, MonthDay.of(2, 29));
    assertThat(leap.containing(LocalDate.parse("2028-02-29")))
        .isEqualTo(range("2028-02-29", "2029-02-27"));
    assertThat(leap.containing(LocalDate.parse("2029-02-28")))
        .isEqualTo(range("2029-02-28", "2030-02-27"));
    assertThat(leap.containing(LocalDate.parse("2028-02-28")))
        .isEqualTo(range("2027-02-28", "2028-02-28"));
  }

  @Test
  void aPlanYearNeedsItsRenewalDay() {
    assertThatThrownBy(() -> new BenefitPeriod(BenefitPeriodType.PLAN_YEAR, null))
        .isInstanceOf(Refusal.class);
  }

  @Test
  void aCalendarYearRenewsOnlyOnNewYearsDay() {
    assertThatThrownBy(() -> new BenefitPeriod(BenefitPeriodType.CALENDAR_YEAR, MonthDay.of(7, 1)))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("PLAN_YEAR");
  }
}
