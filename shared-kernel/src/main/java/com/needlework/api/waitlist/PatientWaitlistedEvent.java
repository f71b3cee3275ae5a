package com.needlework.api.waitlist;

import com.needlework.api.clinic.VisitType;
import com.needlework.api.patient.PatientId;
import java.time.Instant;

public record PatientWaitlistedEvent(
    WaitlistEntryId entryId,
    PatientId patientId,
    VisitType visitType,
    WaitlistPreferences preferences,
    Instant waitlistedAt) {}
