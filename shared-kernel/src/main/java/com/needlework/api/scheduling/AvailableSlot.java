package com.needlework.api.scheduling;

import com.needlework.api.clinic.PractitionerId;
import java.time.OffsetDateTime;

/** One bookable start, shown with the clinic's offset on that date. */
public record AvailableSlot(
    OffsetDateTime start,
    OffsetDateTime end,
    PractitionerId practitionerId,
    String practitionerName) {}
