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

  /** The same coverage with a note on how it pays (such as a line the patient pays). */
  public VisitCoverage because(String note) {
    return new VisitCoverage(status, coverageId, periodStart, authorizationId, note);
  }

  public boolean isCovered() {
    return status == CoverageStatus.COVERED;
  }
}
