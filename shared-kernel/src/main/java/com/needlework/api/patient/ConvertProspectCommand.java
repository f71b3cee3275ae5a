package com.needlework.api.patient;

import com.needlework.api.prospect.ProspectId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Marks a prospect as having become the given patient; answers the prospect's contact. */
public record ConvertProspectCommand(
    @TargetAggregateIdentifier ProspectId prospectId, PatientId patientId) {}
