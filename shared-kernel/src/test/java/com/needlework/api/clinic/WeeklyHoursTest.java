package com.needlework.api.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.needlework.api.common.Refusal;
import com.needlework.api.common.TimeSlot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyHoursTest {

  private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
  private static final Duration CALL = Duration.ofMinutes(20);
  private static final Duration STEP = Duration.ofMinutes(15);

  private final WeeklyHours mondaysAndSundays =
      new WeeklyHours(
          List.of(
              new WorkingPeriod(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
              new WorkingPeriod(DayOfWeek.SUNDAY, LocalTime.of(8, 0), LocalTime.of(9, 0))));

  private static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(LOS_ANGELES).toInstant();
  }

  @Test
  void offersStartsEveryStepWhileTheVisitStillFits() {
    List<Instant> starts =
        mondaysAndSundays.slotStarts(LocalDate.of(2026, 11, 30), LOS_ANGELES, CALL, STEP);
    assertThat(starts).hasSize(15);
    assertThat(starts.get(0)).isEqualTo(local("2026-11-30T08:00"));
    assertThat(starts.get(14)).isEqualTo(local("2026-11-30T11:30"));
  }

  @Test
  void keepsLocalHoursOnTheDayDaylightSavingEnds() {
    LocalDate fallBack = LocalDate.of(2026, 11, 1);
    List<Instant> starts = mondaysAndSundays.slotStarts(fallBack, LOS_ANGELES, CALL, STEP);
    assertThat(starts)
        .containsExactly(
            local("2026-11-01T08:00"), local("2026-11-01T08:15"), local("2026-11-01T08:30"));
    assertThat(Duration.between(local("2026-10-25T08:00"), starts.get(0)))
        .isEqualTo(Duration.ofDays(7).plusHours(1));
  }

  @Test
  void keepsLocalHoursOnTheDayDaylightSavingStarts() {
    List<Instant> starts =
        mondaysAndSundays.slotStarts(LocalDate.of(2026, 3, 8), LOS_ANGELES, CALL, STEP);
    assertThat(starts.get(0)).isEqualTo(Instant.parse("2026-03-08T15:00:00Z"));
  }

  @Test
  void coversOnlySlotsInsideOnePeriod() {
    assertThat(
            mondaysAndSundays.covers(
                TimeSlot.starting(local("2026-11-30T11:40"), CALL), LOS_ANGELES))
        .isTrue();
    assertThat(
            mondaysAndSundays.covers(
                TimeSlot.starting(local("2026-11-30T11:45"), CALL), LOS_ANGELES))
        .isFalse();
    assertThat(
            mondaysAndSundays.covers(
                TimeSlot.starting(local("2026-12-01T09:00"), CALL), LOS_ANGELES))
        .isFalse();
  }

  @Test
  void knowsWhichStartsAreOnTheGrid() {
    assertThat(mondaysAndSundays.isSlotStart(local("2026-11-30T08:45"), LOS_ANGELES, CALL, STEP))
        .isTrue();
    assertThat(mondaysAndSundays.isSlotStart(local("2026-11-30T08:50"), LOS_ANGELES, CALL, STEP))
        .isFalse();
  }

  @Test
  void refusesOverlappingPeriodsOnOneDay() {
    assertThatThrownBy(
            () ->
                new WeeklyHours(
                    List.of(
                        new WorkingPeriod(
                            DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                        new WorkingPeriod(
                            DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(13, 0)))))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("overlap on MONDAY");
  }

  @Test
  void refusesAPeriodThatEndsBeforeItStarts() {
    assertThatThrownBy(
            () -> new WorkingPeriod(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(8, 0)))
        .isInstanceOf(Refusal.class);
  }
}
