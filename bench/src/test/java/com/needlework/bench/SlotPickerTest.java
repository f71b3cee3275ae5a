package com.needlework.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotPickerTest {

  private static final OffsetDateTime NINE = OffsetDateTime.parse("2026-12-07T09:00:00-08:00");

  private static SlotPicker.Slot slot(int minutesAfterNine, String practitioner) {
    OffsetDateTime start = NINE.plusMinutes(minutesAfterNine);
    return new SlotPicker.Slot(start, start.plusMinutes(20), practitioner);
  }

  @Test
  void choosesPerPractitionerTheEarliestSlotsThatDoNotOverlap() {
    List<SlotPicker.Slot> offered =
        List.of(
            slot(30, "maya"),
            slot(0, "maya"),
            slot(15, "maya"),
            slot(45, "maya"),
            slot(15, "jordan"),
            slot(0, "jordan"));

    assertThat(SlotPicker.nonOverlapping(offered))
        .containsExactly(slot(0, "maya"), slot(0, "jordan"), slot(30, "maya"));
  }
}
