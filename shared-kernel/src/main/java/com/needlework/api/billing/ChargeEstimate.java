package com.needlework.api.billing;

import com.needlework.api.common.Money;
import com.needlework.api.insurance.CostSharing;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a visit's charges are expected to cost whom until the payer answers: of the covered lines
 * the patient's share (copay first, then the deductible still open, then the coinsurance percent of
 * the rest, to the cent rounded half up, never more than the covered total) and the payer's; the
 * self-pay lines in full.
 */
public record ChargeEstimate(
    Money total,
    Money covered,
    Money copay,
    Money deductible,
    Money coinsurance,
    Money selfPay,
    Money patientEstimate,
    Money payerEstimate) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public static ChargeEstimate of(Charges charges, CostSharing sharing) {
    Money covered = charges.covered();
    Money copay = Money.ZERO;
    Money deductible = Money.ZERO;
    Money coinsurance = Money.ZERO;
    if (sharing != null && covered.compareTo(Money.ZERO) > 0) {
      copay = min(sharing.copay(), covered);
      Money rest = covered.minus(copay);
      deductible = min(sharing.deductibleRemaining(), rest);
      rest = rest.minus(deductible);
      coinsurance =
          new Money(
              rest.amount()
                  .multiply(sharing.coinsurancePercent())
                  .divide(HUNDRED, 2, RoundingMode.HALF_UP));
    }
    Money share = copay.plus(deductible).plus(coinsurance);
    return new ChargeEstimate(
        charges.total(),
        covered,
        copay,
        deductible,
        coinsurance,
        charges.selfPay(),
        share.plus(charges.selfPay()),
        covered.minus(share));
  }

  private static Money min(Money a, Money b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
