package com.needlework.query.availability;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.scheduling.AvailableSlot;
import java.time.OffsetDateTime;

/**
 * One bookable start with the clinic's offset, and a room free for it when the visit needs one
 * (null otherwise): {@link AvailableSlot} with the room.
 */
record OpenSlot(
    OffsetDateTime start,
    OffsetDateTime end,
    PractitionerId practitionerId,
    String practitionerName,
    RoomId roomId,
    String roomName) {

  AvailableSlot withoutRoom() {
    return new AvailableSlot(start, end, practitionerId, practitionerName);
  }
}
