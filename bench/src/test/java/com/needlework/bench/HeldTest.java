package com.needlework.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.clinic.RoomId;
import com.needlework.api.common.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeldTest {

  private static final Instant NINE = Instant.parse("2026-12-07T17:00:00Z");
  private static final Duration HOUR = Duration.ofHours(1);

  private static TimeSlot hourAt(int hoursAfterNine) {
    return TimeSlot.starting(NINE.plus(HOUR.multipliedBy(hoursAfterNine)), HOUR);
  }

  @Test
  void offersTheFirstRoomInOrderThatIsFreeForEveryStretchBackToBackAllowed() {
    RoomId own = RoomId.newId();
    RoomId other = RoomId.newId();
    Map<RoomId, List<TimeSlot>> rooms = new LinkedHashMap<>();
    rooms.put(own, List.of(hourAt(2)));
    rooms.put(other, List.of());
    SlotFinder.Held held = new SlotFinder.Held(List.of(hourAt(0)), rooms);

    assertThat(held.roomFree(List.of(hourAt(1), hourAt(3)))).contains(own);
    assertThat(held.roomFree(List.of(hourAt(1), hourAt(2)))).contains(other);
    assertThat(held.practitionerFree(hourAt(1))).isTrue();
    assertThat(held.practitionerFree(TimeSlot.starting(NINE.plusSeconds(1800), HOUR))).isFalse();
  }
}
