package com.needlework.api.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.needlework.api.common.Money;
import com.needlework.api.insurance.CostSharing;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChargeEstimateTest {

  private static Charges charges(String covered, String selfPay) {
    return new Charges(
        List.of(
            ChargeLine.of(
                new BillingCode("97110"),
                List.of(Modifier.GP),
                1,
                Money.of(covered),
                ChargePayer.COVERED,
                List.of(1)),
            ChargeLine.of(
                new BillingCode("20560"),
                List.of(Modifier.GP),
                1,
                Money.of(selfPay),
                ChargePayer.SELF_PAY,
                List.of(1))));
  }

  private static CostSharing sharing(String copay, int coinsurance, String deductible, String met) {
    return new CostSharing(
        Money.of(copay), BigDecimal.valueOf(coinsurance), Money.of(deductible), Money.of(met));
  }

  @Test
  void copayFirstThenTheOpenDeductibleThenCoinsuranceOfTheRest() {
    ChargeEstimate estimate =
        ChargeEstimate.of(charges("200.00", "75.00"), sharing("30.00", 20, "500.00", "400.00"));

    assertThat(estimate.copay()).isEqualTo(Money.of("30.00"));
    assertThat(estimate.deductible()).isEqualTo(Money.of("100.00"));
    assertThat(estimate.coinsurance()).isEqualTo(Money.of("14.00"));
    assertThat(estimate.patientEstimate()).isEqualTo(Money.of("219.00"));
    assertThat(estimate.payerEstimate()).isEqualTo(Money.of("56.00"));
    assertThat(estimate.total()).isEqualTo(Money.of("275.00"));
  }

  @Test
  void coinsuranceIsRoundedHalfUpToTheCent() {
    assertThat(
            ChargeEstimate.of(charges("45.05", "0.00"), sharing("0.00", 15, "0.00", "0.00"))
                .coinsurance())
        .isEqualTo(Money.of("6.76"));
    assertThat(
            ChargeEstimate.of(charges("33.33", "0.00"), sharing("0.00", 15, "0.00", "0.00"))
                .coinsurance())
        .isEqualTo(Money.of("5.00"));
  }

  @Test
  void aCopayLargerThanTheChargeIsCappedAtTheCharge() {
    ChargeEstimate estimate =
        ChargeEstimate.of(charges("20.00", "0.00"), sharing("30.00", 20, "500.00", "0.00"));

    assertThat(estimate.copay()).isEqualTo(Money.of("20.00"));
    assertThat(estimate.patientEstimate()).isEqualTo(Money.of("20.00"));
    assertThat(estimate.payerEstimate()).isEqualTo(Money.ZERO);
  }

  @Test
  void noCoinsuranceMeansThePayerPaysTheRestAndFullCoinsuranceThePatient() {
    assertThat(
            ChargeEstimate.of(charges("100.00", "0.00"), sharing("10.00", 0, "0.00", "0.00"))
                .payerEstimate())
        .isEqualTo(Money.of("90.00"));
    assertThat(
            ChargeEstimate.of(charges("100.00", "0.00"), sharing("10.00", 100, "0.00", "0.00"))
                .patientEstimate())
        .isEqualTo(Money.of("100.00"));
  }

  @Test
  void withoutCoveredLinesThereIsNoCopayAndTheSelfPayLinesAreOwedInFull() {
    Charges selfPayOnly =
        new Charges(
            List.of(
                ChargeLine.of(
                    new BillingCode("20560"),
                    List.of(Modifier.GP),
                    1,
                    Money.of("75.00"),
                    ChargePayer.SELF_PAY,
                    List.of())));

    ChargeEstimate estimate =
        ChargeEstimate.of(selfPayOnly, sharing("30.00", 20, "500.00", "0.00"));

    assertThat(estimate.copay()).isEqualTo(Money.ZERO);
    assertThat(estimate.patientEstimate()).isEqualTo(Money.of("75.00"));
    assertThat(ChargeEstimate.of(selfPayOnly, null).patientEstimate()).isEqualTo(Money.of("75.00"));
  }
}
