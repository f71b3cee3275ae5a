package com.needlework.api.clinic;

import com.needlework.api.common.Refusal;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** A practitioner's permission to dry-needle in one US state, valid until a date (inclusive). */
public record DryNeedlingCredential(String state, LocalDate validUntil) {

  private static final Pattern US_STATE = Pattern.compile("^[A-Z]{2}$");

  public DryNeedlingCredential {
    if (state == null || !US_STATE.matcher(state).matches()) {
      throw Refusal.invalid("A credential's state is a two-letter code such as CA");
    }
    if (validUntil == null) {
      throw Refusal.invalid("A credential needs the date it is valid until");
    }
  }

  public boolean covers(String clinicState, LocalDate date) {
    return state.equals(clinicState) && !date.isAfter(validUntil);
  }
}
