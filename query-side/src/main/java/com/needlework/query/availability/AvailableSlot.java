package com.needlework.query.availability;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import java.time.OffsetDateTime;

/**
 * One bookable start, shown with the clinic's offset on that date, and a room free for it when the
 * visit needs one (null otherwise).
 */
public record AvailableSlot(
    OffsetDateTime start,
    OffsetDateTime end,
    PractitionerId practitionerId,
    String practitionerName,
    RoomId roomId,
    String roomName) {}
