package com.needlework.api.insurance;

import com.needlework.api.common.DateRange;
import java.util.List;

/**
 * A coverage as it stands for one day: the benefit period containing the day with its covered
 * visits, and its authorizations with theirs.
 */
public record CoverageStanding(
    CoverageId coverageId,
    DateRange period,
    CoveredVisits visits,
    List<AuthorizationUse> authorizations) {

  public CoverageStanding {
    authorizations = List.copyOf(authorizations);
  }
}
