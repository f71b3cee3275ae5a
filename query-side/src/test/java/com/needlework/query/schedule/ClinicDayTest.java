package com.needlework.query.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClinicDayTest {

  private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
  private static final LocalDate SPRING_FORWARD = LocalDate.of(2027, 3, 14);
  private static final LocalDate FALL_BACK = LocalDate.of(2027, 11, 7);

  @Test
  void lasts23HoursOnTheDayTheClocksGoForward() {
    ClinicDay day = ClinicDay.of(SPRING_FORWARD, LOS_ANGELES);
    assertThat(day.start().toOffsetDateTime().toString()).isEqualTo("2027-03-14T00:00-08:00");
    assertThat(day.end().toOffsetDateTime().toString()).isEqualTo("2027-03-15T00:00-07:00");
    assertThat(Duration.between(day.start(), day.end())).isEqualTo(Duration.ofHours(23));
  }

  @Test
  void lasts25HoursOnTheDayTheClocksGoBack() {
    ClinicDay day = ClinicDay.of(FALL_BACK, LOS_ANGELES);
    assertThat(Duration.between(day.start(), day.end())).isEqualTo(Duration.ofHours(25));
  }

  @Test
  void aWeekAcrossTheChangeIsSevenLocalDaysThatMeetWithoutGapOrOverlap() {
    List<ClinicDay> week = ClinicDay.week(LocalDate.of(2027, 3, 11), LOS_ANGELES);
    assertThat(week)
        .extracting(ClinicDay::date)
        .containsExactly(
            LocalDate.of(2027, 3, 11),
            LocalDate.of(2027, 3, 12),
            LocalDate.of(2027, 3, 13),
            SPRING_FORWARD,
            LocalDate.of(2027, 3, 15),
            LocalDate.of(2027, 3, 16),
            LocalDate.of(2027, 3, 17));
    for (int i = 1; i < week.size(); i++) {
      assertThat(week.get(i).start().toInstant()).isEqualTo(week.get(i - 1).end().toInstant());
    }
    assertThat(Duration.between(week.get(0).start(), week.get(6).end()))
        .isEqualTo(Duration.ofHours(7 * 24 - 1));
  }

  @Test
  void containsItsFirstInstantButNotTheNextDaysMidnight() {
    ClinicDay day = ClinicDay.of(SPRING_FORWARD, LOS_ANGELES);
    assertThat(day.contains(day.start().toInstant())).isTrue();
    assertThat(day.contains(day.end().toInstant())).isFalse();
    assertThat(day.contains(LocalDateTime.of(2027, 3, 14, 23, 59).atZone(LOS_ANGELES).toInstant()))
        .isTrue();
  }
}
