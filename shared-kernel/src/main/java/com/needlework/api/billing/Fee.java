package com.needlework.api.billing;

import com.needlework.api.common.Money;
import com.needlework.api.common.Refusal;
import com.needlework.api.common.Texts;
import java.time.LocalDate;

/** The price of one unit of a code from a day on. */
public record Fee(BillingCode code, String description, Money price, LocalDate effectiveFrom) {

  public Fee {
    if (code == null) {
      throw Refusal.invalidField("code", "A fee is for a code");
    }
    description = Texts.optional(description, "description", 120);
    if (price == null || price.isNegative()) {
      throw Refusal.invalidField("price", "A fee has a price of zero or more, such as 45.00");
    }
    if (effectiveFrom == null) {
      throw Refusal.invalidField("effectiveFrom", "A fee states the day it is effective from");
    }
  }
}
