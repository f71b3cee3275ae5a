package com.needlework.api.scheduling;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.VisitType;
import java.time.LocalDate;

/**
 * Open slots for a visit type between two clinic-local dates (inclusive); the practitioner is
 * optional. {@code channel} decides whether the public notice and horizon apply.
 */
public record FindAvailableSlotsQuery(
    VisitType visitType,
    LocalDate from,
    LocalDate to,
    PractitionerId practitionerId,
    BookingChannel channel) {}
