package com.needlework.command.web;

import com.needlework.api.common.Refusal;
import com.needlework.api.patient.Contraindication;
import com.needlework.api.patient.Screening;
import java.util.EnumSet;
import java.util.Set;

/** The screening form: every contraindication answered yes or no, and notes. */
public record ScreeningBody(
    Boolean pregnancy,
    Boolean bleedingDisorderOrAnticoagulants,
    Boolean compromisedImmunity,
    Boolean skinInfectionAtSite,
    Boolean metalAllergy,
    Boolean uncontrolledDiabetes,
    String notes) {

  public Screening toScreening() {
    Set<Contraindication> present = EnumSet.noneOf(Contraindication.class);
    answer(pregnancy, Contraindication.PREGNANCY, present);
    answer(
        bleedingDisorderOrAnticoagulants,
        Contraindication.BLEEDING_DISORDER_OR_ANTICOAGULANTS,
        present);
    answer(compromisedImmunity, Contraindication.COMPROMISED_IMMUNITY, present);
    answer(skinInfectionAtSite, Contraindication.SKIN_INFECTION_AT_SITE, present);
    answer(metalAllergy, Contraindication.METAL_ALLERGY, present);
    answer(uncontrolledDiabetes, Contraindication.UNCONTROLLED_DIABETES, present);
    return new Screening(present, notes);
  }

  private static void answer(
      Boolean answer, Contraindication contraindication, Set<Contraindication> present) {
    if (answer == null) {
      throw Refusal.invalid(
          "The screening must answer '" + contraindication.field() + "' with true or false");
    }
    if (answer) {
      present.add(contraindication);
    }
  }
}
