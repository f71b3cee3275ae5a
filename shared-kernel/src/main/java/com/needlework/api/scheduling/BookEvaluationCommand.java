package com.needlework.api.scheduling;

import com.needlework.api.clinic.PractitionerId;
import com.needlework.api.clinic.RoomId;
import com.needlework.api.patient.PatientId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Books an evaluation. A booking the patient's coverage would not pay (visit limit or authorization
 * used up, expired) is refused unless {@code selfPayAcknowledged}: then it is booked as self-pay.
 */
public record BookEvaluationCommand(
    @TargetAggregateIdentifier VisitId visitId,
    PatientId patientId,
    PractitionerId practitionerId,
    RoomId roomId,
    Instant start,
    boolean selfPayAcknowledged) {}
