package com.needlework.ops.workspace.desk;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.patient.PatientId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The booking form as posted, its inputs named like the API's fields. {@code start} is a slot's
 * start with its offset, or a clinic-local time of day when the calendar prefills it.
 */
record BookingForm(
    VisitType visitType,
    PatientId patientId,
    String patientName,
    PractitionerId practitionerId,
    RoomId roomId,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
    String start,
    Boolean electricalStimulation,
    Boolean selfPayAcknowledged) {

  BookingForm {
    visitType = visitType == null ? VisitType.NEEDLING_SESSION : visitType;
    patientName = patientName == null ? "" : patientName.strip();
    start = start == null || start.isBlank() ? null : start.strip();
    electricalStimulation = Boolean.TRUE.equals(electricalStimulation);
    selfPayAcknowledged = Boolean.TRUE.equals(selfPayAcknowledged);
  }

  BookingForm onOrAfter(LocalDate today) {
    return date != null
        ? this
        : new BookingForm(
            visitType,
            patientId,
            patientName,
            practitionerId,
            roomId,
            today,
            start,
            electricalStimulation,
            selfPayAcknowledged);
  }

  BookingForm withoutStart() {
    return new BookingForm(
        visitType,
        patientId,
        patientName,
        practitionerId,
        roomId,
        date,
        null,
        electricalStimulation,
        selfPayAcknowledged);
  }

  boolean needling() {
    return visitType == VisitType.NEEDLING_SESSION;
  }

  /** The chosen start; empty when none is chosen or it cannot be read. */
  Optional<OffsetDateTime> startAt(ZoneId zone) {
    if (start == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(start));
    } catch (DateTimeParseException notAnInstant) {
      try {
        return date == null
            ? Optional.empty()
            : Optional.of(date.atTime(LocalTime.parse(start)).atZone(zone).toOffsetDateTime());
      } catch (DateTimeParseException notATime) {
        return Optional.empty();
      }
    }
  }
}
