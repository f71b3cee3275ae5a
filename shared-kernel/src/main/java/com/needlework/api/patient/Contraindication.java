package com.needlework.api.patient;

import com.needlework.api.common.Refusal;
import com.needlework.api.common.Texts;
import java.util.Arrays;

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

  /** By its screening field ({@code metalAllergy}) or its name ({@code METAL_ALLERGY}). */
  public static Contraindication parse(String raw) {
    return Arrays.stream(values())
        .filter(c -> c.field.equalsIgnoreCase(raw) || c.name().equalsIgnoreCase(raw))
        .findFirst()
        .orElseThrow(
            () ->
                Refusal.invalidField(
                    "contraindication",
                    "Unknown contraindication '"
                        + Texts.quote(raw)
                        + "'; expected one of "
                        + Arrays.stream(values()).map(Contraindication::field).toList()));
  }

  /** The name of its yes/no field in the screening form. */
  public String field() {
    return field;
  }
}
