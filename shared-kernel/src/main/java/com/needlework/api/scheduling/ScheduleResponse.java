package com.needlework.api.scheduling;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** A day of the clinic, practitioner by practitioner. */
public record ScheduleResponse(LocalDate date, ZoneId zone, List<PractitionerDay> practitioners) {

  public record PractitionerDay(
      PractitionerId practitionerId, String practitionerName, List<ScheduledVisit> visits) {}

  public record ScheduledVisit(
      VisitId visitId,
      VisitType visitType,
      OffsetDateTime start,
      OffsetDateTime end,
      PractitionerId practitionerId,
      String practitionerName,
      RoomId roomId,
      VisitStatus status,
      boolean lateCancellation,
      Attendee attendee) {}

  /** Who the visit is for: a prospect (discovery call) or a patient. */
  public record Attendee(String kind, String id, String name, String phone) {

    @Override
    public String toString() {
      return "Attendee[kind=%s, id=%s]".formatted(kind, id);
    }
  }
}
