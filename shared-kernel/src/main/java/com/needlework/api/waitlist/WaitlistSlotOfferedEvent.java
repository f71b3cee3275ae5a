package com.needlework.api.waitlist;

import com.needlework.api.clinic.VisitType;
import com.needlework.api.patient.PatientId;

public record WaitlistSlotOfferedEvent(
    WaitlistEntryId entryId, PatientId patientId, VisitType visitType, WaitlistOffer offer) {}
