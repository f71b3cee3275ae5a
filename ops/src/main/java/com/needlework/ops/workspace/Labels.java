package com.needlework.ops.workspace;

import com.needlework.api.clinic.VisitType;
import com.needlework.api.insurance.CoverageStatus;
import com.needlework.api.scheduling.VisitStatus;

/** The words the screens use for the API's names. */
public final class Labels {

  private Labels() {}

  public static String visitType(VisitType type) {
    return switch (type) {
      case DISCOVERY_CALL -> "Discovery call";
      case EVALUATION -> "Evaluation";
      case NEEDLING_SESSION -> "Needling session";
    };
  }

  public static String status(VisitStatus status, boolean late) {
    return switch (status) {
      case BOOKED -> "Booked";
      case ARRIVED -> "Checked in";
      case FULFILLED -> "Done";
      case CANCELLED -> late ? "Cancelled late" : "Cancelled";
      case NOSHOW -> "No-show";
    };
  }

  public static String coverage(CoverageStatus status) {
    return switch (status) {
      case COVERED -> "Covered";
      case SELF_PAY -> "Self-pay";
      case NEEDS_ATTENTION -> "Coverage needs attention";
    };
  }
}
