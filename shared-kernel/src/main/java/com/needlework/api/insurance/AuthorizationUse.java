package com.needlework.api.insurance;

import java.time.LocalDate;
import java.util.Set;

/** A prior authorization with the visits it has used and those booked under it. */
public record AuthorizationUse(Authorization authorization, int used, int booked) {

  public CoveredVisits visits() {
    return new CoveredVisits(authorization.visitsAuthorized(), used, booked);
  }

  public boolean covers(LocalDate date, Set<String> codes) {
    return authorization.covers(date, codes);
  }

  public boolean validOn(LocalDate day) {
    return authorization.valid().contains(day);
  }

  public boolean expiredOn(LocalDate day) {
    return authorization.valid().end().isBefore(day);
  }
}
