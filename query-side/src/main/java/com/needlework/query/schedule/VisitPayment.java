package com.needlework.query.schedule;

import com.needlework.api.clinic.VisitType;
import com.needlework.api.insurance.CoverageStatus;
import com.needlework.api.scheduling.VisitStatus;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * How a visit is paid, as every view of it shows it: what booking decided, unless the visit took
 * place and its coverage could not pay it, which then needs attention. Discovery calls are never
 * billed and show no status; a visit booked before insurance was tracked is self-pay.
 *
 * <p>The coverage's word on a completed visit comes from the coverage, not from the visit, so it is
 * kept apart ({@code rm_covered_visit}) and combined here when read: the result does not depend on
 * the order in which the two were projected.
 */
public record VisitPayment(CoverageStatus coverageStatus, String coverageReason) {

  /** The coverage's word for a visit none of whose lines it was billed. */
  private static final String NOT_BILLED = "NOT_BILLED";

  /**
   * The columns {@link #read} needs besides the visit's {@code visit_type} and {@code status}, from
   * {@code rm_visit v} joined with {@link #JOIN}.
   */
  public static final String COLUMNS =
      "v.coverage_status, v.coverage_reason,"
          + " cv.outcome AS coverage_outcome, cv.reason AS coverage_outcome_reason";

  public static final String JOIN = " LEFT JOIN rm_covered_visit cv ON cv.visit_id = v.visit_id";

  public static VisitPayment read(ResultSet rs) throws SQLException {
    String decided = rs.getString("coverage_status");
    return of(
        VisitType.valueOf(rs.getString("visit_type")),
        VisitStatus.valueOf(rs.getString("status")),
        decided == null ? null : CoverageStatus.valueOf(decided),
        rs.getString("coverage_reason"),
        rs.getString("coverage_outcome"),
        rs.getString("coverage_outcome_reason"));
  }

  /**
   * @param outcome the coverage's last word on the visit ({@code USED}, {@code RETURNED}, {@code
   *     NEEDS_ATTENTION}, {@code NOT_BILLED}), or null when it has none
   */
  static VisitPayment of(
      VisitType type,
      VisitStatus status,
      CoverageStatus decided,
      String decidedReason,
      String outcome,
      String outcomeReason) {
    if (type == VisitType.DISCOVERY_CALL) {
      return new VisitPayment(null, null);
    }
    if (status == VisitStatus.FULFILLED && CoverageStatus.NEEDS_ATTENTION.name().equals(outcome)) {
      return new VisitPayment(CoverageStatus.NEEDS_ATTENTION, outcomeReason);
    }
    if (status == VisitStatus.FULFILLED && NOT_BILLED.equals(outcome)) {
      return new VisitPayment(CoverageStatus.SELF_PAY, outcomeReason);
    }
    if (decided == null) {
      return new VisitPayment(CoverageStatus.SELF_PAY, null);
    }
    return new VisitPayment(decided, decidedReason);
  }
}
