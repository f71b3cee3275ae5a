package com.needlework.query.schedule;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.scheduling.VisitId;
import com.needlework.api.scheduling.VisitStatus;
import java.time.Instant;

/**
 * A visit as stored, with who it is for and how it is paid; instants, so each view shows them in
 * the clinic zone.
 */
record VisitRow(
    VisitId visitId,
    VisitType visitType,
    Instant start,
    Instant end,
    PractitionerId practitionerId,
    RoomId roomId,
    VisitStatus status,
    boolean lateCancellation,
    Attendee attendee,
    Instant checkedInAt,
    VisitPayment payment) {

  static final String PROSPECT = "PROSPECT";
  static final String PATIENT = "PATIENT";
}
