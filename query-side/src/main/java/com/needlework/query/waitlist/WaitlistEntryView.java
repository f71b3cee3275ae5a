package com.needlework.query.waitlist;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.VisitId;
import com.needlework.api.waitlist.WaitlistEntryId;
import com.needlework.api.waitlist.WaitlistPreferences;
import com.needlework.query.clinic.Labels;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One waitlist entry: who waits for what, when they could come, the open (or accepted) offer and
 * the offers declined. Names the patient, so it is PHI.
 */
record WaitlistEntryView(
    WaitlistEntryId entryId,
    PatientId patientId,
    String patientName,
    VisitType visitType,
    Preferences preferences,
    OffsetDateTime waitlistedAt,
    WaitlistStatus status,
    Offer offer,
    VisitId bookedVisitId,
    List<DeclinedOffer> declinedOffers) {

  /** Clinic-local weekdays and times; {@code from}/{@code to} are null when not limited. */
  record Preferences(
      List<DayOfWeek> days,
      LocalTime from,
      LocalTime to,
      PractitionerId practitionerId,
      String practitionerName) {

    static Preferences of(WaitlistPreferences preferences, Labels labels) {
      return new Preferences(
          preferences.days().stream().sorted().toList(),
          preferences.from().equals(LocalTime.MIN) ? null : preferences.from(),
          preferences.to().equals(LocalTime.MAX) ? null : preferences.to(),
          preferences.practitionerId(),
          labels.practitioner(preferences.practitionerId()));
    }
  }

  record Offer(
      OffsetDateTime start,
      OffsetDateTime end,
      PractitionerId practitionerId,
      String practitionerName,
      RoomId roomId,
      String roomName) {}

  record DeclinedOffer(Offer offer, OffsetDateTime declinedAt) {}

  @Override
  public String toString() {
    return "WaitlistEntryView[entryId=%s, status=%s]".formatted(entryId, status);
  }
}
