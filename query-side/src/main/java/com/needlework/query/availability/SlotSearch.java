package com.needlework.query.availability;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.VisitType;
import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.BookingChannel;
import java.time.LocalDate;

/**
 * Open slots for a visit type between two clinic-local dates (inclusive); the practitioner is
 * optional; needling slots need the patient (only those they would be allowed are open). {@code
 * channel} decides whether the public notice and horizon apply.
 */
public record SlotSearch(
    VisitType visitType,
    LocalDate from,
    LocalDate to,
    PractitionerId practitionerId,
    PatientId patientId,
    BookingChannel channel) {}
