package com.needlework.api.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeSlotTest {

  private static final Instant NINE = Instant.parse("2026-12-01T17:00:00Z");

  @Test
  void backToBackSlotsDoNotOverlap() {
    TimeSlot first = TimeSlot.starting(NINE, Duration.ofMinutes(20));
    TimeSlot second = TimeSlot.starting(first.end(), Duration.ofMinutes(20));
    assertThat(first.overlaps(second)).isFalse();
    assertThat(first.extendedBy(Duration.ofMinutes(1)).overlaps(second)).isTrue();
  }

  @Test
  void refusesASlotThatEndsWhenItStarts() {
    assertThatThrownBy(() -> new TimeSlot(NINE, NINE))
        .isInstanceOf(Refusal.class)
        .hasMessage("A time slot must end after it starts");
  }
}
