package com.needlework.command.waitlist;

import com.needlework.api.clinic.VisitType;
import com.needlework.api.patient.PatientId;
import com.needlework.api.waitlist.WaitlistOffer;

/** What an accepted offer books. */
record AcceptedOffer(PatientId patientId, VisitType visitType, WaitlistOffer offer) {}
