package com.needlework.command.insurance;

import com.needlework.api.clinic.VisitType;
import com.needlework.api.common.Refusal;
import com.needlework.api.insurance.Benefits;
import com.needlework.api.insurance.Benefits.Covered;
import com.needlework.api.insurance.Benefits.Decision;
import com.needlework.api.insurance.Benefits.PayingCoverage;
import com.needlework.api.insurance.Benefits.Refused;
import com.needlework.api.insurance.Benefits.SelfPay;
import com.needlework.api.insurance.Benefits.Uncovered;
import com.needlework.api.insurance.VisitCoverage;
import com.needlework.api.patient.PatientId;
import com.needlework.command.patient.AbnRecords;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Applies the shared benefits rule ({@link Benefits}) to a visit about to be booked or moved: the
 * coverage that pays first pays when it has a visit left; otherwise the booking is refused, naming
 * the reason, unless the patient acknowledged paying themselves.
 */
public final class BenefitsPolicy {

  private final BenefitRecords benefits;
  private final AbnRecords abns;

  public BenefitsPolicy(BenefitRecords benefits, AbnRecords abns) {
    this.benefits = benefits;
    this.abns = abns;
  }

  /**
   * How the visit would be paid.
   *
   * @param current the visit's coverage before a move, or null for a new booking
   */
  public Decision decision(
      PatientId patientId, VisitType type, LocalDate date, VisitCoverage current) {
    Optional<PayingCoverage> paying =
        Benefits.payingFirst(benefits.coverages(patientId), date)
            .map(
                coverage ->
                    new PayingCoverage(
                        coverage.payerName(),
                        coverage.needlingCovered(),
                        coverage.medicare(),
                        benefits.holdStanding(coverage, date)));
    return Benefits.decide(paying, type, date, abns.abnSignedOn(patientId).orElse(null), current);
  }

  /**
   * How the visit is paid; refused when the coverage has nothing left for it, unless the patient
   * acknowledged paying themselves, and refused outright when the visit needs what is missing (an
   * ABN).
   *
   * @param current the visit's coverage before a move, or null for a new booking
   */
  public VisitCoverage decide(
      PatientId patientId,
      VisitType type,
      LocalDate date,
      boolean selfPayAcknowledged,
      VisitCoverage current) {
    Decision decision = decision(patientId, type, date, current);
    if (decision instanceof Covered covered) {
      return covered.coverage();
    }
    if (decision instanceof SelfPay selfPay) {
      return VisitCoverage.selfPay(selfPay.reason());
    }
    if (decision instanceof Refused refused) {
      throw refused.refusal();
    }
    Uncovered uncovered = (Uncovered) decision;
    if (!selfPayAcknowledged) {
      throw Refusal.rule(
          uncovered.rule(),
          uncovered.reason() + "; book it as self-pay with selfPayAcknowledged: true");
    }
    return VisitCoverage.selfPay(uncovered.reason());
  }
}
