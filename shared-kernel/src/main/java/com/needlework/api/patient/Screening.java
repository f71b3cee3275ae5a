package com.needlework.api.patient;

import com.needlework.api.common.Texts;
import java.util.EnumSet;
import java.util.Set;

/** A contraindication screening: which contraindications are present, and the clinician's notes. */
public record Screening(Set<Contraindication> present, String notes) {

  public Screening {
    present = present == null || present.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(present));
    notes = Texts.optionalMultiline(notes, "screening notes", 2000);
  }

  public static Screening clear() {
    return new Screening(Set.of(), null);
  }

  @Override
  public String toString() {
    return "Screening[present=" + present + ", notes=redacted]";
  }
}
