package com.needlework.query.insurance;

import com.needlework.api.insurance.Authorization;
import com.needlework.api.insurance.AuthorizationId;
import com.needlework.api.insurance.AuthorizationUse;
import java.time.LocalDate;
import java.util.List;

/**
 * What a coverage's covered visits did: the visits it used, counted by benefit period and
 * authorization, and the covered visits still booked or under way.
 */
record CoverageActivity(List<UsedVisits> used, List<BookedVisit> booked) {

  static final CoverageActivity NONE = new CoverageActivity(List.of(), List.of());

  /** Each authorization with the visits used and those booked or under way under it. */
  List<AuthorizationUse> authorizationUses(List<Authorization> authorizations) {
    return authorizations.stream()
        .map(
            authorization -> {
              AuthorizationId id = authorization.authorizationId();
              return new AuthorizationUse(
                  authorization,
                  used.stream()
                      .filter(visits -> id.equals(visits.authorizationId()))
                      .mapToInt(UsedVisits::visits)
                      .sum(),
                  (int)
                      booked.stream().filter(visit -> id.equals(visit.authorizationId())).count());
            })
        .toList();
  }

  /** Visits used in the period that starts on {@code periodStart}, under one authorization. */
  record UsedVisits(LocalDate periodStart, AuthorizationId authorizationId, int visits) {}

  /**
   * A covered visit booked or under way: its clinic-local date, and the period and authorization
   * booking placed it in.
   */
  record BookedVisit(LocalDate date, LocalDate periodStart, AuthorizationId authorizationId) {}
}
