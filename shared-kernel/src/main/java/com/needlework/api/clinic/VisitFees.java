package com.needlework.api.clinic;

import com.needlework.api.common.Money;
import com.needlework.api.common.Refusal;

/** The clinic's policy fees: for a late cancellation and for a no-show (zero: none charged). */
public record VisitFees(Money lateCancellation, Money noShow) {

  public static final VisitFees NONE = new VisitFees(Money.ZERO, Money.ZERO);

  public VisitFees {
    lateCancellation = lateCancellation == null ? Money.ZERO : lateCancellation;
    noShow = noShow == null ? Money.ZERO : noShow;
    if (lateCancellation.isNegative() || noShow.isNegative()) {
      throw Refusal.invalid("A fee cannot be negative");
    }
  }
}
