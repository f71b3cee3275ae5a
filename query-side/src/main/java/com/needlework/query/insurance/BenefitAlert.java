package com.needlework.query.insurance;

import com.needlework.api.insurance.AuthorizationId;
import com.needlework.api.insurance.CoverageId;
import com.needlework.api.patient.PatientId;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One alert of the worklist: what it is about, whom, the day concerned, a sentence for the front
 * desk, and when the deadline raised it (with the clinic's offset). The coverage and authorization
 * are null where they do not apply. PHI (the name).
 */
record BenefitAlert(
    AlertKind kind,
    PatientId patientId,
    String patientName,
    CoverageId coverageId,
    AuthorizationId authorizationId,
    LocalDate date,
    String message,
    OffsetDateTime raisedAt) {

  /**
   * @param visits the visits lost or left (for a plan of care, the sessions left)
   * @param authorizationNumber the authorization's number, null when it is not known
   */
  static String message(AlertKind kind, LocalDate date, int visits, String authorizationNumber) {
    String authorization =
        authorizationNumber == null ? "An authorization" : "Authorization " + authorizationNumber;
    return switch (kind) {
      case BENEFIT_PERIOD_ENDED ->
          (visits == 0
                  ? "No covered visits were lost at the reset"
                  : count(visits, "covered visit")
                      + (visits == 1 ? " was" : " were")
                      + " lost at the reset")
              + ": the benefit period ended on "
              + date;
      case AUTHORIZATION_EXPIRING ->
          authorization
              + " expires on "
              + date
              + " with "
              + count(visits, "visit")
              + " left: book "
              + (visits == 1 ? "it" : "them")
              + " or ask the payer to extend it";
      case AUTHORIZATION_EXPIRED ->
          authorization
              + " expired on "
              + date
              + (visits == 0
                  ? " with every visit used"
                  : " with " + count(visits, "visit") + " unused");
      case PLAN_OF_CARE_ENDING_SOON ->
          "The plan of care is certified until "
              + date
              + " with "
              + count(visits, "session")
              + " left: re-evaluate or recertify";
    };
  }

  private static String count(int n, String thing) {
    return n + " " + thing + (n == 1 ? "" : "s");
  }

  @Override
  public String toString() {
    return "BenefitAlert[kind=%s, patientId=%s, date=%s]".formatted(kind, patientId, date);
  }
}
