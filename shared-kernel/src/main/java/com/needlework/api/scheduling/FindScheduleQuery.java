package com.needlework.api.scheduling;

import com.needlework.api.clinic.PractitionerId;
import java.time.LocalDate;

/** One clinic-local day's visits per practitioner; the practitioner is optional. */
public record FindScheduleQuery(LocalDate date, PractitionerId practitionerId) {}
