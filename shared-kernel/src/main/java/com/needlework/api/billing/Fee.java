package com.needlework.api.billing;

import com.needlework.api.common.Money;
import com.needlework.api.common.Refusal;
import com.needlework.api.common.Texts;
import java.time.LocalDate;

/** The price of one unit of a code from a day on. */
public record Fee(BillingCode code, String description, Money price, LocalDate effectiveFrom) {

  /** The highest price of one unit of a code. */
  public static final Money HIGHEST = Money.of("10000.00");

  public Fee {
    if (code == null) {
      throw Refusal.invalidField("code", "A fee is for a code");
    }
    description = Texts.optional(description, "description", 120);
    if (price == null || price.isNegative() || price.compareTo(HIGHEST) > 0) {
      throw Refusal.invalidField(
          "price", "A fee has a price from 0.00 to " + HIGHEST + " a unit, such as 45.00");
    }
    if (effectiveFrom == null) {
      throw Refusal.invalidField("effectiveFrom", "A fee states the day it is effective from");
    }
  }
}
