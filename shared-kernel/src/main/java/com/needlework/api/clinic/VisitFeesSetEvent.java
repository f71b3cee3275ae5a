package com.needlework.api.clinic;

/** The fees the clinic charges from now on for late cancellations and no-shows. */
public record VisitFeesSetEvent(ClinicId clinicId, VisitFees fees) {}
