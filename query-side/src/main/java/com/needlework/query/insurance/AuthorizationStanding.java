package com.needlework.query.insurance;

import com.needlework.api.insurance.Authorization;
import com.needlework.api.insurance.AuthorizationId;
import com.needlework.query.insurance.CoverageActivity.UsedVisits;
import java.time.LocalDate;
import java.util.List;

/** An authorization with the visits it has used and those booked or under way under it. Pure. */
record AuthorizationStanding(Authorization authorization, int used, int booked) {

  static List<AuthorizationStanding> of(
      List<Authorization> authorizations, CoverageActivity activity) {
    return authorizations.stream()
        .map(
            authorization -> {
              AuthorizationId id = authorization.authorizationId();
              return new AuthorizationStanding(
                  authorization,
                  activity.used().stream()
                      .filter(used -> id.equals(used.authorizationId()))
                      .mapToInt(UsedVisits::visits)
                      .sum(),
                  (int)
                      activity.booked().stream()
                          .filter(visit -> id.equals(visit.authorizationId()))
                          .count());
            })
        .toList();
  }

  /** Visits the authorization has left: authorized less used, never below none. */
  int remaining() {
    return Math.max(0, authorization.visitsAuthorized() - used);
  }

  boolean validOn(LocalDate day) {
    return authorization.valid().contains(day);
  }

  boolean expiredOn(LocalDate day) {
    return authorization.valid().end().isBefore(day);
  }
}
