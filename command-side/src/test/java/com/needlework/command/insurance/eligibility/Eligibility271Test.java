package com.needlework.command.insurance.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.common.DateRange;
import com.needlework.api.common.Money;
import com.needlework.api.insurance.EligibilityReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Eligibility271Test {

  private static final String PT_BENEFITS = X12Files.read("pt-benefits-calendar-year.271");

  private final Eligibility271 eligibility = new Eligibility271();

  @Test
  void readsTheMemberAndPayerOfThePtSample() {
    EligibilityReport report = eligibility.read(PT_BENEFITS);

    assertThat(report.memberId()).isEqualTo("CHP123456789");
    assertThat(report.payerName()).isEqualTo("CASCADE HEALTH PLAN");
  }

  @Test
  void readsTheCalendarYearBenefitPeriodOfThePtSample() {
    assertThat(eligibility.read(PT_BENEFITS).benefitPeriod())
        .isEqualTo(new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
  }

  @Test
  void readsThirtyPtVisitsAllowedAndEighteenRemaining() {
    EligibilityReport report = eligibility.read(PT_BENEFITS);

    assertThat(report.visitsAllowed()).isEqualTo(30);
    assertThat(report.visitsRemaining()).isEqualTo(18);
  }

  @Test
  void readsThePtCopayAndCoinsurance() {
    EligibilityReport report = eligibility.read(PT_BENEFITS);

    assertThat(report.copay()).isEqualTo(Money.of("30.00"));
    assertThat(report.coinsurancePercent()).isEqualTo(new BigDecimal("20"));
  }

  @Test
  void readsTheDeductibleAndWhatRemainsOfIt() {
    EligibilityReport report = eligibility.read(PT_BENEFITS);

    assertThat(report.deductible()).isEqualTo(Money.of("500.00"));
    assertThat(report.deductibleRemaining()).isEqualTo(Money.of("320.00"));
  }

  @Test
  void readsDryNeedlingCodesAsNotCoveredAndNoCodeAsCovered() {
    EligibilityReport report = eligibility.read(PT_BENEFITS);

    assertThat(report.notCoveredCodes()).containsExactly("20560", "20561");
    assertThat(report.coveredCodes()).isEmpty();
  }

  @Test
  void readsTheSameFactsWhenTheIsaDeclaresOtherSeparators() {
    String otherSeparators = X12Files.read("pt-benefits-other-separators.271");

    assertThat(otherSeparators).doesNotContain("*", "~", ":", "^", "\n");
    assertThat(eligibility.read(otherSeparators)).isEqualTo(eligibility.read(PT_BENEFITS));
  }

  @Test
  void readsTheSubscriberSampleWithItsInNetworkCopay() {
    EligibilityReport report = eligibility.read(X12Files.read("subscriber.271"));

    assertThat(report.memberId()).isEqualTo("00000000001");
    assertThat(report.payerName()).isEqualTo("PAYER C");
    assertThat(report.copay()).isEqualTo(Money.of("10.00"));
  }

  @Test
  void leavesWhatTheSubscriberSampleDoesNotReportNull() {
    EligibilityReport report = eligibility.read(X12Files.read("subscriber.271"));

    assertThat(report.benefitPeriod()).isNull();
    assertThat(report.visitsAllowed()).isNull();
    assertThat(report.visitsRemaining()).isNull();
    assertThat(report.coinsurancePercent()).isNull();
    assertThat(report.deductible()).isNull();
    assertThat(report.deductibleRemaining()).isNull();
    assertThat(report.notCoveredCodes()).isEmpty();
    assertThat(report.coveredCodes()).isEmpty();
  }

  @Test
  void findsPhysicalMedicineAmongRepeatedServiceTypes() {
    String repeated =
        PT_BENEFITS.replace("EB*F*IND*PT***23***VS*30~", "EB*F*IND*33^AE***23***VS*24~");

    assertThat(eligibility.read(repeated).visitsAllowed()).isEqualTo(24);
  }

  @Test
  void prefersTheInNetworkDeductibleWhicheverComesFirst() {
    String outOfNetworkFirst =
        PT_BENEFITS.replace("EB*1*IND*30**PPO GOLD~", "EB*C*IND*30***23*1000.00*****N~");

    assertThat(eligibility.read(outOfNetworkFirst).deductible()).isEqualTo(Money.of("500.00"));
  }

  @Test
  void toleratesAProcedureCodeSentWithGreaterThanAsComponentSeparator() {
    String mistaken = PT_BENEFITS.replace("HC:20560", "HC>20560");

    assertThat(eligibility.read(mistaken).notCoveredCodes()).containsExactly("20560", "20561");
  }

  @Test
  void readsProcedureCodesOfActiveCoverageAsCovered() {
    String withCoveredCode =
        PT_BENEFITS.replace(
            "MSG*DRY NEEDLING NOT COVERED UNDER THIS PLAN~", "EB*1*IND*PT**********HC:97140~");

    assertThat(eligibility.read(withCoveredCode).coveredCodes()).containsExactly("97140");
  }
}
