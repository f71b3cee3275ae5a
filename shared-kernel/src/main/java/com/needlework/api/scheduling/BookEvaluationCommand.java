package com.needlework.api.scheduling;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.patient.PatientId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record BookEvaluationCommand(
    @TargetAggregateIdentifier VisitId visitId,
    PatientId patientId,
    PractitionerId practitionerId,
    RoomId roomId,
    Instant start) {}
