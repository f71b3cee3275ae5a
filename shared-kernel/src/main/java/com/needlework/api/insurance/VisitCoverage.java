package com.needlework.api.insurance;

import java.time.LocalDate;

/**
 * How one visit is covered: by which coverage, in which benefit period, under which authorization;
 * or why the patient pays.
 */
public record VisitCoverage(
    CoverageStatus status,
    CoverageId coverageId,
    LocalDate periodStart,
    AuthorizationId authorizationId,
    String reason) {

  public static VisitCoverage selfPay(String reason) {
    return new VisitCoverage(CoverageStatus.SELF_PAY, null, null, null, reason);
  }

  public static VisitCoverage covered(
      CoverageId coverageId, LocalDate periodStart, AuthorizationId authorizationId) {
    return new VisitCoverage(
        CoverageStatus.COVERED, coverageId, periodStart, authorizationId, null);
  }

  public boolean isCovered() {
    return status == CoverageStatus.COVERED;
  }
}
