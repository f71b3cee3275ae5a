package com.needlework.api.patient;

import java.time.LocalDate;

/** The plan of care's certification ends within a week: re-evaluate or recertify. */
public record PlanOfCareEndingSoonEvent(
    PatientId patientId, int planNumber, LocalDate certifiedUntil, int sessionsLeft) {}
