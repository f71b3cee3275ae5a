package com.needlework.query.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.clinic.VisitType;
import com.needlework.api.insurance.CoverageStatus;
import com.needlework.api.scheduling.VisitStatus;
import org.junit.jupiter.api.Test;

class VisitPaymentTest {

  private static final String NO_VISITS_LEFT = "All 20 visits of the benefit period are used";

  @Test
  void showsWhatBookingDecidedForAVisitTheCoverageHasNotSpokenOn() {
    assertThat(
            VisitPayment.of(
                VisitType.NEEDLING_SESSION,
                VisitStatus.BOOKED,
                CoverageStatus.COVERED,
                null,
                null,
                null))
        .isEqualTo(new VisitPayment(CoverageStatus.COVERED, null));
    assertThat(
            VisitPayment.of(
                VisitType.NEEDLING_SESSION,
                VisitStatus.BOOKED,
                CoverageStatus.SELF_PAY,
                "Acme does not cover dry needling",
                null,
                null))
        .isEqualTo(new VisitPayment(CoverageStatus.SELF_PAY, "Acme does not cover dry needling"));
  }

  @Test
  void showsAVisitTheCoverageCouldNotPayAsNeedingAttentionWithTheCoveragesReason() {
    assertThat(
            VisitPayment.of(
                VisitType.NEEDLING_SESSION,
                VisitStatus.FULFILLED,
                CoverageStatus.COVERED,
                null,
                "NEEDS_ATTENTION",
                NO_VISITS_LEFT))
        .isEqualTo(new VisitPayment(CoverageStatus.NEEDS_ATTENTION, NO_VISITS_LEFT));
  }

  @Test
  void showsTheBookingDecisionAgainOnceTheCompletionIsReversed() {
    assertThat(
            VisitPayment.of(
                VisitType.NEEDLING_SESSION,
                VisitStatus.ARRIVED,
                CoverageStatus.COVERED,
                null,
                "NEEDS_ATTENTION",
                NO_VISITS_LEFT))
        .isEqualTo(new VisitPayment(CoverageStatus.COVERED, null));
  }

  @Test
  void showsAVisitTheCoverageUsedOrGaveBackAsCovered() {
    for (String outcome : new String[] {"USED", "RETURNED"}) {
      assertThat(
              VisitPayment.of(
                  VisitType.EVALUATION,
                  VisitStatus.FULFILLED,
                  CoverageStatus.COVERED,
                  null,
                  outcome,
                  null))
          .isEqualTo(new VisitPayment(CoverageStatus.COVERED, null));
    }
  }

  @Test
  void treatsAVisitBookedBeforeInsuranceWasTrackedAsSelfPayWithoutAReason() {
    assertThat(
            VisitPayment.of(
                VisitType.NEEDLING_SESSION, VisitStatus.FULFILLED, null, null, null, null))
        .isEqualTo(new VisitPayment(CoverageStatus.SELF_PAY, null));
  }

  @Test
  void showsNoPaymentForADiscoveryCallWhichIsNeverBilled() {
    assertThat(
            VisitPayment.of(VisitType.DISCOVERY_CALL, VisitStatus.BOOKED, null, null, null, null))
        .isEqualTo(new VisitPayment(null, null));
  }
}
