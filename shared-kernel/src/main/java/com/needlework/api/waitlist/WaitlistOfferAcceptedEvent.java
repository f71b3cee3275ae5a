package com.needlework.api.waitlist;

import com.needlework.api.patient.PatientId;
import com.needlework.api.scheduling.VisitId;

public record WaitlistOfferAcceptedEvent(
    WaitlistEntryId entryId, PatientId patientId, WaitlistOffer offer, VisitId visitId) {}
