package com.needlework.api.patient;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that the patient signed an Advance Beneficiary Notice: Medicare will not pay for dry
 * needling by a PT, and the patient agrees to pay for it.
 */
public record RecordAbnCommand(
    @TargetAggregateIdentifier PatientId patientId, LocalDate signedOn, String recordedBy) {}
