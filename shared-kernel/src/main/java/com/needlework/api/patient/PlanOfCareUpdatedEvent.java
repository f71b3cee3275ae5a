package com.needlework.api.patient;

/** The current plan changed; sessions already booked or done still count against it. */
public record PlanOfCareUpdatedEvent(
    PatientId patientId, PlanOfCare planOfCare, int planNumber, String recordedBy) {}
