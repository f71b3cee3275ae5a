package com.needlework.api.insurance;

import com.needlework.api.common.Money;
import com.needlework.api.common.Refusal;
import java.math.BigDecimal;

/** What the patient pays: copay per visit, coinsurance percent, deductible and how much is met. */
public record CostSharing(
    Money copay, BigDecimal coinsurancePercent, Money deductible, Money deductibleMet) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public CostSharing {
    copay = copay == null ? Money.ZERO : copay;
    coinsurancePercent = coinsurancePercent == null ? BigDecimal.ZERO : coinsurancePercent;
    deductible = deductible == null ? Money.ZERO : deductible;
    deductibleMet = deductibleMet == null ? Money.ZERO : deductibleMet;
    if (copay.isNegative() || deductible.isNegative() || deductibleMet.isNegative()) {
      throw Refusal.invalid("Copay and deductible amounts cannot be negative");
    }
    if (coinsurancePercent.signum() < 0 || coinsurancePercent.compareTo(HUNDRED) > 0) {
      throw Refusal.invalid("Coinsurance is a percent between 0 and 100");
    }
    if (deductibleMet.compareTo(deductible) > 0) {
      throw Refusal.invalid("The deductible met cannot exceed the deductible");
    }
  }

  public Money deductibleRemaining() {
    return deductible.minus(deductibleMet);
  }
}
