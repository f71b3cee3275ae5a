package com.needlework.api.scheduling;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.insurance.VisitCoverage;
import com.needlework.api.patient.PatientId;
import java.time.Duration;

public record EvaluationBookedEvent(
    VisitId visitId,
    PatientId patientId,
    PractitionerId practitionerId,
    RoomId roomId,
    TimeSlot slot,
    Duration bufferAfter,
    VisitCoverage coverage) {}
