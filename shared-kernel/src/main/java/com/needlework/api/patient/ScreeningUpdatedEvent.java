package com.needlework.api.patient;

/** A new screening replaces the last one; overrides of the last one no longer apply. */
public record ScreeningUpdatedEvent(PatientId patientId, Screening screening, String recordedBy) {}
