package com.needlework.api.clinic;

import com.needlework.api.common.Money;
import com.needlework.api.common.Refusal;

/** The clinic's policy fees: for a late cancellation and for a no-show (zero: none charged). */
public record VisitFees(Money lateCancellation, Money noShow) {

  private static final Money HIGHEST = Money.of("10000.00");

  public static final VisitFees NONE = new VisitFees(Money.ZERO, Money.ZERO);

  public VisitFees {
    lateCancellation = lateCancellation == null ? Money.ZERO : lateCancellation;
    noShow = noShow == null ? Money.ZERO : noShow;
    if (lateCancellation.isNegative()
        || noShow.isNegative()
        || lateCancellation.compareTo(HIGHEST) > 0
        || noShow.compareTo(HIGHEST) > 0) {
      throw Refusal.invalid("A policy fee lies between 0.00 and " + HIGHEST);
    }
  }
}
