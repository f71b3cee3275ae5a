package com.needlework.ops.workspace.desk;

import com.needlework.query.availability.AvailableSlot;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One free time offered on a form: its start as posted, the time and room as the desk reads it. */
record SlotChoice(String value, String time, String room, boolean chosen) {

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

  static List<SlotChoice> of(List<AvailableSlot> slots, Optional<OffsetDateTime> chosen) {
    return slots.stream()
        .map(
            slot ->
                new SlotChoice(
                    slot.start().toString(),
                    slot.start().format(CLOCK) + " – " + slot.end().format(CLOCK),
                    slot.roomName() == null ? "" : slot.roomName(),
                    chosen.filter(start -> start.isEqual(slot.start())).isPresent()))
        .toList();
  }
}
