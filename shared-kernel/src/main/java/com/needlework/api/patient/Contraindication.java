package com.needlework.api.patient;

/** The conditions that rule out dry needling unless a clinician documents an override. */
public enum Contraindication {
  PREGNANCY("pregnancy"),
  BLEEDING_DISORDER_OR_ANTICOAGULANTS("bleedingDisorderOrAnticoagulants"),
  COMPROMISED_IMMUNITY("compromisedImmunity"),
  SKIN_INFECTION_AT_SITE("skinInfectionAtSite"),
  METAL_ALLERGY("metalAllergy"),
  UNCONTROLLED_DIABETES("uncontrolledDiabetes");

  private final String field;

  Contraindication(String field) {
    this.field = field;
  }

  /** The name of its yes/no field in the screening form. */
  public String field() {
    return field;
  }
}
