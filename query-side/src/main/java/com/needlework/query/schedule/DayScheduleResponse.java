package com.needlework.query.schedule;

import com.needlework.api.clinic.PractitionerId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** A day of the clinic, practitioner by practitioner, each visit with how it is paid. */
public record DayScheduleResponse(
    LocalDate date, ZoneId zone, List<PractitionerDay> practitioners) {

  public record PractitionerDay(
      PractitionerId practitionerId, String practitionerName, List<VisitView> visits) {}
}
