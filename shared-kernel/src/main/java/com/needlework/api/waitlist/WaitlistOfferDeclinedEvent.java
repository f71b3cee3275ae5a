package com.needlework.api.waitlist;

import com.needlework.api.clinic.VisitType;
import com.needlework.api.patient.PatientId;

/** The patient said no; the slot goes to the next eligible patient on the list. */
public record WaitlistOfferDeclinedEvent(
    WaitlistEntryId entryId, PatientId patientId, VisitType visitType, WaitlistOffer offer) {}
