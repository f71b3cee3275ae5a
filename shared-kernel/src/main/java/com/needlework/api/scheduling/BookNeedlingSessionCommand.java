package com.needlework.api.scheduling;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.patient.PatientId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Books a dry-needling session; {@code seriesId} is set when it belongs to a recurring series. As
 * for evaluations, a booking the coverage would not pay needs {@code selfPayAcknowledged}.
 */
public record BookNeedlingSessionCommand(
    @TargetAggregateIdentifier VisitId visitId,
    PatientId patientId,
    PractitionerId practitionerId,
    RoomId roomId,
    Instant start,
    boolean electricalStimulation,
    SeriesId seriesId,
    boolean selfPayAcknowledged) {}
