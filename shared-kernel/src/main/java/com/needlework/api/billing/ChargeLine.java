package com.needlework.api.billing;

import com.needlework.api.common.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * One billed line: the code with its modifiers, units, the unit price and amount, who is asked to
 * pay it, and which of the visit's diagnoses (1-based, primary first) it is for.
 */
public record ChargeLine(
    BillingCode code,
    List<Modifier> modifiers,
    int units,
    Money unitPrice,
    Money amount,
    ChargePayer payer,
    List<Integer> diagnosisPointers) {

  public ChargeLine {
    modifiers = List.copyOf(modifiers);
    diagnosisPointers = List.copyOf(diagnosisPointers);
  }

  static ChargeLine of(
      BillingCode code,
      List<Modifier> modifiers,
      int units,
      Money unitPrice,
      ChargePayer payer,
      List<Integer> diagnosisPointers) {
    return new ChargeLine(
        code,
        modifiers,
        units,
        unitPrice,
        new Money(unitPrice.amount().multiply(BigDecimal.valueOf(units))),
        payer,
        diagnosisPointers);
  }

  ChargeLine withModifier(Modifier modifier) {
    List<Modifier> more = new java.util.ArrayList<>(modifiers);
    more.add(modifier);
    return new ChargeLine(code, more, units, unitPrice, amount, payer, diagnosisPointers);
  }

  public boolean covered() {
    return payer == ChargePayer.COVERED;
  }
}
