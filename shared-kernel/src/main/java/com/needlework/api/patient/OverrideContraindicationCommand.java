package com.needlework.api.patient;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A clinician's documented decision that needling may go ahead despite a contraindication. */
public record OverrideContraindicationCommand(
    @TargetAggregateIdentifier PatientId patientId,
    Contraindication contraindication,
    String reason,
    String clinician) {

  @Override
  public String toString() {
    return "OverrideContraindicationCommand[patientId=%s, contraindication=%s]"
        .formatted(patientId, contraindication);
  }
}
