package com.needlework.api.patient;

import java.time.LocalDate;

/** The patient signed an Advance Beneficiary Notice on the day: they pay for the needling. */
public record AbnRecordedEvent(PatientId patientId, LocalDate signedOn, String recordedBy) {}
