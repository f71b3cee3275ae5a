package com.needlework.api.scheduling;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.common.TimeSlot;
import com.needlework.api.insurance.VisitCoverage;
import com.needlework.api.patient.PatientId;
import java.time.Duration;

/** A needling session counted against plan of care number {@code planNumber}. */
public record NeedlingSessionBookedEvent(
    VisitId visitId,
    PatientId patientId,
    PractitionerId practitionerId,
    RoomId roomId,
    TimeSlot slot,
    Duration bufferAfter,
    int planNumber,
    boolean electricalStimulation,
    SeriesId seriesId,
    VisitCoverage coverage) {}
