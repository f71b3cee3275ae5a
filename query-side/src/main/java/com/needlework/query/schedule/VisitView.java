package com.needlework.query.schedule;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.insurance.CoverageStatus;
import com.needlework.api.scheduling.VisitId;
import com.needlework.api.scheduling.VisitStatus;
import com.needlework.query.clinic.Labels;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * One visit in the day and week views and on the day sheet, its times with the clinic's offset and
 * how it is paid: {@code coverageStatus} is null for discovery calls, which are never billed.
 */
public record VisitView(
    VisitId visitId,
    VisitType visitType,
    OffsetDateTime start,
    OffsetDateTime end,
    VisitStatus status,
    boolean lateCancellation,
    PractitionerId practitionerId,
    String practitionerName,
    RoomId roomId,
    String roomName,
    Attendee attendee,
    OffsetDateTime checkedInAt,
    CoverageStatus coverageStatus,
    String coverageReason) {

  static VisitView of(VisitRow row, ZoneId zone, Labels labels) {
    return new VisitView(
        row.visitId(),
        row.visitType(),
        local(row.start(), zone),
        local(row.end(), zone),
        row.status(),
        row.lateCancellation(),
        row.practitionerId(),
        labels.practitioner(row.practitionerId()),
        row.roomId(),
        labels.room(row.roomId()),
        row.attendee(),
        local(row.checkedInAt(), zone),
        row.payment().coverageStatus(),
        row.payment().coverageReason());
  }

  static OffsetDateTime local(Instant instant, ZoneId zone) {
    return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
  }
}
